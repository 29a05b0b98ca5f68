// Directory (service, GPs, nurses), patients and their schedules.
#include "core/demo/names.h"
#include "core/demo/parts.h"
#include "core/time/civil_time.h"

#include <set>

namespace varde::demo::parts
{
namespace
{

using namespace std::chrono;

std::string digits(Random &random, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += char('0' + random.integer(0, 9));
    return out;
}

std::string mobileNumber(Random &random)
{
    const std::string d = std::to_string(random.integer(4, 9) == 4 ? 4 : 9) + digits(random, 7);
    return d.substr(0, 3) + " " + d.substr(3, 2) + " " + d.substr(5, 3);
}

domain::Diagnosis diagnosis(const std::string &id, std::string code, std::string text, bool primary)
{
    domain::Diagnosis d;
    d.meta = { id, 1, false, domain::Origin::Demo };
    d.system = domain::CodeSystem::Icd10;
    d.code = std::move(code);
    d.text = std::move(text);
    d.primary = primary;
    return d;
}

domain::Diagnosis diagnosisFor(
    Programme programme, Random &random, const std::string &id, bool primary)
{
    switch (programme) {
    case Programme::Copd:
        return diagnosis(id, "J44.9", "Kronisk obstruktiv lungesykdom, uspesifisert", primary);
    case Programme::HeartFailure:
        return random.chance(0.5) ? diagnosis(id, "I50.0", "Kongestiv hjertesvikt", primary)
                                  : diagnosis(id, "I50.9", "Uspesifisert hjertesvikt", primary);
    case Programme::Diabetes:
        return diagnosis(id, "E11.9", "Diabetes mellitus type 2 uten komplikasjoner", primary);
    case Programme::Cancer: {
        switch (random.integer(0, 3)) {
        case 0:
            return diagnosis(id, "C34.9", "Ondartet svulst i bronkie eller lunge", primary);
        case 1:
            return diagnosis(id, "C18.9", "Ondartet svulst i tykktarm", primary);
        case 2:
            return diagnosis(id, "C50.9", "Ondartet svulst i bryst", primary);
        default:
            return diagnosis(id, "C61", "Ondartet svulst i blærehalskjertel", primary);
        }
    }
    }
    return {};
}

std::vector<Programme> chooseProgrammes(Random &random)
{
    const double draw = random.uniform();
    std::vector<Programme> out;
    if (draw < 0.40)
        out.push_back(Programme::Copd);
    else if (draw < 0.70)
        out.push_back(Programme::HeartFailure);
    else if (draw < 0.85)
        out.push_back(Programme::Diabetes);
    else
        out.push_back(Programme::Cancer);
    // Multimorbidity is the rule in home follow-up: heart failure with COPD or diabetes.
    if (out[0] == Programme::Copd && random.chance(0.2))
        out.push_back(Programme::HeartFailure);
    else if (out[0] == Programme::Diabetes && random.chance(0.3))
        out.push_back(Programme::HeartFailure);
    else if (out[0] == Programme::HeartFailure && random.chance(0.15))
        out.push_back(Programme::Diabetes);
    return out;
}

} // namespace

void addDirectory(Cohort &cohort, Random random)
{
    const auto &options = cohort.options;
    cohort.service = { { demoId(options, "service"), 1, false, domain::Origin::Demo },
        "Digital hjemmeoppfølging Romsdal", "9" + digits(random, 6), "Molde" };
    const std::array<std::pair<const char *, const char *>, 4> practices { {
        { "Molde legesenter", "Molde" },
        { "Aukra legekontor", "Aukra" },
        { "Elnesvågen legesenter", "Hustadvika" },
        { "Vestnes legekontor", "Vestnes" },
    } };
    for (int i = 0; i < 8; ++i) {
        const bool female = random.chance(0.5);
        const auto given
            = female ? random.pick(names::femaleGiven()) : random.pick(names::maleGiven());
        const auto &practice = practices[std::size_t(i % 4)];
        domain::GeneralPractitioner gp;
        gp.meta = { demoId(options, "gp/" + std::to_string(i)), 1, false, domain::Origin::Demo };
        gp.name = "Dr. " + std::string(given) + " " + std::string(random.pick(names::family()));
        gp.herId = "8" + digits(random, 6);
        gp.practiceName = practice.first;
        gp.practiceHerId = "7" + digits(random, 6);
        gp.phone = "71 " + digits(random, 2) + " " + digits(random, 2) + " " + digits(random, 2);
        cohort.gps.push_back(gp);
    }
    cohort.nurses = { { "demo", "Kari Demo", "71 11 10 01" },
        { "ingrid", "Ingrid Sætre", "71 11 10 02" }, { "ola", "Ola Brekke", "71 11 10 03" } };
}

void addPatients(Cohort &cohort, Random random)
{
    const auto &options = cohort.options;
    const auto end = options.endDate;
    const auto periodStart = sys_days { end } - days { options.days - 1 };
    std::set<std::string> usedIds;
    for (int i = 0; i < options.patients; ++i) {
        Random r = random.fork("patient/" + std::to_string(i));
        const std::string key = "patient/" + std::to_string(i);
        domain::Patient p;
        p.meta = { demoId(options, key), 1, false, domain::Origin::Demo };
        const bool female = r.chance(0.52);
        p.sex = female ? domain::Sex::Female : domain::Sex::Male;
        p.givenName
            = std::string(female ? r.pick(names::femaleGiven()) : r.pick(names::maleGiven()));
        p.familyName = std::string(r.pick(names::family()));
        const int age = 58 + r.integer(0, 34);
        const auto birthYearStart
            = year_month_day { year { int(end.year()) - age - 1 }, month { 1 }, day { 1 } };
        p.birthDate = year_month_day { sys_days { birthYearStart } + days { r.integer(0, 364) } };
        for (int start = r.integer(0, 499);; start = (start + 7) % 500) {
            auto number = domain::makeSyntheticFodselsnummer(p.birthDate, p.sex, start);
            if (number && usedIds.insert(*number).second) {
                p.nationalId = *number;
                break;
            }
        }
        const auto &place = r.pick(names::places());
        p.address = std::string(r.pick(names::streets())) + " " + std::to_string(r.integer(1, 80));
        p.postalCode = std::string(place.postalCode);
        p.city = std::string(place.city);
        p.municipality = std::string(place.municipality);
        p.phoneMobile = r.chance(0.85) ? mobileNumber(r) : "";
        p.phoneHome
            = r.chance(0.3) ? "71 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) : "";
        p.serviceId = cohort.service.meta.id;
        p.gpId = cohort.gps[std::size_t(r.integer(0, int(cohort.gps.size()) - 1))].meta.id;

        // Most were enrolled before the period; some joined during it and some of those are
        // still in their trial period (the first three weeks).
        const int enrolledDay
            = r.chance(0.8) ? -r.integer(30, 700) : r.integer(0, options.days - 3);
        const auto enrolled = periodStart + days { enrolledDay };
        p.enrolledAtMillis
            = time::toEpochMillis(time::fromOslo(year_month_day { enrolled }, hours { 10 }));
        p.status = (sys_days { end } - enrolled).count() < 21 ? domain::FollowUpStatus::Trial
                                                              : domain::FollowUpStatus::Active;

        const auto programmes = chooseProgrammes(r);
        for (std::size_t k = 0; k < programmes.size(); ++k)
            p.diagnoses.push_back(diagnosisFor(programmes[k], r,
                demoId(options, key + "/diagnosis/" + std::to_string(k)), k == 0));
        if (r.chance(0.35))
            p.diagnoses.push_back(diagnosis(demoId(options, key + "/diagnosis/htn"), "I10",
                "Essensiell (primær) hypertensjon", false));

        const auto relative = [&](const std::string &relation, bool helps) {
            domain::ContactPerson c;
            c.meta
                = { demoId(options, key + "/contact/" + relation), 1, false, domain::Origin::Demo };
            const bool femaleRelative = r.chance(0.5);
            c.name = std::string(
                         femaleRelative ? r.pick(names::femaleGiven()) : r.pick(names::maleGiven()))
                + " "
                + (relation == "ektefelle" ? p.familyName : std::string(r.pick(names::family())));
            c.relation = relation;
            c.phone = mobileNumber(r);
            c.nextOfKin = relation != "hjemmetjenesten";
            c.helpsMeasure = helps;
            p.contacts.push_back(c);
        };
        if (r.chance(0.55))
            relative("ektefelle", r.chance(0.3));
        if (r.chance(0.6))
            relative(r.chance(0.5) ? "datter" : "sønn", false);
        if (age > 80 && r.chance(0.4)) {
            domain::ContactPerson c;
            c.meta = { demoId(options, key + "/contact/hjemmetjenesten"), 1, false,
                domain::Origin::Demo };
            c.name = "Hjemmetjenesten " + p.city;
            c.relation = "hjemmetjenesten";
            c.phone = "71 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2);
            c.helpsMeasure = true;
            p.contacts.push_back(c);
        }
        cohort.patients.push_back(std::move(p));
        cohort.programmes.push_back(programmes);
        cohort.nurseOfPatient.push_back(r.integer(0, int(cohort.nurses.size()) - 1));
    }
}

void addSchedules(Cohort &cohort)
{
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        const auto &patient = cohort.patients[i];
        const auto firstOfPatient = cohort.schedule.size();
        // An item two programmes ask for is measured as often and as early as the stricter asks.
        auto add = [&](const std::string &item, int daysOfWeek, std::optional<int> dueBy) {
            for (auto k = firstOfPatient; k < cohort.schedule.size(); ++k) {
                auto &existing = cohort.schedule[k];
                if (existing.item != item)
                    continue;
                existing.daysOfWeek |= daysOfWeek;
                if (dueBy && (!existing.dueByMinute || *dueBy < *existing.dueByMinute))
                    existing.dueByMinute = dueBy;
                return;
            }
            domain::ScheduleEntry e;
            e.meta = { parts::demoId(cohort.options, "schedule/" + std::to_string(i) + "/" + item),
                1, false, domain::Origin::Demo };
            e.patientId = patient.meta.id;
            e.item = item;
            e.daysOfWeek = daysOfWeek;
            e.dueByMinute = dueBy;
            cohort.schedule.push_back(e);
        };
        for (auto programme : cohort.programmes[i]) {
            switch (programme) {
            case Programme::Copd:
                add("spo2", domain::everyDay, 11 * 60);
                add("pulse", domain::everyDay, 11 * 60);
                add("question:dyspne-verre", domain::everyDay, 11 * 60);
                add("question:hoste-mer", domain::everyDay, 11 * 60);
                add("question:oppspytt", domain::everyDay, 11 * 60);
                add("temperature", domain::mondayAndThursday, 12 * 60);
                break;
            case Programme::HeartFailure:
                add("weight", domain::everyDay, 10 * 60);
                add("bp_systolic", domain::everyDay, 11 * 60);
                add("pulse", domain::everyDay, 11 * 60);
                add("question:hevelse-bein", domain::mondayAndThursday, 11 * 60);
                add("question:dyspne-verre", domain::mondayAndThursday, 11 * 60);
                break;
            case Programme::Diabetes:
                add("glucose", domain::everyDay, 10 * 60);
                add("bp_systolic", domain::mondayAndThursday, 11 * 60);
                add("weight", 1, 11 * 60);
                break;
            case Programme::Cancer:
                add("temperature", domain::everyDay, 12 * 60);
                add("pulse", domain::everyDay, 12 * 60);
                add("spo2", domain::everyDay, 12 * 60);
                add("question:feber", domain::everyDay, 12 * 60);
                add("question:slapp", domain::everyDay, 12 * 60);
                break;
            }
        }
    }
}

} // namespace varde::demo::parts
