#pragma once
// Properties every demo cohort must have, whatever its size: used by the quick test on a small
// cohort and by the long test on the full 200 × 90 demo.

#include "core/demo/cohort.h"
#include "core/domain/measurement_kind.h"
#include "core/domain/national_id.h"
#include "core/domain/questionnaire.h"
#include "core/time/civil_time.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace varde::test
{

using namespace std::chrono;

inline demo::CohortOptions cohortOptions(int patients, int days, std::uint64_t seed = 1)
{
    demo::CohortOptions options;
    options.patients = patients;
    options.days = days;
    options.seed = seed;
    // The period runs over the spring daylight-saving change (29 March 2026).
    options.endDate = 2026y / April / 10;
    return options;
}

inline sys_days firstDay(const demo::Cohort &cohort)
{
    return sys_days { cohort.options.endDate } - days { cohort.options.days - 1 };
}

// Day of the period (0 = first) on which the instant falls in Oslo.
inline int dayOfPeriod(const demo::Cohort &cohort, std::int64_t millis)
{
    return int(
        (sys_days { time::osloDate(time::fromEpochMillis(millis)) } - firstDay(cohort)).count());
}

inline std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

// Everything a user would see of the cohort except the ids (which are derived from the seed
// by name, so they would differ between seeds even if nothing else did).
inline std::string visibleContent(const demo::Cohort &cohort)
{
    std::string out;
    for (const auto &p : cohort.patients) {
        out += p.nationalId + " " + p.givenName + " " + p.familyName + " " + p.address + " "
            + p.phoneMobile + " " + std::to_string(p.enrolledAtMillis) + "\n";
        for (const auto &d : p.diagnoses)
            out += " d " + d.code + "\n";
        for (const auto &c : p.contacts)
            out += " c " + c.name + " " + c.relation + " " + c.phone + "\n";
    }
    for (const auto &e : cohort.episodes)
        out += "e " + std::to_string(e.patientIndex) + " " + std::to_string(int(e.kind)) + " "
            + std::to_string(e.startDay) + " " + std::to_string(e.length) + "\n";
    for (const auto &m : cohort.measurements)
        out += "m " + std::to_string(m.measuredAtMillis) + " " + m.code + " " + number(m.value)
            + " " + m.unit + "\n";
    for (const auto &a : cohort.answers)
        out += "a " + std::to_string(a.answeredAtMillis) + " " + a.questionId + " " + a.answer
            + "\n";
    return out;
}

inline std::map<std::string, std::size_t> patientIndexById(const demo::Cohort &cohort)
{
    std::map<std::string, std::size_t> out;
    for (std::size_t i = 0; i < cohort.patients.size(); ++i)
        out[cohort.patients[i].meta.id] = i;
    return out;
}

inline bool hasProgramme(const demo::Cohort &cohort, std::size_t patient, demo::Programme programme)
{
    const auto &list = cohort.programmes[patient];
    return std::find(list.begin(), list.end(), programme) != list.end();
}

inline void checkNationalIds(const demo::Cohort &cohort)
{
    std::set<std::string> seen;
    for (const auto &p : cohort.patients) {
        CAPTURE(p.nationalId);
        const auto demoMode = domain::parseNationalId(p.nationalId, { true, false });
        REQUIRE(demoMode);
        CHECK(demoMode->synthetic);
        CHECK(demoMode->birthDate == p.birthDate);
        CHECK(demoMode->sex == p.sex);
        // Not even production options from 2032 on take a demo number for a real one.
        CHECK_FALSE(domain::parseNationalId(p.nationalId, { false, false }));
        CHECK_FALSE(domain::parseNationalId(p.nationalId, { false, true }));
        CHECK(seen.insert(p.nationalId).second);
        CHECK(p.meta.origin == domain::Origin::Demo);
    }
}

inline void checkProgrammesAndDiagnoses(const demo::Cohort &cohort)
{
    REQUIRE(cohort.programmes.size() == cohort.patients.size());
    std::map<demo::Programme, int> patientsIn;
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        std::set<char> chapters; // J for COPD, I for heart failure, E for diabetes, C for cancer
        for (const auto &d : cohort.patients[i].diagnoses)
            chapters.insert(d.code.at(0));
        for (auto programme : cohort.programmes[i]) {
            ++patientsIn[programme];
            const char chapter = programme == demo::Programme::Copd ? 'J'
                : programme == demo::Programme::HeartFailure        ? 'I'
                : programme == demo::Programme::Diabetes            ? 'E'
                                                                    : 'C';
            CAPTURE(i, demo::describeProgramme(programme));
            CHECK(chapters.count(chapter) == 1);
        }
        CHECK(std::count_if(cohort.patients[i].diagnoses.begin(),
                  cohort.patients[i].diagnoses.end(), [](const auto &d) { return d.primary; })
            == 1);
    }
    for (auto programme : { demo::Programme::Copd, demo::Programme::HeartFailure,
             demo::Programme::Diabetes, demo::Programme::Cancer }) {
        CAPTURE(demo::describeProgramme(programme));
        CHECK(patientsIn[programme] > 0);
    }
}

// Every measurement is coded and converted as a real one would be: its code means its kind, its
// value in its unit converts to its canonical value, it falls inside the period, and only a
// device-error day has an implausible value.
inline void checkMeasurements(const demo::Cohort &cohort)
{
    const auto byId = patientIndexById(cohort);
    const auto periodStart = time::osloStartOfDay(year_month_day { firstDay(cohort) });
    const auto periodEnd
        = time::osloStartOfDay(year_month_day { sys_days { cohort.options.endDate } + days { 1 } });
    std::set<std::pair<std::size_t, int>> deviceErrorDays;
    for (const auto &e : cohort.episodes)
        if (e.kind == demo::EpisodeKind::DeviceError)
            for (int d = e.startDay; d < e.startDay + e.length; ++d)
                deviceErrorDays.insert({ std::size_t(e.patientIndex), d });

    int implausible = 0;
    for (const auto &m : cohort.measurements) {
        REQUIRE(byId.count(m.patientId) == 1);
        const std::size_t patient = byId.at(m.patientId);
        const auto at = time::fromEpochMillis(m.measuredAtMillis);
        CAPTURE(patient, m.code, m.value, m.unit, m.canonicalValue, time::formatIsoOslo(at));
        CHECK(m.meta.origin == domain::Origin::Demo);
        CHECK(domain::kindForCode(m.code) == m.kind);
        const auto canonical = domain::toCanonical(m.kind, m.value, m.unit);
        REQUIRE(canonical);
        CHECK(*canonical == Approx(m.canonicalValue).margin(0.001));
        CHECK(at >= periodStart);
        CHECK(at < periodEnd);
        if (!domain::isPlausible(m.kind, m.canonicalValue)) {
            ++implausible;
            CHECK(deviceErrorDays.count({ patient, dayOfPeriod(cohort, m.measuredAtMillis) }) == 1);
        }
        if (!m.panelId.empty())
            CHECK(domain::isBloodPressurePanel(m.panelCode));
    }
    // Device errors are rare: a handful of values, not a noisy demo.
    CHECK(implausible <= int(deviceErrorDays.size()));
}

// The demo shows a morning: on the last day nothing has arrived at or after 10:00 Oslo time,
// neither a measurement nor an answer (cohort.h: "measurements until 10:00 Oslo time").
inline void checkLastMorning(const demo::Cohort &cohort)
{
    const auto cut = time::fromOslo(cohort.options.endDate, hours { 10 });
    for (const auto &m : cohort.measurements) {
        const auto at = time::fromEpochMillis(m.measuredAtMillis);
        CAPTURE(m.code, time::formatIsoOslo(at));
        CHECK(at < cut);
    }
    for (const auto &a : cohort.answers) {
        const auto at = time::fromEpochMillis(a.answeredAtMillis);
        CAPTURE(a.questionId, time::formatIsoOslo(at));
        CHECK(at < cut);
    }
}

// Nobody measures at home before they are enrolled (and have been given the devices).
inline void checkNotBeforeEnrolment(const demo::Cohort &cohort)
{
    const auto byId = patientIndexById(cohort);
    for (const auto &m : cohort.measurements) {
        const auto &patient = cohort.patients[byId.at(m.patientId)];
        CAPTURE(patient.nationalId, m.code,
            time::formatIsoOslo(time::fromEpochMillis(m.measuredAtMillis)),
            time::formatIsoOslo(time::fromEpochMillis(patient.enrolledAtMillis)));
        CHECK(m.measuredAtMillis >= patient.enrolledAtMillis);
    }
    for (const auto &a : cohort.answers) {
        const auto &patient = cohort.patients[byId.at(a.patientId)];
        CAPTURE(patient.nationalId, a.questionId,
            time::formatIsoOslo(time::fromEpochMillis(a.answeredAtMillis)),
            time::formatIsoOslo(time::fromEpochMillis(patient.enrolledAtMillis)));
        CHECK(a.answeredAtMillis >= patient.enrolledAtMillis);
    }
}

inline void checkAnswers(const demo::Cohort &cohort)
{
    const auto byId = patientIndexById(cohort);
    for (const auto &a : cohort.answers) {
        CAPTURE(
            a.questionId, a.answer, time::formatIsoOslo(time::fromEpochMillis(a.answeredAtMillis)));
        REQUIRE(byId.count(a.patientId) == 1);
        const auto *question = domain::findQuestion(a.questionId);
        REQUIRE(question);
        CHECK(std::find(question->answers.begin(), question->answers.end(), a.answer)
            != question->answers.end());
    }
}

// Patients skip days now and then, but measure on most days.
inline void checkMissedDays(const demo::Cohort &cohort)
{
    std::map<std::string, std::set<int>> measuredDays;
    for (const auto &m : cohort.measurements)
        measuredDays[m.patientId].insert(dayOfPeriod(cohort, m.measuredAtMillis));
    int patientsWithMissedDays = 0;
    int expectedDays = 0;
    int missedDays = 0;
    for (const auto &p : cohort.patients) {
        // Whole days between enrolment and the last day: every patient has something to measure
        // every day (SpO2, weight, glucose or temperature).
        const int enrolled = dayOfPeriod(cohort, p.enrolledAtMillis);
        int missed = 0;
        for (int d = std::max(0, enrolled + 1); d < cohort.options.days - 1; ++d) {
            ++expectedDays;
            if (measuredDays[p.meta.id].count(d) == 0)
                ++missed;
        }
        missedDays += missed;
        patientsWithMissedDays += missed > 0 ? 1 : 0;
    }
    CAPTURE(patientsWithMissedDays, missedDays, expectedDays);
    CHECK(patientsWithMissedDays > 0);
    CHECK(patientsWithMissedDays < int(cohort.patients.size()));
    CHECK(missedDays < expectedDays / 4);
}

inline double median(std::vector<double> values)
{
    REQUIRE_FALSE(values.empty());
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// During a COPD exacerbation the patient's SpO2 falls clearly below their usual value.
inline void checkCopdExacerbations(const demo::Cohort &cohort)
{
    const auto byId = patientIndexById(cohort);
    std::map<std::size_t, std::vector<std::pair<int, double>>> spo2; // patient -> (day, value)
    for (const auto &m : cohort.measurements)
        if (m.kind == domain::KindId::OxygenSaturation
            && domain::isPlausible(m.kind, m.canonicalValue))
            spo2[byId.at(m.patientId)].push_back(
                { dayOfPeriod(cohort, m.measuredAtMillis), m.canonicalValue });

    int checked = 0, checkedAtPeak = 0;
    for (const auto &e : cohort.episodes) {
        if (e.kind != demo::EpisodeKind::CopdExacerbation)
            continue;
        const auto patient = std::size_t(e.patientIndex);
        CAPTURE(patient, e.startDay, e.length);
        CHECK(hasProgramme(cohort, patient, demo::Programme::Copd));
        const auto inAnyEpisode = [&](int day) {
            return std::any_of(
                cohort.episodes.begin(), cohort.episodes.end(), [&](const auto &other) {
                    return std::size_t(other.patientIndex) == patient
                        && other.kind != demo::EpisodeKind::DeviceError && day >= other.startDay - 1
                        && day < other.startDay + other.length + 1;
                });
        };
        // An episode builds up over its first two days and eases over its last two; in between
        // it is at its worst.
        std::vector<double> usual, during, peak;
        for (const auto &[day, value] : spo2[patient]) {
            const int into = day - e.startDay;
            if (into >= 0 && into < e.length) {
                during.push_back(value);
                if (into >= 2 && into <= e.length - 2)
                    peak.push_back(value);
            } else if (!inAnyEpisode(day)) {
                usual.push_back(value);
            }
        }
        if (during.empty() || usual.size() < 5)
            continue; // missed those days, or enrolled during the episode
        ++checked;
        const double usualMedian = median(usual);
        double mean = 0;
        for (double v : during)
            mean += v;
        mean /= double(during.size());
        CAPTURE(usualMedian, mean, during.size(), peak.size());
        CHECK(mean < usualMedian);
        if (!peak.empty()) {
            ++checkedAtPeak;
            // At its worst, a fall a nurse would act on.
            CHECK(*std::min_element(peak.begin(), peak.end()) <= usualMedian - 3);
        }
    }
    CHECK(checked > 0);
    CHECK(checkedAtPeak > 0);
}

} // namespace varde::test

namespace Catch
{
template <> struct StringMaker<varde::time::Instant> {
    static std::string convert(varde::time::Instant instant)
    {
        return varde::time::formatIsoOslo(instant);
    }
};
} // namespace Catch
