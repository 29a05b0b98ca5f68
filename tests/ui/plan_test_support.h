#pragma once
// Shared steps of the plan editor and approval tests: a demo patient to plan for, a fresh
// draft, typing into a field as a nurse does, and screenshots.
#include "ui_fixture.h"

#include "core/plan/plan_repository.h"
#include "core/store/patient_repository.h"
#include "core/worklist/worklist.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace plan_test
{

// A patient with no draft and nothing awaiting approval, who measures SpO2 often and whose
// latest SpO2 is under 97 % (so limits of 99/98 % would make them red).
inline varde::domain::Patient patientWithSpo2(varde::store::EncryptedStore &store)
{
    using namespace varde;
    auto patients = store::PatientRepository(store).all();
    REQUIRE(patients);
    std::sort(patients->begin(), patients->end(),
        [](const auto &a, const auto &b) { return a.meta.id < b.meta.id; });
    for (const auto &p : *patients) {
        auto versions = plan::loadPatientPlans(store, p.meta.id);
        REQUIRE(versions);
        if (std::any_of(versions->begin(), versions->end(), [](const auto &v) {
                return v.status == plan::PlanStatus::Draft
                    || v.status == plan::PlanStatus::AwaitingApproval;
            }))
            continue;
        auto data = worklist::loadTriageData(store, p.meta.id);
        REQUIRE(data);
        std::vector<const triage::Observation *> spo2;
        for (const auto &o : data->observations)
            if (o.kind == domain::KindId::OxygenSaturation)
                spo2.push_back(&o);
        std::sort(spo2.begin(), spo2.end(), [](auto *a, auto *b) { return a->time < b->time; });
        if (spo2.size() >= 10 && spo2.back()->value < 97)
            return p;
    }
    FAIL("no demo patient measures SpO2 under 97 %");
    return {};
}

inline varde::plan::PlanVersion newDraft(
    varde::store::EncryptedStore &store, const varde::domain::Patient &patient)
{
    auto draft = varde::plan::openDraft(
        store, patient.meta.id, patient.serviceId, DemoStoreFixture::morning());
    REQUIRE(draft);
    return *draft;
}

// Selects what the field holds and types over it, as a nurse does (textEdited fires).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

// The button with this text on the same row as `widget` (nearest vertically).
inline QPushButton *buttonNear(QWidget *widget, const QString &text)
{
    QPushButton *best = nullptr;
    int distance = 1 << 30;
    const int y = widget->mapTo(widget->window(), QPoint(0, widget->height() / 2)).y();
    for (auto *button : widget->parentWidget()->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) != text)
            continue;
        const int by = button->mapTo(button->window(), QPoint(0, button->height() / 2)).y();
        if (std::abs(by - y) < distance) {
            distance = std::abs(by - y);
            best = button;
        }
    }
    return best;
}

} // namespace plan_test
