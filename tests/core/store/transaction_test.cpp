// Units of work: a change lands together with its audit event and outbox entry, or nothing
// lands at all.
#include "core/store/audit_log.h"
#include "core/store/measurement_repository.h"
#include "core/store/outbox.h"
#include "core/store/patient_repository.h"
#include "core/store/transaction.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace varde;
using namespace varde::store;
using namespace varde::test;

namespace
{

const std::string insertService = "INSERT INTO follow_up_service(id, origin, updated_at, name) "
                                  "VALUES ('s1', 'local', 0, 'Test')";

struct RowCounts {
    std::int64_t patients, diagnoses, contacts, measurements, answers, audit, outbox;
    bool operator==(const RowCounts &) const = default;
};

RowCounts counts(EncryptedStore &store)
{
    return { countRows(store, "patient"), countRows(store, "diagnosis"),
        countRows(store, "contact_person"), countRows(store, "measurement"),
        countRows(store, "questionnaire_answer"), countRows(store, "audit_event"),
        countRows(store, "outbox") };
}

} // namespace

namespace Catch
{
template <> struct StringMaker<RowCounts> {
    static std::string convert(const RowCounts &c)
    {
        return "{patients " + std::to_string(c.patients) + ", diagnoses "
            + std::to_string(c.diagnoses) + ", contacts " + std::to_string(c.contacts)
            + ", measurements " + std::to_string(c.measurements) + ", answers "
            + std::to_string(c.answers) + ", audit " + std::to_string(c.audit) + ", outbox "
            + std::to_string(c.outbox) + "}";
    }
};
} // namespace Catch

TEST_CASE("a transaction destroyed without commit leaves no rows", "[store][transaction]")
{
    StoreInFolder s;
    {
        auto tx = Transaction::begin(s->db());
        VARDE_REQUIRE_OK(tx);
        VARDE_REQUIRE_OK(s->db().exec(insertService));
        CHECK(countRows(*s, "follow_up_service") == 1); // visible inside the transaction
    }
    CHECK(countRows(*s, "follow_up_service") == 0);
    s.reopen();
    CHECK(countRows(*s, "follow_up_service") == 0);
}

TEST_CASE("a committed transaction keeps its rows", "[store][transaction]")
{
    StoreInFolder s;
    {
        auto tx = Transaction::begin(s->db());
        VARDE_REQUIRE_OK(tx);
        VARDE_REQUIRE_OK(s->db().exec(insertService));
        VARDE_REQUIRE_OK(tx->commit());
        // A second commit is an error, and does not undo the first.
        CHECK_FALSE(tx->commit());
    }
    s.reopen();
    CHECK(countRows(*s, "follow_up_service") == 1);
}

TEST_CASE("a moved transaction is committed or rolled back once, by its new owner",
    "[store][transaction]")
{
    StoreInFolder s;
    SECTION("committed by the new owner")
    {
        std::optional<Transaction> owner;
        {
            auto tx = Transaction::begin(s->db());
            VARDE_REQUIRE_OK(tx);
            VARDE_REQUIRE_OK(s->db().exec(insertService));
            owner.emplace(std::move(*tx));
        } // the moved-from transaction must not roll back here
        CHECK(countRows(*s, "follow_up_service") == 1);
        VARDE_REQUIRE_OK(owner->commit());
        owner.reset();
        CHECK(countRows(*s, "follow_up_service") == 1);
    }
    SECTION("rolled back by the new owner")
    {
        {
            auto tx = Transaction::begin(s->db());
            VARDE_REQUIRE_OK(tx);
            VARDE_REQUIRE_OK(s->db().exec(insertService));
            Transaction owner(std::move(*tx));
        }
        CHECK(countRows(*s, "follow_up_service") == 0);
    }
    // Either way the connection is usable again: no transaction was left open.
    auto tx = Transaction::begin(s->db());
    VARDE_REQUIRE_OK(tx);
    VARDE_REQUIRE_OK(tx->commit());
}

TEST_CASE("a failing row in a measurement batch leaves none of the batch", "[store][transaction]")
{
    StoreInFolder s;
    const auto p = somePatient();
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    MeasurementRepository measurements(*s);
    const RowCounts before = counts(*s);
    const auto pendingBefore = pendingMutationCount(s->db());
    VARDE_REQUIRE_OK(pendingBefore);

    const std::int64_t t0 = 1'774'850'400'000;
    std::vector<domain::Measurement> batch;
    for (int i = 0; i < 10; ++i)
        batch.push_back(measurement(p.meta.id, domain::KindId::Pulse, 70 + i, t0 + i * 60'000));
    SECTION("a measurement of a patient that does not exist")
    {
        batch[5].patientId = newUuid(); // foreign key failure in the middle
    }
    SECTION("the same measurement id twice") { batch[7].meta.id = batch[2].meta.id; }
    const auto inserted = measurements.insert(batch);
    REQUIRE_FALSE(inserted);
    CHECK(inserted.error().code == ErrorCode::Database);

    CHECK(counts(*s) == before);
    CHECK(pendingMutationCount(s->db()).value() == *pendingBefore);
    const auto events = recentAudit(s->db(), 1);
    VARDE_REQUIRE_OK(events);
    CHECK(events->front().action != audit::measurementsImported);

    // The connection is left clean: the next batch goes in.
    batch[5].patientId = p.meta.id;
    batch[7].meta.id = newUuid();
    VARDE_REQUIRE_OK(measurements.insert(batch));
    CHECK(counts(*s).measurements == 10);
}

TEST_CASE("a failing answer in a batch leaves none of the batch", "[store][transaction]")
{
    StoreInFolder s;
    const auto p = somePatient();
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    const RowCounts before = counts(*s);
    std::vector<domain::QuestionnaireAnswer> answers(3);
    for (auto &a : answers) {
        a.meta.id = newUuid();
        a.patientId = p.meta.id;
        a.questionId = "feber";
        a.answer = "nei";
    }
    answers[1].patientId = newUuid();
    CHECK_FALSE(MeasurementRepository(*s).insertAnswers(answers));
    CHECK(counts(*s) == before);
}

TEST_CASE("a patient whose contact fails is not stored at all", "[store][transaction]")
{
    StoreInFolder s;
    PatientRepository patients(*s);
    const RowCounts before = counts(*s);

    auto p = somePatient();
    domain::Diagnosis d;
    d.meta.id = newUuid();
    d.code = "J44.9";
    d.text = "KOLS";
    p.diagnoses = { d };
    domain::ContactPerson c;
    c.meta.id = newUuid();
    c.name = "Arne";
    c.relation = "ektefelle";
    p.contacts = { c, c }; // the same id twice: the second insert fails after patient and diagnosis
    CHECK_FALSE(patients.insert(p));

    CHECK(counts(*s) == before);
    const auto all = patients.all();
    VARDE_REQUIRE_OK(all);
    CHECK(all->empty());
}
