#pragma once
// A realistic approved plan for a demo patient (the demo's plans have limits but no goals or
// actions): drafted and submitted by the nurse "demo", approved by the GP "lege", as in use.
#include "ui_fixture.h"

#include "core/plan/plan_repository.h"
#include "core/store/patient_repository.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace plan_fixture
{

inline const char *goal = "Gå tur med barnebarna på søndager";

// Patients with no plan versions but active or superseded ones (nothing awaiting approval, no
// open draft), so the test's own versions are the only moving parts.
inline std::vector<varde::domain::Patient> quietPatients(varde::store::EncryptedStore &store)
{
    auto patients = varde::store::PatientRepository(store).all();
    REQUIRE(patients);
    std::sort(patients->begin(), patients->end(),
        [](const auto &a, const auto &b) { return a.meta.id < b.meta.id; });
    std::vector<varde::domain::Patient> out;
    for (const auto &p : *patients) {
        auto versions = varde::plan::loadPatientPlans(store, p.meta.id);
        REQUIRE(versions);
        const bool quiet = std::all_of(versions->begin(), versions->end(), [](const auto &v) {
            return v.status == varde::plan::PlanStatus::Active
                || v.status == varde::plan::PlanStatus::Superseded;
        });
        if (quiet)
            out.push_back(p);
    }
    return out;
}

// Gives the patient an approved COPD plan with goals, measures, medicines and zone actions;
// returns the active version.
inline varde::plan::PlanVersion giveApprovedPlan(const DemoStoreFixture &fixture,
    const varde::domain::Patient &patient,
    std::int64_t now,
    std::optional<std::chrono::year_month_day> evaluation = {})
{
    using namespace varde;
    auto nurse = fixture.open("demo");
    auto draft = plan::openDraft(*nurse, patient.meta.id, patient.serviceId, now - 3600000);
    REQUIRE(draft);
    triage::BandRule spo2 { "59408-5", 92.0, 89.0, std::nullopt, std::nullopt };
    triage::BandRule pulse { "8867-4", std::nullopt, std::nullopt, 100.0, 120.0 };
    draft->rules = { spo2, pulse };
    auto &c = draft->content;
    c.goals = { { goal, { "Gå til postkassen hver dag", "Klare trappen uten pause" } },
        { "Være hjemme til jul", {} } };
    c.measures = { { plan::MeasureArea::Activity, "Gå tur 20 minutter hver dag" },
        { plan::MeasureArea::Food, "Spise fem små måltider om dagen" } };
    c.medicines = { { plan::Zone::Yellow, "Ventoline 2 drag inntil 4 ganger daglig" },
        { plan::Zone::Red, "Start prednisolon 30 mg i 5 dager (resept ligger hjemme)" } };
    c.actions(plan::Zone::Green)
        = { "Mål oksygen og puls hver morgen. Ta medisinene som vanlig og gå turen din.",
              "Ser på målingene dine hver hverdag." };
    c.actions(plan::Zone::Yellow)
        = { "Bruk Ventoline og ring oppfølgingstjenesten samme dag. Mål igjen om kvelden.",
              "Ringer deg samme dag og kontakter fastlegen ved behov." };
    c.actions(plan::Zone::Red)
        = { "Start prednisolon og ring fastlegen, eller legevakt 116 117 når kontoret er stengt.",
              "Ringer deg straks og kontakter fastlegen eller legevakt." };
    c.schedule = { { "spo2", domain::everyDay, 11 * 60 }, { "pulse", domain::everyDay, 11 * 60 } };
    c.evaluationDate = evaluation;
    c.participants = { { plan::ParticipantRole::Patient, patient.fullName() },
        { plan::ParticipantRole::Nurse, "Kari Demo" } };
    auto saved = plan::saveDraft(*nurse, *draft, now - 3500000);
    REQUIRE(saved);
    auto submitted = plan::submitPlan(*nurse, saved->id, now - 3400000);
    INFO((submitted ? std::string() : submitted.error().detail));
    REQUIRE(submitted);
    auto gp = fixture.open("lege");
    auto approved = plan::approvePlan(*gp, submitted->id, now - 3000000);
    INFO((approved ? std::string() : approved.error().detail));
    REQUIRE(approved);
    return *approved;
}

} // namespace plan_fixture
