// Reading the patient, time and identifier fields that Observation and QuestionnaireResponse
// share, and safe JSON field access.
#include "core/server/fhir_fields.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <cmath>

namespace varde::server
{
namespace
{

using Poco::JSON::Array;
using Poco::JSON::Object;

// "Bundle.entry[3].resource.subject" and "Observation.subject" both name the field "subject".
std::string fieldName(const std::string &expression)
{
    const auto resource = expression.find(".resource.");
    if (resource != std::string::npos)
        return expression.substr(resource + 10);
    const auto dot = expression.find('.');
    return dot == std::string::npos ? expression : expression.substr(dot + 1);
}

std::string digitsOnly(std::string_view text)
{
    std::string out;
    for (char c : text)
        if (c != ' ')
            out += c;
    return out;
}

bool isNationalIdSystem(std::string_view system)
{
    return system == fodselsnummerSystem || system == dNummerSystem;
}

// Fills `out` from an identifier's system and value; the value is never quoted in an issue.
void readNationalId(std::string_view system,
    std::string_view value,
    const std::string &expression,
    PatientReference &out,
    std::vector<OutcomeIssue> &issues)
{
    const auto field = fieldName(expression);
    if (!isNationalIdSystem(system)) {
        issues.push_back(issue("code-invalid", expression + ".system",
            field + ".system must be " + std::string(fodselsnummerSystem) + " (fødselsnummer) or "
                + std::string(dNummerSystem) + " (D-nummer)"));
        return;
    }
    const auto digits = digitsOnly(value);
    if (digits.size() != 11 || digits.find_first_not_of("0123456789") != std::string::npos) {
        issues.push_back(issue("value", expression + ".value", field + ".value must be 11 digits"));
        return;
    }
    out.form = PatientReference::Form::NationalId;
    out.nationalId = digits;
}

void readReferenceText(const std::string &text,
    const std::string &expression,
    PatientReference &out,
    std::vector<OutcomeIssue> &issues)
{
    const auto field = fieldName(expression);
    if (text.rfind("urn:uuid:", 0) == 0) {
        out.form = PatientReference::Form::BundleEntry;
        out.fullUrl = text;
        return;
    }
    const auto conditional = text.find("Patient?");
    if (conditional != std::string::npos) {
        const auto key = keyFromIfNoneExist(std::string_view(text).substr(conditional + 8));
        if (!key) {
            issues.push_back(issue("value", expression,
                field + " must be Patient?identifier=<system>|<value> when conditional"));
            return;
        }
        readNationalId(key->system, key->value, expression + ".identifier", out, issues);
        return;
    }
    // "Patient/<id>", "Patient/<id>/_history/2" or an absolute URL ending so.
    const auto at = text.rfind("Patient/");
    if (at != std::string::npos && (at == 0 || text[at - 1] == '/')) {
        auto id = text.substr(at + 8);
        id = id.substr(0, id.find('/'));
        if (!id.empty()) {
            out.form = PatientReference::Form::ResourceId;
            out.resourceId = id;
            return;
        }
    }
    issues.push_back(issue("value", expression,
        field
            + " must name a Patient: Patient/<id>, urn:uuid:<entry> or a fødselsnummer "
              "identifier"));
}

} // namespace

PatientReference readPatientReference(const Poco::Dynamic::Var &value,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues)
{
    PatientReference out;
    const auto field = fieldName(expression);
    if (value.isEmpty()) {
        issues.push_back(issue("required", expression,
            field + " is missing: name the patient by fødselsnummer identifier or Patient/<id>"));
        return out;
    }
    if (value.type() != typeid(Object::Ptr)) {
        issues.push_back(issue("structure", expression, field + " must be a Reference object"));
        return out;
    }
    const auto reference = value.extract<Object::Ptr>();
    if (const auto text = stringField(reference, "reference")) {
        readReferenceText(*text, expression + ".reference", out, issues);
        return out;
    }
    if (const auto identifier = objectField(reference, "identifier")) {
        readNationalId(stringField(identifier, "system").value_or(""),
            stringField(identifier, "value").value_or(""), expression + ".identifier", out, issues);
        return out;
    }
    issues.push_back(issue("required", expression,
        field
            + " has neither reference nor identifier: name the patient by fødselsnummer "
              "identifier or Patient/<id>"));
    return out;
}

PatientReference readPatientResource(const Poco::JSON::Object::Ptr &patient,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues)
{
    PatientReference out;
    if (const auto identifiers = arrayField(patient, "identifier"))
        for (std::size_t i = 0; i < identifiers->size(); ++i) {
            const auto identifier = objectAt(identifiers, i);
            const auto system = stringField(identifier, "system");
            if (system && isNationalIdSystem(*system)) {
                readNationalId(*system, stringField(identifier, "value").value_or(""),
                    expression + ".identifier[" + std::to_string(i) + "]", out, issues);
                return out;
            }
        }
    if (const auto id = stringField(patient, "id"); id && !id->empty()) {
        out.form = PatientReference::Form::ResourceId;
        out.resourceId = *id;
        return out;
    }
    issues.push_back(issue("required", expression + ".identifier",
        "Patient has no fødselsnummer or D-nummer identifier and no id"));
    return out;
}

std::optional<FhirTime> readFhirTime(std::string_view text,
    time::Instant now,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues)
{
    const auto field = fieldName(expression);
    const auto latest = now + futureTolerance;
    if (text.size() == 4 || text.size() == 7) {
        issues.push_back(issue("value", expression,
            field
                + " gives only a year or month; a day is needed (YYYY-MM-DD, best with a time "
                  "and offset)"));
        return std::nullopt;
    }
    if (text.size() == 10) {
        const auto date = time::parseIsoDate(text);
        if (!date) {
            issues.push_back(issue("value", expression,
                field + " is not a date (YYYY-MM-DD): " + date.error().detail));
            return std::nullopt;
        }
        if (std::chrono::sys_days(*date) > std::chrono::sys_days(time::osloDate(latest))) {
            issues.push_back(issue("business-rule", expression,
                field
                    + " is a date after today (Oslo time); a measurement cannot be from the "
                      "future"));
            return std::nullopt;
        }
        const auto noon = std::min(time::fromOslo(*date, std::chrono::hours { 12 }), now);
        return FhirTime { time::toEpochMillis(noon), true };
    }
    const auto instant = time::parseIsoInstant(text);
    if (!instant) {
        const bool noOffset = instant.error().detail.find("offset") != std::string::npos
            && instant.error().detail.find("expected an offset") == std::string::npos;
        issues.push_back(issue("value", expression,
            noOffset ? field
                    + " has a time without a zone offset (add Z or ±hh:mm, as FHIR "
                      "requires)"
                     : field + " is not a FHIR dateTime (YYYY-MM-DDThh:mm:ss±hh:mm): "
                    + instant.error().detail));
        return std::nullopt;
    }
    if (*instant > latest) {
        const auto ahead = std::chrono::duration_cast<std::chrono::minutes>(*instant - now);
        const auto hours = std::chrono::duration_cast<std::chrono::hours>(ahead).count();
        const auto aheadText = hours >= 48 ? std::to_string(hours / 24) + " days"
            : hours >= 2                   ? std::to_string(hours) + " hours"
                                           : std::to_string(ahead.count()) + " minutes";
        issues.push_back(issue("business-rule", expression,
            field + " is " + aheadText + " after the server's clock; more than "
                + std::to_string(futureTolerance.count())
                + " minutes ahead is refused (device clocks may drift that much, not more)"));
        return std::nullopt;
    }
    return FhirTime { time::toEpochMillis(*instant), false };
}

std::optional<IngestKey> readIdentifier(const Poco::Dynamic::Var &identifier)
{
    const auto keyOf = [](const Object::Ptr &object) -> std::optional<IngestKey> {
        const auto system = stringField(object, "system");
        const auto value = stringField(object, "value");
        if (system && value && !system->empty() && !value->empty())
            return IngestKey { *system, *value };
        return std::nullopt;
    };
    if (identifier.type() == typeid(Object::Ptr))
        return keyOf(identifier.extract<Object::Ptr>());
    if (identifier.type() == typeid(Array::Ptr)) {
        const auto list = identifier.extract<Array::Ptr>();
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto key = keyOf(objectAt(list, i)))
                return key;
    }
    return std::nullopt;
}

std::optional<IngestKey> keyFromIfNoneExist(std::string_view query)
{
    std::string_view rest = query;
    if (!rest.empty() && rest.front() == '?')
        rest.remove_prefix(1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const auto part = rest.substr(0, amp);
        if (part.rfind("identifier=", 0) == 0) {
            std::string decoded;
            try {
                Poco::URI::decode(std::string(part.substr(11)), decoded);
            } catch (const Poco::Exception &) {
                return std::nullopt;
            }
            const auto bar = decoded.find('|');
            if (bar == std::string::npos || bar == 0 || bar + 1 == decoded.size())
                return std::nullopt;
            return IngestKey { decoded.substr(0, bar), decoded.substr(bar + 1) };
        }
        if (amp == std::string_view::npos)
            break;
        rest.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

std::optional<std::string> stringField(
    const Poco::JSON::Object::Ptr &object, const std::string &key)
{
    if (!object)
        return std::nullopt;
    const auto value = object->get(key);
    if (value.isEmpty() || !value.isString())
        return std::nullopt;
    return value.extract<std::string>();
}

std::optional<double> numberField(const Poco::JSON::Object::Ptr &object, const std::string &key)
{
    if (!object)
        return std::nullopt;
    const auto value = object->get(key);
    if (value.isEmpty() || value.isString() || value.type() == typeid(bool) || !value.isNumeric())
        return std::nullopt;
    try {
        const double number = value.convert<double>();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    } catch (const Poco::Exception &) {
        return std::nullopt;
    }
}

Poco::JSON::Object::Ptr objectField(const Poco::JSON::Object::Ptr &object, const std::string &key)
{
    return object ? object->getObject(key) : nullptr;
}

Poco::JSON::Array::Ptr arrayField(const Poco::JSON::Object::Ptr &object, const std::string &key)
{
    return object ? object->getArray(key) : nullptr;
}

Poco::JSON::Object::Ptr objectAt(const Poco::JSON::Array::Ptr &array, std::size_t index)
{
    return array && index < array->size() ? array->getObject(unsigned(index)) : nullptr;
}

Poco::JSON::Object::Ptr parseJsonObject(const std::string &text, std::vector<OutcomeIssue> &issues)
{
    try {
        Poco::JSON::Parser parser;
        const auto value = parser.parse(text);
        if (value.type() == typeid(Object::Ptr))
            return value.extract<Object::Ptr>();
        issues.push_back(
            issue("structure", "", "the body must be one JSON object (a FHIR resource)"));
    } catch (const Poco::Exception &e) {
        // Poco's message names the position, not the content.
        issues.push_back(issue("structure", "", "the body is not valid JSON: " + e.message()));
    }
    return nullptr;
}

} // namespace varde::server
