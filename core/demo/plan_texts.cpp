// The content of the demo plans, in the words a nurse and patient would write: goals from
// "Hva er viktig for deg?", measures, medicines the GP prescribed for deterioration, and the
// schedule the patient was enrolled with. Medicine texts are demo values, not clinical advice.
#include "core/demo/parts.h"

#include <algorithm>
#include <array>

namespace varde::demo::parts
{
namespace
{

struct Texts {
    std::array<const char *, 3> goals;
    std::array<const char *, 2> subGoals;
    std::array<std::pair<plan::MeasureArea, const char *>, 3> measures;
    std::pair<plan::Zone, const char *> medicine;
};

const Texts &textsFor(Programme programme)
{
    using plan::MeasureArea;
    using plan::Zone;
    static const Texts copd { { "Klare å gå tur med hunden hver dag", "Være med på hytta i sommer",
                                  "Slippe sykehuset i vinter" },
        { "Gå 20 minutter uten å stoppe", "Bruke pusteteknikken når jeg blir andpusten" },
        { { { MeasureArea::Activity, "Gå tur hver dag, helst før lunsj" },
            { MeasureArea::Food, "Spise flere små måltider gjennom dagen" },
            { MeasureArea::Social, "Gå på trimgruppa på frivilligsentralen på tirsdager" } } },
        { Zone::Red,
            "Start prednisolon 30 mg × 1 i 5 dager (resept ligger hjemme) og ring "
            "fastlegen samme dag" } };
    static const Texts heart { { "Være med på barnebarnas fotballkamper",
                                   "Klare trappen opp til soverommet", "Reise til Bergen i mai" },
        { "Holde vekten stabil", "Gå til postkassen og tilbake hver dag" },
        { { { MeasureArea::Food, "Drikke høyst 1,5 liter om dagen og salte lite" },
            { MeasureArea::Activity, "Sykle 10 minutter på ergometersykkelen" },
            { MeasureArea::MentalHealth, "Ringe datteren når jeg blir urolig om kvelden" } } },
        { Zone::Yellow,
            "Ta én ekstra tablett vanndrivende (furosemid 40 mg) om morgenen i "
            "inntil 3 dager" } };
    static const Texts diabetes { { "Unngå følinger når jeg er alene hjemme",
                                      "Klare meg selv uten hjemmesykepleie",
                                      "Lage middag til familien på søndager" },
        { "Måle blodsukker før frokost", "Ha druesukker i lomma på tur" },
        { { { MeasureArea::Food, "Spise frokost hver dag før insulinet" },
            { MeasureArea::Activity, "Gå en kort tur etter middag" },
            { MeasureArea::Social, "Spise lunsj på dagsenteret to dager i uka" } } },
        { Zone::Yellow,
            "Ved blodsukker over 15: ta korrigeringsdose etter skjemaet fra "
            "diabetessykepleier" } };
    static const Texts cancer { { "Orke å være sammen med barnebarna mellom kurene",
                                    "Sove hjemme og ikke på sykehuset", "Gå på tur i nærmiljøet" },
        { "Si fra tidlig ved feber", "Hvile etter lunsj" },
        { { { MeasureArea::Food, "Spise næringsdrikk når matlysten er dårlig" },
            { MeasureArea::Activity, "Gå en rolig tur hver dag når formen tillater det" },
            { MeasureArea::MentalHealth, "Snakke med kreftkoordinator ved behov" } } },
        { Zone::Red, "Ved feber over 38,5: ring kreftavdelingen direkte, ikke vent" } };
    switch (programme) {
    case Programme::Copd:
        return copd;
    case Programme::HeartFailure:
        return heart;
    case Programme::Diabetes:
        return diabetes;
    case Programme::Cancer:
        return cancer;
    }
    return copd;
}

} // namespace

plan::PlanContent demoPlanContent(const Cohort &cohort, int patientIndex, int approvedDay, Random r)
{
    const auto i = std::size_t(patientIndex);
    const auto &patient = cohort.patients[i];
    const auto &texts = textsFor(cohort.programmes[i].front());
    auto content = plan::standardContent();
    content.goals.push_back(
        { texts.goals[std::size_t(r.integer(0, 2))], { texts.subGoals[0], texts.subGoals[1] } });
    for (const auto &[area, text] : texts.measures)
        content.measures.push_back({ area, text });
    content.medicines.push_back({ texts.medicine.first, texts.medicine.second });
    for (const auto &entry : cohort.schedule)
        if (entry.patientId == patient.meta.id)
            content.schedule.push_back({ entry.item, entry.daysOfWeek, entry.dueByMinute });
    content.trialWeeks = 3;
    const auto firstDay = std::chrono::sys_days { cohort.options.endDate }
        - std::chrono::days { cohort.options.days - 1 };
    content.evaluationDate = firstDay + std::chrono::days { approvedDay + 90 };
    content.participants.push_back({ plan::ParticipantRole::Patient, patient.fullName() });
    for (const auto &contact : patient.contacts)
        if (contact.nextOfKin) {
            content.participants.push_back({ plan::ParticipantRole::Relative, contact.name });
            break;
        }
    content.participants.push_back({ plan::ParticipantRole::Nurse,
        cohort.nurses[std::size_t(cohort.nurseOfPatient[i])].displayName });
    for (const auto &gp : cohort.gps)
        if (gp.meta.id == patient.gpId)
            content.participants.push_back({ plan::ParticipantRole::Gp, gp.name });
    return content;
}

} // namespace varde::demo::parts
