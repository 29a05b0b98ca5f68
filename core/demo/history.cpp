// Referrals, reassignments and endings: every patient was referred (by their GP, the hospital
// or the municipality's allocation office) some days before enrolment; a few moved to another
// nurse during the period; about one in twenty active patients without a deterioration episode
// ended follow-up in the last weeks (their measurements stop then).
#include "core/demo/parts.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <set>

namespace varde::demo::parts
{
namespace
{

struct Reason {
    const char *key;
    double weight;
    const char *note;
};

constexpr Reason reasons[] = {
    { "goals_met", 0.35, "Stabil over tid, mestrer egenbehandlingen selv" },
    { "long_term_care", 0.2, "Fått langtidsplass på sykehjem" },
    { "moved", 0.15, "Flyttet til datteren i en annen kommune" },
    { "declined", 0.15, "Ønsket ikke å fortsette med målingene" },
    { "died", 0.1, "" },
    { "other", 0.05, "Følges opp av hjemmesykepleien i stedet" },
};

} // namespace

void addHistory(Cohort &cohort, Random random)
{
    using namespace std::chrono;
    const auto &options = cohort.options;
    const auto firstDay = sys_days { options.endDate } - days { options.days - 1 };
    std::set<int> withEpisode;
    for (const auto &e : cohort.episodes)
        withEpisode.insert(e.patientIndex);

    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        Random r = random.fork("patient/" + std::to_string(i));
        const auto &p = cohort.patients[i];
        const auto enrolledDay
            = floor<days>(sys_time<milliseconds> { milliseconds { p.enrolledAtMillis } });
        DemoReferral referral;
        referral.patientIndex = int(i);
        referral.date = year_month_day { enrolledDay - days { r.integer(3, 14) } };
        const double draw = r.uniform();
        std::string gpName;
        for (const auto &gp : cohort.gps)
            if (gp.meta.id == p.gpId)
                gpName = gp.name;
        if (draw < 0.5) {
            referral.source = "gp";
            referral.referrer = gpName;
        } else if (draw < 0.85) {
            referral.source = "hospital";
            referral.referrer = r.chance(0.5) ? "Medisinsk avdeling, Molde sjukehus"
                                              : "Lungepoliklinikken, Ålesund sjukehus";
        } else {
            referral.source = "allocation_office";
            referral.referrer = "Tildelingskontoret i " + p.municipality;
        }
        cohort.referrals.push_back(referral);

        const auto enrolledIndex = int((enrolledDay - firstDay).count());
        const bool settled
            = p.status == domain::FollowUpStatus::Active && enrolledIndex < options.days - 40;
        if (settled && cohort.nurses.size() > 1 && r.chance(0.04)) {
            const int now = cohort.nurseOfPatient[i];
            const int from = (now + 1) % int(cohort.nurses.size());
            const auto day = firstDay + days { r.integer(1, std::max(2, options.days - 10)) };
            cohort.reassignments.push_back({ int(i), from,
                time::toEpochMillis(time::fromOslo(year_month_day { day }, hours { 13 })) });
        }
        if (settled && !withEpisode.count(int(i)) && r.chance(0.05)) {
            double pick = r.uniform();
            const Reason *reason = &reasons[0];
            for (const auto &candidate : reasons) {
                reason = &candidate;
                if ((pick -= candidate.weight) < 0)
                    break;
            }
            const auto day = sys_days { options.endDate } - days { r.integer(2, 25) };
            cohort.endings.push_back(
                { int(i), time::toEpochMillis(time::fromOslo(year_month_day { day }, hours { 14 })),
                    reason->key, reason->note });
        }
    }
    // Home data stop when follow-up ends.
    for (const auto &ending : cohort.endings) {
        const auto &id = cohort.patients[std::size_t(ending.patientIndex)].meta.id;
        std::erase_if(cohort.measurements, [&](const domain::Measurement &m) {
            return m.patientId == id && m.measuredAtMillis >= ending.atMillis;
        });
        std::erase_if(cohort.answers, [&](const domain::QuestionnaireAnswer &a) {
            return a.patientId == id && a.answeredAtMillis >= ending.atMillis;
        });
    }
}

} // namespace varde::demo::parts
