// Benchmarks of triage (printed, never asserted): the demo generator's cohort at 2,000
// patients × 90 days, judged in memory by the demo's default rule set.
//  (a) full triage of every patient: median of 5 runs (target under 50 ms);
//  (b) the floor measured in the same run: one plain loop that reads every observation value
//      once, and the ratio of (a) to it (target within 5×);
//  (c) re-triage of one patient after one new measurement (target under 1 ms).
// Then the same for a denser synthetic stream: five observations and two answers a day.
#include "core/demo/cohort.h"
#include "core/demo/cohort_writer.h"
#include "core/triage/triage_engine.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace varde;
using Clock = std::chrono::steady_clock;

namespace
{

double millisBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct PatientData {
    std::string id;
    std::vector<triage::Observation> observations;
    std::vector<triage::Answer> answers;
};

triage::TriageResult judge(const PatientData &patient,
    const triage::RuleSet &rules,
    const std::unordered_set<std::string> &acknowledged,
    time::Instant now)
{
    triage::TriageInput input;
    input.patientId = patient.id;
    input.rules = &rules;
    input.observations = patient.observations;
    input.answers = patient.answers;
    input.acknowledged = &acknowledged;
    input.now = now;
    return triage::triage(input);
}

// The floor and the three figures for one population.
void report(const char *title,
    const std::vector<PatientData> &patients,
    const triage::RuleSet &rules,
    time::Instant now,
    int days)
{
    const std::unordered_set<std::string> acknowledged;
    std::size_t observations = 0, answers = 0;
    for (const auto &p : patients) {
        observations += p.observations.size();
        answers += p.answers.size();
    }
    const double patientDays = double(patients.size()) * days;
    std::printf("%s\n", title);
    std::printf("  %zu observations (%.1f per patient-day), %zu answers (%.1f per patient-day), "
                "%zu rules (the demo's default set)\n",
        observations, double(observations) / patientDays, answers, double(answers) / patientDays,
        rules.rules.size());

    // (a) Full triage of every patient, median of 5 runs.
    constexpr int runs = 5;
    std::vector<double> full;
    std::array<int, 5> byLevel {};
    std::size_t findings = 0;
    for (int run = 0; run < runs; ++run) {
        byLevel = {};
        findings = 0;
        const auto start = Clock::now();
        for (const auto &p : patients) {
            const auto result = judge(p, rules, acknowledged, now);
            ++byLevel[std::size_t(result.status)];
            findings += result.findings.size();
        }
        full.push_back(millisBetween(start, Clock::now()));
    }
    const double fullMs = median(full);

    // (b) The floor: one plain loop over the same observations, reading each value once.
    std::vector<double> floors;
    volatile double sink = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        double sum = 0;
        for (const auto &p : patients)
            for (const auto &o : p.observations)
                sum += o.value;
        floors.push_back(millisBetween(start, Clock::now()));
        sink = sink + sum;
    }
    const double floorMs = median(floors);

    std::printf("  (a) full triage of %zu patients: %.2f ms (median of %d; runs", patients.size(),
        fullMs, runs);
    for (double ms : full)
        std::printf(" %.2f", ms);
    std::printf("); target < 50 ms\n");
    std::printf("      %zu findings; status red %d, yellow %d, suspect %d, missing %d, green %d "
                "(nothing acknowledged)\n",
        findings, byLevel[4], byLevel[3], byLevel[2], byLevel[1], byLevel[0]);
    std::printf("  (b) floor, one loop reading %zu observation values: %.3f ms (median of %d; "
                "sum %.0f)\n",
        observations, floorMs, runs, double(sink) / runs);
    std::printf("      ratio full triage / floor: %.1fx; target within 5x\n", fullMs / floorMs);

    // (c) One patient, one new measurement: the new value is appended and that patient is
    // judged again. The patient with the most observations, to show the worst case.
    const auto busiest = std::max_element(
        patients.begin(), patients.end(), [](const PatientData &a, const PatientData &b) {
            return a.observations.size() < b.observations.size();
        });
    std::vector<double> single;
    triage::Level status = triage::Level::Green;
    for (int repeat = 0; repeat < 201; ++repeat) {
        PatientData patient = *busiest; // copied outside the timing
        patient.observations.reserve(patient.observations.size() + 1);
        triage::Observation o;
        o.id = "new-" + std::to_string(repeat);
        o.code = "59408-5";
        o.kind = domain::KindId::OxygenSaturation;
        o.value = 86;
        o.unit = "%";
        o.time = now - std::chrono::minutes { 5 };
        const auto start = Clock::now();
        patient.observations.push_back(std::move(o));
        status = judge(patient, rules, acknowledged, now).status;
        single.push_back(millisBetween(start, Clock::now()) * 1000.0);
    }
    std::printf("  (c) re-triage of one patient (%zu observations, %zu answers) after one new "
                "measurement: %.1f us (median of %zu; now %s); target < 1000 us\n",
        busiest->observations.size() + 1, busiest->answers.size(), median(single), single.size(),
        std::string(triage::levelKey(status)).c_str());
}

triage::Observation observation(std::string id, domain::KindId kind, double value, time::Instant at)
{
    const auto &info = domain::kindInfo(kind);
    return { std::move(id), std::string(info.primaryCode), kind, value,
        std::string(info.canonicalUnit), at };
}

// A denser stream than the demo's (which has missed days and programme-specific schedules):
// every patient measures SpO2, pulse, weight and blood pressure (two components) every
// morning and answers two questions, every day of the period.
std::vector<PatientData> denseCohort(
    const std::vector<PatientData> &demoPatients, time::Instant lastDayStart, int days)
{
    std::mt19937_64 random(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_int_distribution<int> jitter(0, 90); // minutes after 07:30
    std::vector<PatientData> out(demoPatients.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto &p = out[i];
        p.id = demoPatients[i].id;
        p.observations.reserve(std::size_t(days) * 5);
        p.answers.reserve(std::size_t(days) * 2);
        const double habitualSpo2 = 94 + double(i % 4);
        double weight = 60 + double(i % 50);
        int n = 0;
        for (int d = 0; d < days; ++d) {
            // Local mornings; a whole number of 24 h steps is close enough for a benchmark.
            const auto morning = lastDayStart - std::chrono::hours { 24 * (days - 1 - d) }
                + std::chrono::minutes { 7 * 60 + 30 + jitter(random) };
            const auto id = [&] { return p.id + "/" + std::to_string(n++); };
            weight += 0.1 * noise(random);
            p.observations.push_back(observation(id(), domain::KindId::OxygenSaturation,
                std::round(habitualSpo2 + noise(random)), morning));
            p.observations.push_back(observation(id(), domain::KindId::Pulse,
                std::round(72 + 8 * noise(random)), morning + std::chrono::minutes { 1 }));
            p.observations.push_back(observation(id(), domain::KindId::Weight,
                std::round(weight * 10) / 10, morning - std::chrono::minutes { 10 }));
            p.observations.push_back(observation(id(), domain::KindId::Systolic,
                std::round(128 + 10 * noise(random)), morning + std::chrono::minutes { 3 }));
            p.observations.push_back(observation(id(), domain::KindId::Diastolic,
                std::round(78 + 6 * noise(random)), morning + std::chrono::minutes { 3 }));
            p.answers.push_back({ id(), "dyspne-verre", noise(random) > 2.5 ? "ja" : "nei",
                morning + std::chrono::minutes { 5 } });
            p.answers.push_back({ id(), "oppspytt", noise(random) > 2.5 ? "mer" : "som vanlig",
                morning + std::chrono::minutes { 6 } });
        }
    }
    return out;
}

} // namespace

int main()
{
    demo::CohortOptions options;
    options.patients = 2000;
    options.days = 90;
    options.seed = 1;
    options.endDate = std::chrono::year_month_day { std::chrono::year { 2026 },
        std::chrono::month { 3 }, std::chrono::day { 30 } };

    const auto t0 = Clock::now();
    const auto cohort = demo::generateCohort(options);
    const auto t1 = Clock::now();

    // The cohort as triage sees it: canonical values, panels already split into components.
    std::vector<PatientData> patients(cohort.patients.size());
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        patients[i].id = cohort.patients[i].meta.id;
        indexOf[patients[i].id] = i;
    }
    for (const auto &m : cohort.measurements) {
        triage::Observation o;
        o.id = m.meta.id;
        o.code = m.code;
        o.kind = m.kind;
        o.value = m.canonicalValue;
        o.unit = std::string(domain::kindInfo(m.kind).canonicalUnit);
        o.time = time::fromEpochMillis(m.measuredAtMillis);
        patients[indexOf.at(m.patientId)].observations.push_back(std::move(o));
    }
    for (const auto &a : cohort.answers)
        patients[indexOf.at(a.patientId)].answers.push_back(
            { a.meta.id, a.questionId, a.answer, time::fromEpochMillis(a.answeredAtMillis) });
    const triage::RuleSet rules { cohort.plans[0].id, true, cohort.plans[0].rules };
    const auto now = demo::demoNow(options);

    char title[200];
    std::snprintf(title, sizeof title,
        "Triage benchmark 1: the demo cohort, %d patients x %d days (generated in %.0f ms)",
        options.patients, options.days, millisBetween(t0, t1));
    report(title, patients, rules, now, options.days);

    const auto dense = denseCohort(patients, time::osloStartOfDay(options.endDate), options.days);
    std::snprintf(title, sizeof title,
        "Triage benchmark 2: synthetic daily SpO2, pulse, weight and blood pressure + 2 answers, "
        "%d patients x %d days",
        options.patients, options.days);
    report(title, dense, rules, now, options.days);
    return 0;
}
