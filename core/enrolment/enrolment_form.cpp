#include "core/enrolment/enrolment_form.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/national_id.h"
#include "core/domain/questionnaire.h"

#include <array>
#include <cctype>

namespace varde::enrolment
{
namespace
{

constexpr std::array<ReferralSource, 4> allSources { ReferralSource::Gp, ReferralSource::Hospital,
    ReferralSource::AllocationOffice, ReferralSource::Other };

bool blank(std::string_view text) { return text.find_first_not_of(" \t") == std::string::npos; }

std::string nationalIdMessage(const std::string &detail)
{
    if (detail.find("11 digits") != std::string::npos)
        return "Fødselsnummeret må ha 11 sifre";
    if (detail.find("check digit") != std::string::npos)
        return "Fødselsnummeret har feil kontrollsiffer; sjekk at det er skrevet riktig";
    if (detail.find("no such date") != std::string::npos)
        return "Fødselsnummeret inneholder ingen gyldig dato";
    if (detail.find("synthetic") != std::string::npos)
        return "Syntetiske fødselsnummer brukes bare i demodata";
    return "Fødselsnummeret er ikke gyldig";
}

} // namespace

std::string_view referralSourceKey(ReferralSource source)
{
    switch (source) {
    case ReferralSource::Gp:
        return "gp";
    case ReferralSource::Hospital:
        return "hospital";
    case ReferralSource::AllocationOffice:
        return "allocation_office";
    case ReferralSource::Other:
        return "other";
    }
    return "other";
}

std::optional<ReferralSource> referralSourceFromKey(std::string_view key)
{
    for (auto s : allSources)
        if (referralSourceKey(s) == key)
            return s;
    return std::nullopt;
}

bool isPhoneNumber(std::string_view text)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+' && i == 0)
            digits += "00";
        else if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c != ' ')
            return false;
    }
    if (digits.rfind("0047", 0) == 0)
        digits = digits.substr(4);
    return digits.size() == 8;
}

bool isDiagnosisCode(domain::CodeSystem system, std::string_view code)
{
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (code.size() < 3 || !upper(code[0]) || !digit(code[1]) || !digit(code[2]))
        return false;
    if (system == domain::CodeSystem::Icpc2)
        return code.size() == 3;
    if (code.size() == 3)
        return true;
    if (code[3] != '.' || code.size() < 5 || code.size() > 6)
        return false;
    for (std::size_t i = 4; i < code.size(); ++i)
        if (!digit(code[i]))
            return false;
    return true;
}

std::vector<FieldError> validateForm(const EnrolmentForm &form, std::chrono::year_month_day today)
{
    std::vector<FieldError> out;
    const auto add = [&](std::string field, FieldProblem problem, std::string message) {
        out.push_back({ std::move(field), problem, std::move(message) });
    };
    if (blank(form.nationalId))
        add("national_id", FieldProblem::Missing, "Fødselsnummer eller D-nummer mangler");
    else {
        auto options = domain::defaultNationalIdOptions(today);
        options.allowSynthetic = form.demo;
        if (auto id = domain::parseNationalId(form.nationalId, options); !id)
            add("national_id", FieldProblem::Invalid, nationalIdMessage(id.error().detail));
    }
    if (blank(form.givenName))
        add("given_name", FieldProblem::Missing, "Fornavn mangler");
    if (blank(form.familyName))
        add("family_name", FieldProblem::Missing, "Etternavn mangler");
    if (blank(form.address))
        add("address", FieldProblem::Missing, "Adresse mangler");
    if (form.postalCode.size() != 4
        || form.postalCode.find_first_not_of("0123456789") != std::string::npos)
        add("postal_code", blank(form.postalCode) ? FieldProblem::Missing : FieldProblem::Invalid,
            "Postnummeret må ha fire sifre");
    if (blank(form.city))
        add("city", FieldProblem::Missing, "Poststed mangler");
    if (blank(form.municipality))
        add("municipality", FieldProblem::Missing, "Kommune mangler");
    if (blank(form.phoneMobile) && blank(form.phoneHome))
        add("phone_mobile", FieldProblem::Missing,
            "Minst ett telefonnummer trengs: tjenesten må kunne ringe pasienten");
    if (!blank(form.phoneMobile) && !isPhoneNumber(form.phoneMobile))
        add("phone_mobile", FieldProblem::Invalid, "Mobilnummeret må ha 8 sifre");
    if (!blank(form.phoneHome) && !isPhoneNumber(form.phoneHome))
        add("phone_home", FieldProblem::Invalid, "Telefonnummeret må ha 8 sifre");
    for (std::size_t i = 0; i < form.contacts.size(); ++i) {
        const auto &c = form.contacts[i];
        const auto at = "contacts[" + std::to_string(i) + "].";
        if (blank(c.name))
            add(at + "name", FieldProblem::Missing,
                "Pårørende nr. " + std::to_string(i + 1) + ": navn mangler");
        if (blank(c.relation))
            add(at + "relation", FieldProblem::Missing,
                "Pårørende nr. " + std::to_string(i + 1) + ": rolle mangler (for eksempel datter)");
        if (!isPhoneNumber(c.phone))
            add(at + "phone", blank(c.phone) ? FieldProblem::Missing : FieldProblem::Invalid,
                "Pårørende nr. " + std::to_string(i + 1) + ": telefonnummeret må ha 8 sifre");
    }
    if (blank(form.gpId))
        add("gp", FieldProblem::Missing, "Velg pasientens fastlege fra listen");
    if (form.diagnoses.empty())
        add("diagnoses", FieldProblem::Missing, "Minst én diagnose trengs");
    for (std::size_t i = 0; i < form.diagnoses.size(); ++i) {
        const auto &d = form.diagnoses[i];
        const auto at = "diagnoses[" + std::to_string(i) + "].";
        if (!isDiagnosisCode(d.system, d.code))
            add(at + "code", blank(d.code) ? FieldProblem::Missing : FieldProblem::Invalid,
                d.system == domain::CodeSystem::Icd10
                    ? "Diagnosekoden må være en ICD-10-kode som J44.1"
                    : "Diagnosekoden må være en ICPC-2-kode som R95");
        if (blank(d.text))
            add(at + "text", FieldProblem::Missing, "Diagnosen mangler tekst");
    }
    if (!form.referralDate)
        add("referral_date", FieldProblem::Missing, "Datoen for henvisningen mangler");
    else if (!form.referralDate->ok())
        add("referral_date", FieldProblem::Invalid, "Datoen for henvisningen er ikke gyldig");
    else if (std::chrono::sys_days { *form.referralDate } > std::chrono::sys_days { today })
        add("referral_date", FieldProblem::InFuture,
            "Henvisningen kan ikke være datert fram i tid");
    if (form.referralSource != ReferralSource::Other && blank(form.referrerName))
        add("referrer", FieldProblem::Missing, "Hvem henviste? Navnet mangler");
    if (blank(form.responsibleNurseId))
        add("responsible_nurse", FieldProblem::Missing, "Velg ansvarlig sykepleier");
    if (form.schedule.empty())
        add("schedule", FieldProblem::Missing, "Velg minst én måling å starte med");
    for (std::size_t i = 0; i < form.schedule.size(); ++i) {
        const auto &item = form.schedule[i];
        const bool known = item.item.rfind("question:", 0) == 0
            ? domain::findQuestion(item.item.substr(9)) != nullptr
            : domain::kindForKey(item.item).has_value();
        if (!known || (item.daysOfWeek & domain::everyDay) == 0)
            add("schedule[" + std::to_string(i) + "]", FieldProblem::Invalid,
                "Målingen i måleplanen er ukjent eller har ingen dager");
    }
    if (form.trialWeeks < plan::minTrialWeeks || form.trialWeeks > plan::maxTrialWeeks)
        add("trial_weeks", FieldProblem::OutOfRange, "Oppstartsperioden må være 2–4 uker");
    return out;
}

} // namespace varde::enrolment
