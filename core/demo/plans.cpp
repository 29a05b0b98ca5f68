// The rules in force: the follow-up service's default set (from the published example
// thresholds in ../shared/clinical/CONTEXT.md §1.3, written strictly: "red at 88 % or lower"
// is red_below 89) and personal plans for a third of the patients past their trial period,
// with limits set from their own first two weeks, as a GP would approve them.
#include "core/demo/parts.h"
#include "core/time/civil_time.h"
#include "core/triage/builtin_rules.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace varde::demo::parts
{
namespace
{

using triage::AnswerRule;
using triage::BandRule;
using triage::BaselineRule;
using triage::ChangeRule;
using triage::Rule;

std::vector<Rule> defaultRules() { return triage::builtinDefaultRules(); }

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

// Versions that wait for the GP (SpO2 limits from the patient's own first two weeks), one the
// GP rejected, and the first personal plan approved by phone and recorded by the nurse.
void addPendingPlans(Cohort &cohort,
    Random random,
    const std::map<std::string, std::map<domain::KindId, std::vector<double>>> &early)
{
    const auto &options = cohort.options;
    std::set<int> withPlan;
    for (const auto &p : cohort.plans)
        withPlan.insert(p.patientIndex);
    for (auto &p : cohort.plans)
        if (p.patientIndex >= 0) {
            p.state = DemoPlanState::ActiveByPhone;
            p.comment = "Fastlegen godkjente grensene på telefon";
            break;
        }
    int made = 0;
    const int wanted = std::max(2, int(cohort.patients.size()) / 40);
    for (std::size_t i = 0; i < cohort.patients.size() && made < wanted; ++i) {
        const auto &patient = cohort.patients[i];
        Random r = random.fork(std::to_string(i));
        if (patient.status != domain::FollowUpStatus::Active || withPlan.count(int(i))
            || !r.chance(0.25))
            continue;
        const auto found = early.find(patient.meta.id);
        if (found == early.end())
            continue;
        const auto spo2 = found->second.find(domain::KindId::OxygenSaturation);
        if (spo2 == found->second.end() || spo2->second.size() < 7)
            continue;
        const double habitual = std::round(median(spo2->second));
        auto rules = defaultRules();
        std::get<BandRule>(rules[0])
            = BandRule { "59408-5", habitual - 2, habitual - 5, std::nullopt, std::nullopt };
        DemoPlan demoPlan { demoId(options, "plan/pending/" + std::to_string(i)), int(i),
            std::move(rules), options.days - 1 - r.integer(1, 4), {},
            made == 1 ? DemoPlanState::Rejected : DemoPlanState::AwaitingApproval, {} };
        if (demoPlan.state == DemoPlanState::Rejected)
            demoPlan.comment = "Vent med personlige grenser til etter kontrollen hos lungelegen.";
        demoPlan.content = demoPlanContent(cohort, int(i), demoPlan.approvedDay, r.fork("content"));
        cohort.plans.push_back(std::move(demoPlan));
        ++made;
    }
}

void addPlans(Cohort &cohort, Random random)
{
    const auto &options = cohort.options;
    cohort.plans.push_back({ demoId(options, "plan/default"), -1, defaultRules(), -400,
        plan::standardContent(), DemoPlanState::Active, {} });

    // Each patient's values over their first 14 days in the period.
    const auto firstDay
        = std::chrono::sys_days { options.endDate } - std::chrono::days { options.days - 1 };
    const auto cutoff = time::toEpochMillis(time::Instant { firstDay + std::chrono::days { 14 } });
    std::map<std::string, std::map<domain::KindId, std::vector<double>>> early;
    for (const auto &m : cohort.measurements)
        if (m.measuredAtMillis < cutoff && domain::isPlausible(m.kind, m.canonicalValue))
            early[m.patientId][m.kind].push_back(m.canonicalValue);

    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        Random r = random.fork("patient/" + std::to_string(i));
        const auto &patient = cohort.patients[i];
        if (patient.status != domain::FollowUpStatus::Active || !r.chance(0.35))
            continue;
        const auto &values = early[patient.meta.id];
        auto rules = defaultRules();
        bool personal = false;
        if (auto it = values.find(domain::KindId::OxygenSaturation);
            it != values.end() && it->second.size() >= 7) {
            // Habitual SpO2 is the baseline; the band follows it (a COPD patient living at 91 %
            // would be yellow every day under the default set).
            const double habitual = std::round(median(it->second));
            std::get<BandRule>(rules[0])
                = BandRule { "59408-5", habitual - 1, habitual - 4, std::nullopt, std::nullopt };
            rules.push_back(
                BaselineRule { "59408-5", habitual, 3.0, 5.0, std::nullopt, std::nullopt });
            personal = true;
        }
        if (auto it = values.find(domain::KindId::Weight);
            it != values.end() && it->second.size() >= 7) {
            std::get<ChangeRule>(rules[6])
                = ChangeRule { "29463-7", 72.0, 2.0, 3.0, std::nullopt, std::nullopt };
            personal = true;
        }
        if (auto it = values.find(domain::KindId::Glucose);
            it != values.end() && it->second.size() >= 7) {
            std::get<BandRule>(rules[5]) = BandRule { "15074-8", 4.0, 3.0, 14.0, 18.0 };
            personal = true;
        }
        if (personal) {
            DemoPlan demoPlan { demoId(options, "plan/" + std::to_string(i)), int(i),
                std::move(rules), r.integer(-60, -1), {}, DemoPlanState::Active, {} };
            demoPlan.content = demoPlanContent(
                cohort, int(i), demoPlan.approvedDay, random.fork("content/" + std::to_string(i)));
            cohort.plans.push_back(std::move(demoPlan));
        }
    }
    addPendingPlans(cohort, random.fork("pending"), early);
}

} // namespace varde::demo::parts
