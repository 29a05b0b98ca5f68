// Daily measurements and answers: each patient's habitual values, circadian variation, noise,
// missed days, and the episodes' effects.
#include "core/demo/parts.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <cmath>

namespace varde::demo::parts
{
namespace
{

using namespace std::chrono;

struct Habits {
    double spo2, pulse, systolic, diastolic, weight, temperature, glucose;
    int minuteOfDay; // usual time of the morning measurement
    double adherence; // chance of measuring on a scheduled day
    bool scaleInGrams; // some scales send grams (as the VKP example does)
    bool oldOximeterCode;
    domain::Source source;
};

// Circadian offset by local hour (a smooth day curve, as a table so no libm call can differ
// between machines): lowest in the early morning, highest in the late afternoon.
double circadian(int hour)
{
    static constexpr double curve[24] = { -0.7, -0.9, -1.0, -1.0, -0.9, -0.7, -0.5, -0.3, -0.1, 0.1,
        0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 0.9, 0.7, 0.5, 0.2, -0.1, -0.4 };
    return curve[std::clamp(hour, 0, 23)];
}

// 0 outside the episode; rises over the first days, holds, and falls over the last two days.
double severity(const Episode &episode, int day)
{
    const int into = day - episode.startDay;
    if (into < 0 || into >= episode.length)
        return 0;
    const double rise = std::min(1.0, (into + 1) / 3.0);
    const int left = episode.length - into;
    const double fall = std::min(1.0, left / 2.0);
    return std::min(rise, fall);
}

double roundTo(double value, int decimals)
{
    const double scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
    return std::round(value * scale) / scale;
}

Habits habitsFor(Random &r, const std::vector<Programme> &programmes, bool hasHelper)
{
    const bool copd
        = std::find(programmes.begin(), programmes.end(), Programme::Copd) != programmes.end();
    Habits h {};
    h.spo2 = copd ? std::clamp(r.normal(93.5, 1.3), 90.0, 96.0)
                  : std::clamp(r.normal(96.5, 1.0), 94.0, 99.0);
    h.pulse = std::clamp(r.normal(76, 8), 58.0, 95.0);
    h.systolic = std::clamp(r.normal(136, 12), 105.0, 165.0);
    h.diastolic = std::clamp(h.systolic * 0.58 + r.normal(0, 5), 60.0, 95.0);
    h.weight = std::clamp(r.normal(80, 14), 48.0, 130.0);
    h.temperature = r.normal(36.7, 0.15);
    h.glucose = std::clamp(r.normal(7.4, 1.2), 5.5, 10.5);
    h.minuteOfDay = std::clamp(int(r.normal(8 * 60 + 30, 45)), 6 * 60 + 30, 10 * 60 + 30);
    h.adherence = r.uniform(0.82, 0.99);
    h.scaleInGrams = r.chance(0.1);
    h.oldOximeterCode = r.chance(0.3);
    h.source = hasHelper && r.chance(0.5) ? domain::Source::Helper : domain::Source::Device;
    return h;
}

struct Effects {
    double spo2 = 0, pulse = 0, weight = 0, glucose = 0, temperature = 0;
    double breathless = 0, sputum = 0, swelling = 0, fever = 0;
    bool deviceError = false;
};

Effects effectsOn(const std::vector<const Episode *> &episodes, int day)
{
    Effects e;
    for (const auto *episode : episodes) {
        const double s = severity(*episode, day);
        if (s <= 0)
            continue;
        switch (episode->kind) {
        case EpisodeKind::CopdExacerbation:
            e.spo2 -= 6.5 * s;
            e.pulse += 26 * s;
            e.breathless = std::max(e.breathless, s);
            e.sputum = std::max(e.sputum, s);
            break;
        case EpisodeKind::WeightGain:
            // Fluid builds up about 0.9 kg a day while the episode rises.
            e.weight += 0.9 * (day - episode->startDay + 1) * s;
            e.swelling = std::max(e.swelling, s);
            e.breathless = std::max(e.breathless, s * 0.8);
            break;
        case EpisodeKind::Hyperglycaemia:
            e.glucose += 9.5 * s;
            break;
        case EpisodeKind::Fever:
            e.temperature += 2.1 * s;
            e.pulse += 22 * s;
            e.fever = std::max(e.fever, s);
            break;
        case EpisodeKind::DeviceError:
            e.deviceError = true;
            break;
        }
    }
    return e;
}

} // namespace

void addMeasurements(Cohort &cohort, Random random)
{
    const auto &options = cohort.options;
    const auto firstDay = sys_days { options.endDate } - days { options.days - 1 };
    const int lastDayCutMinute = 10 * 60; // the demo shows a morning: later values have not come
    const int latestOffsetSeconds = 200; // answers are stamped up to this long after the session

    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        const auto &patient = cohort.patients[i];
        Random r = random.fork("patient/" + std::to_string(i));
        const bool hasHelper = std::any_of(patient.contacts.begin(), patient.contacts.end(),
            [](const auto &c) { return c.helpsMeasure; });
        Habits h = habitsFor(r, cohort.programmes[i], hasHelper);
        std::vector<const Episode *> episodes;
        for (const auto &episode : cohort.episodes)
            if (episode.patientIndex == int(i))
                episodes.push_back(&episode);
        std::vector<domain::ScheduleEntry> schedule;
        for (const auto &entry : cohort.schedule)
            if (entry.patientId == patient.meta.id)
                schedule.push_back(entry);

        const auto enrolledDay = floor<days>(time::fromEpochMillis(patient.enrolledAtMillis));
        int serial = 0;
        const auto nextId = [&] {
            return demoId(
                options, "measurement/" + std::to_string(i) + "/" + std::to_string(serial++));
        };

        for (int day = 0; day < options.days; ++day) {
            const auto date = firstDay + days { day };
            if (date <= enrolledDay) // enrolled at 10:00: home values start the next morning
                continue;
            const bool missedDay = !r.chance(h.adherence);
            const int weekday = int(std::chrono::weekday { date }.iso_encoding()); // 1 = Monday
            const int minute = std::clamp(h.minuteOfDay + int(r.normal(0, 20)), 5 * 60, 13 * 60);
            const bool isLastDay = day == options.days - 1;
            const auto effects = effectsOn(episodes, day);
            // Slow drift so that weeks differ a little, as real habits do.
            h.weight += r.normal(0, 0.08);
            if (missedDay
                || (isLastDay && minute * 60 + latestOffsetSeconds >= lastDayCutMinute * 60))
                continue;
            const auto at = time::fromOslo(year_month_day { date }, minutes { minute });
            const int hour = minute / 60;
            bool errorUsed = false;

            const auto emit = [&](domain::KindId kind, double canonical, std::string panelId = {},
                                  int offsetSeconds = 0) {
                domain::Measurement m;
                m.meta = { nextId(), 1, false, domain::Origin::Demo };
                m.patientId = patient.meta.id;
                m.kind = kind;
                const auto &info = domain::kindInfo(kind);
                m.code = std::string(info.primaryCode);
                m.canonicalValue = roundTo(canonical, info.decimals);
                m.value = m.canonicalValue;
                m.unit = std::string(info.canonicalUnit);
                if (kind == domain::KindId::OxygenSaturation && h.oldOximeterCode)
                    m.code = "2708-6";
                if (kind == domain::KindId::Weight && h.scaleInGrams) {
                    m.unit = "g";
                    m.value = std::round(m.canonicalValue * 1000);
                }
                if (!panelId.empty()) {
                    m.panelId = std::move(panelId);
                    m.panelCode = std::string(domain::bloodPressurePanelCode);
                }
                m.measuredAtMillis = time::toEpochMillis(at) + offsetSeconds * 1000LL;
                m.source = h.source;
                cohort.measurements.push_back(std::move(m));
            };
            const auto answer
                = [&](const std::string &question, std::string text, int offsetSeconds) {
                      domain::QuestionnaireAnswer a;
                      a.meta = { demoId(options,
                                     "answer/" + std::to_string(i) + "/" + std::to_string(day) + "/"
                                         + question),
                          1, false, domain::Origin::Demo };
                      a.patientId = patient.meta.id;
                      a.questionId = question;
                      a.answer = std::move(text);
                      a.answeredAtMillis = time::toEpochMillis(at) + offsetSeconds * 1000LL;
                      a.source = domain::Source::Patient;
                      cohort.answers.push_back(std::move(a));
                  };

            for (const auto &entry : schedule) {
                if ((entry.daysOfWeek & (1 << (weekday - 1))) == 0)
                    continue;
                const double c = circadian(hour);
                // A device error replaces the first value of the day with an implausible one.
                const bool error = effects.deviceError && !errorUsed;
                if (entry.item == "spo2") {
                    errorUsed = errorUsed || error;
                    emit(domain::KindId::OxygenSaturation,
                        error ? 41 : std::min(100.0, h.spo2 + effects.spo2 + r.normal(0, 0.8)));
                } else if (entry.item == "pulse") {
                    emit(domain::KindId::Pulse, h.pulse + effects.pulse + 3 * c + r.normal(0, 4),
                        {}, 20);
                } else if (entry.item == "bp_systolic") {
                    const auto panel = nextId();
                    const double morningSurge = hour < 10 ? 6 : 0;
                    emit(domain::KindId::Systolic, h.systolic + morningSurge + r.normal(0, 7),
                        panel, 60);
                    emit(domain::KindId::Diastolic, h.diastolic + morningSurge / 2 + r.normal(0, 4),
                        panel, 60);
                } else if (entry.item == "weight") {
                    errorUsed = errorUsed || error;
                    emit(domain::KindId::Weight,
                        error ? h.weight + 13.6 : h.weight + effects.weight + r.normal(0, 0.25), {},
                        -600);
                } else if (entry.item == "temperature") {
                    emit(domain::KindId::Temperature,
                        h.temperature + effects.temperature + 0.25 * c + r.normal(0, 0.12), {},
                        120);
                } else if (entry.item == "glucose") {
                    errorUsed = errorUsed || error;
                    emit(domain::KindId::Glucose,
                        error ? 0.6 : std::max(3.0, h.glucose + effects.glucose + r.normal(0, 0.9)),
                        {}, -300);
                } else if (entry.item == "question:dyspne-verre") {
                    const double b = effects.breathless + r.uniform(0, 0.15);
                    answer("dyspne-verre", b > 0.75 ? "mye verre" : b > 0.3 ? "ja" : "nei", 180);
                } else if (entry.item == "question:hoste-mer") {
                    answer(
                        "hoste-mer", effects.sputum + r.uniform(0, 0.2) > 0.35 ? "ja" : "nei", 190);
                } else if (entry.item == "question:oppspytt") {
                    const double s = effects.sputum + r.uniform(0, 0.15);
                    answer("oppspytt", s > 0.6 ? "gul-grønt" : s > 0.3 ? "mer" : "som vanlig", 200);
                } else if (entry.item == "question:hevelse-bein") {
                    answer("hevelse-bein",
                        effects.swelling + r.uniform(0, 0.2) > 0.4 ? "ja" : "nei", 180);
                } else if (entry.item == "question:feber") {
                    answer("feber", effects.fever > 0.3 ? "ja" : "nei", 180);
                } else if (entry.item == "question:slapp") {
                    answer("slapp", effects.fever + r.uniform(0, 0.3) > 0.4 ? "ja" : "nei", 190);
                }
            }
        }
    }
}

} // namespace varde::demo::parts
