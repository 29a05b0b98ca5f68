#pragma once
// A demo store in a temporary folder for ui tests (minimal Argon2id parameters: tests only).
#include "core/demo/cohort_writer.h"

#include "core/store/audit_log.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"
#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <memory>

inline constexpr const char *testPassword = "test-passord";

struct DemoStoreFixture {
    QTemporaryDir dir;
    varde::demo::CohortOptions options;

    explicit DemoStoreFixture(int patients = 40, int days = 21)
    {
        using namespace std::chrono;
        options.patients = patients;
        options.days = days;
        options.seed = 11;
        options.endDate = year_month_day { year { 2026 }, month { 3 }, day { 30 } };
        auto store = varde::store::EncryptedStore::create(folder(),
            { "demo", "Kari Demo", varde::domain::Role::Nurse, {} }, testPassword,
            varde::crypto::KdfParams::minimal());
        REQUIRE(store);
        const auto cohort = varde::demo::generateCohort(options);
        REQUIRE(varde::demo::writeCohort(
            *store, cohort, testPassword, varde::crypto::KdfParams::minimal()));
    }

    std::string folder() const { return (dir.path() + QStringLiteral("/store")).toStdString(); }

    std::unique_ptr<varde::store::EncryptedStore> open(const char *login = "demo") const
    {
        auto store = varde::store::EncryptedStore::open(folder(), login, testPassword);
        REQUIRE(store);
        return std::make_unique<varde::store::EncryptedStore>(std::move(*store));
    }

    // 30.03.2026 10:30 Oslo: the morning after the cohort's last measurements.
    static std::int64_t morning()
    {
        using namespace std::chrono;
        return varde::time::toEpochMillis(varde::time::fromOslo(
            year_month_day { year { 2026 }, month { 3 }, day { 30 } }, minutes { 10 * 60 + 30 }));
    }
};

// Where ui tests save their screenshots (build/<preset>/artifacts/NAME).
inline QString artifact(const QString &name)
{
    QDir().mkpath(QStringLiteral(VARDE_ARTIFACT_DIR));
    return QStringLiteral(VARDE_ARTIFACT_DIR "/") + name;
}

// Audit events with this action about this patient.
inline int auditCount(
    varde::store::EncryptedStore &store, const std::string &action, const std::string &patient)
{
    auto events = varde::store::recentAudit(store.db(), 100000);
    REQUIRE(events);
    int n = 0;
    for (const auto &e : *events)
        n += e.action == action && e.patientId == patient;
    return n;
}
