// Observation → FhirObservation: codes, units, plausible range, time, patient, identifier.
#include "core/server/fhir_observation.h"

#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <array>
#include <sstream>

namespace varde::server
{
namespace
{

using domain::KindId;
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::array acceptedStatuses { "final", "amended", "corrected", "preliminary" };

// MDC attributes that PHD gateways report as Observations beside the measurements (the
// coincident time stamp of the device's clock, battery state): status, not measurements.
// Partition 1 (object attributes) × 65536 + term code, as the PHD IG writes MDC codes.
constexpr std::array<std::string_view, 5> deviceStatusCodes {
    "67975", // MDC_ATTR_TIME_ABS: the device's absolute clock
    "67983", // MDC_ATTR_TIME_REL
    "68072", // MDC_ATTR_TIME_REL_HI_RES
    "67996", // MDC_ATTR_VAL_BATT_CHARGE
    "67976", // MDC_ATTR_TIME_BATT_REMAIN
};

// UCUM codes worth naming in an error; the kind catalogue decides which of them fit a kind.
constexpr std::array<std::string_view, 10> commonUnits { "%", "/min", "mm[Hg]", "kg", "g",
    "[lb_av]", "Cel", "[degF]", "mmol/L", "mg/dL" };

struct Recognised {
    enum class What { Nothing, Kind, Panel, DeviceStatus };
    What what = What::Nothing;
    KindId kind = KindId::OxygenSaturation;
    std::string code;
};

bool isLoincShaped(std::string_view code) { return code.find('-') != std::string_view::npos; }
bool isMdcShaped(std::string_view code)
{
    return !code.empty() && code.find_first_not_of("0123456789") == std::string_view::npos;
}

// LOINC codings first, then MDC, each in the order sent: the first code we know decides.
Recognised recognise(const Array::Ptr &coding)
{
    for (const auto system : { loincSystem, mdcSystem }) {
        for (std::size_t i = 0; coding && i < coding->size(); ++i) {
            const auto entry = objectAt(coding, i);
            const auto code = stringField(entry, "code");
            if (!code || stringField(entry, "system").value_or("") != system)
                continue;
            const bool shaped = system == loincSystem ? isLoincShaped(*code) : isMdcShaped(*code);
            if (!shaped)
                continue;
            if (domain::isBloodPressurePanel(*code))
                return { Recognised::What::Panel, KindId::Systolic, *code };
            if (const auto kind = domain::kindForCode(*code))
                return { Recognised::What::Kind, *kind, *code };
            if (system == mdcSystem
                && std::find(deviceStatusCodes.begin(), deviceStatusCodes.end(), *code)
                    != deviceStatusCodes.end())
                return { Recognised::What::DeviceStatus, KindId::OxygenSaturation, *code };
        }
    }
    return {};
}

std::string codingText(const Array::Ptr &coding)
{
    std::string out;
    for (std::size_t i = 0; coding && i < coding->size(); ++i) {
        const auto entry = objectAt(coding, i);
        out += (out.empty() ? "" : ", ") + stringField(entry, "system").value_or("(no system)")
            + "|" + stringField(entry, "code").value_or("(no code)");
    }
    return out;
}

std::string knownCodesText()
{
    std::string out;
    for (const auto &kind : domain::allKinds()) {
        out += (out.empty() ? "" : "; ") + std::string(kind.key) + " ";
        for (std::size_t i = 0; i < kind.codes.size(); ++i)
            out += (i ? "/" : "") + std::string(kind.codes[i]);
    }
    return out + "; blood-pressure panel 85354-9/55284-4/150020 with components";
}

std::string jsonText(const Array::Ptr &array)
{
    if (!array)
        return "[]";
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(array, out);
    return out.str();
}

std::string acceptedUnits(KindId kind)
{
    std::string out;
    for (const auto unit : commonUnits)
        if (domain::toCanonical(kind, 1.0, unit))
            out += (out.empty() ? "" : ", ") + std::string(unit);
    return out;
}

std::string kindLabel(KindId kind) { return std::string(domain::kindInfo(kind).key); }

// The valueQuantity of `holder` (the Observation or one component) as a value of `kind`.
std::optional<ObservedValue> readQuantity(const Object::Ptr &holder,
    KindId kind,
    const std::string &code,
    const Array::Ptr &coding,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues)
{
    const auto path = expression + ".valueQuantity";
    const auto quantity = objectField(holder, "valueQuantity");
    if (!quantity) {
        std::string why
            = "valueQuantity is missing: a " + kindLabel(kind) + " needs a number with a UCUM unit";
        if (holder->has("dataAbsentReason"))
            why += " (dataAbsentReason was given: an observation without a value is not stored)";
        else
            for (const auto &[key, value] : *holder)
                if (key.rfind("value", 0) == 0 && key != "valueQuantity") {
                    why += " (" + key + " was given instead)";
                    break;
                }
        issues.push_back(issue("required", path, why));
        return std::nullopt;
    }
    bool ok = true;
    const auto value = numberField(quantity, "value");
    if (!value) {
        issues.push_back(issue(quantity->has("value") ? "value" : "required", path + ".value",
            "valueQuantity.value must be a number"));
        ok = false;
    }
    if (quantity->has("comparator")) {
        issues.push_back(issue("value", path + ".comparator",
            "valueQuantity.comparator is set: a bound (<, >) is not a measured value"));
        ok = false;
    }
    const auto system = stringField(quantity, "system");
    if (system && *system != ucumSystem) {
        issues.push_back(issue("code-invalid", path + ".system",
            "valueQuantity.system must be " + std::string(ucumSystem) + " (UCUM)"));
        ok = false;
    }
    const auto unit = stringField(quantity, "code");
    if (!unit || unit->empty()) {
        issues.push_back(issue("required", path + ".code",
            "valueQuantity.code is missing: give the UCUM code (" + acceptedUnits(kind) + " for "
                + kindLabel(kind) + "); the display text in valueQuantity.unit is not read"));
        return std::nullopt;
    }
    const auto canonical = domain::toCanonical(kind, value.value_or(0), normaliseUcum(*unit));
    if (!canonical) {
        issues.push_back(issue("code-invalid", path + ".code",
            "valueQuantity.code '" + *unit + "' is not a unit of " + kindLabel(kind)
                + " that Varde converts; accepted UCUM codes (case-sensitive): "
                + acceptedUnits(kind)));
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    if (!domain::isPlausible(kind, *canonical)) {
        const auto &info = domain::kindInfo(kind);
        std::string shown = jsonNumber(*value) + " " + *unit;
        if (normaliseUcum(*unit) != info.canonicalUnit)
            shown += " (" + jsonNumber(*canonical) + " " + std::string(info.canonicalUnit) + ")";
        issues.push_back(issue("value", path + ".value",
            "valueQuantity.value " + shown + " is outside the plausible range of " + kindLabel(kind)
                + " (" + jsonNumber(info.plausibleMin) + " to " + jsonNumber(info.plausibleMax)
                + " " + std::string(info.canonicalUnit) + "): a measurement error, not stored"));
        return std::nullopt;
    }
    return ObservedValue { kind, code, jsonText(coding), *value, *unit, *canonical };
}

void readPanel(const Object::Ptr &resource,
    const std::string &expression,
    FhirObservation &obs,
    std::vector<OutcomeIssue> &issues)
{
    const auto components = arrayField(resource, "component");
    bool systolic = false, diastolic = false;
    for (std::size_t i = 0; components && i < components->size(); ++i) {
        const auto component = objectAt(components, i);
        const auto coding = arrayField(objectField(component, "code"), "coding");
        const auto known = recognise(coding);
        // Extra components (mean pressure 8478-0, pulse pressure) are accepted, not stored:
        // no kind of the catalogue holds them.
        if (known.what != Recognised::What::Kind)
            continue;
        bool &seen = known.kind == KindId::Systolic ? systolic : diastolic;
        const bool pressure = known.kind == KindId::Systolic || known.kind == KindId::Diastolic;
        if (pressure && seen)
            continue; // a second systolic is the same value again in another code
        const auto path = expression + ".component[" + std::to_string(i) + "]";
        if (auto value = readQuantity(component, known.kind, known.code, coding, path, issues))
            obs.values.push_back(std::move(*value));
        if (pressure)
            seen = true;
    }
    if (!systolic || !diastolic)
        issues.push_back(issue("required", expression + ".component",
            "component: a blood-pressure panel needs a systolic (8480-6) and a diastolic "
            "(8462-4) component with valueQuantity in mm[Hg]"));
}

void readEffective(const Object::Ptr &resource,
    const std::string &expression,
    time::Instant now,
    FhirObservation &obs,
    std::vector<OutcomeIssue> &issues)
{
    std::optional<FhirTime> when;
    if (const auto text = stringField(resource, "effectiveDateTime"))
        when = readFhirTime(*text, now, expression + ".effectiveDateTime", issues);
    else if (const auto instant = stringField(resource, "effectiveInstant"))
        when = readFhirTime(*instant, now, expression + ".effectiveInstant", issues);
    else if (const auto period = objectField(resource, "effectivePeriod")) {
        if (const auto start = stringField(period, "start"))
            when = readFhirTime(*start, now, expression + ".effectivePeriod.start", issues);
        else
            issues.push_back(issue("required", expression + ".effectivePeriod.start",
                "effectivePeriod.start is missing: the start of the period is when it was "
                "measured"));
    } else if (resource->has("effectiveTiming")) {
        issues.push_back(issue("not-supported", expression + ".effectiveTiming",
            "effectiveTiming is not supported: give effectiveDateTime with a zone offset"));
    } else {
        issues.push_back(issue("required", expression + ".effective[x]",
            "effective[x] is missing: give effectiveDateTime with a zone offset (or a date, or "
            "effectivePeriod.start); without a time a measurement cannot be judged"));
    }
    if (when)
        obs.effective = *when;
}

std::string sourceOf(const Object::Ptr &resource)
{
    if (resource->has("device"))
        return "device";
    if (const auto performers = arrayField(resource, "performer"))
        for (std::size_t i = 0; i < performers->size(); ++i)
            if (stringField(objectAt(performers, i), "reference")
                    .value_or("")
                    .rfind("RelatedPerson", 0)
                == 0)
                return "helper";
    return "patient";
}

} // namespace

std::string normaliseUcum(std::string_view code)
{
    std::string out;
    int depth = 0;
    for (char c : code) {
        if (c == '{')
            ++depth;
        else if (c == '}' && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    // UCUM defines both "l" and "L" as the litre.
    if (out.size() >= 2 && out.back() == 'l'
        && (out[out.size() - 2] == '/' || out[out.size() - 2] == 'd'))
        out.back() = 'L';
    return out;
}

ObservationParse parseObservation(
    const Poco::JSON::Object::Ptr &resource, const std::string &expression, time::Instant now)
{
    ObservationParse out;
    auto &obs = out.observation;
    auto &issues = out.issues;
    if (stringField(resource, "resourceType").value_or("") != "Observation") {
        issues.push_back(
            issue("structure", expression + ".resourceType", "resourceType must be Observation"));
        return out;
    }
    const auto coding = arrayField(objectField(resource, "code"), "coding");
    const auto known = recognise(coding);
    if (known.what == Recognised::What::DeviceStatus) {
        obs.ignoredReason = "code " + known.code
            + " is the device's clock or battery status, not a home measurement: not stored";
        return out;
    }

    const auto status = stringField(resource, "status");
    if (!status)
        issues.push_back(issue("required", expression + ".status",
            "status is missing: final, amended, corrected or preliminary are stored"));
    else if (std::find(acceptedStatuses.begin(), acceptedStatuses.end(), *status)
        == acceptedStatuses.end())
        issues.push_back(issue("business-rule", expression + ".status",
            "status '" + *status
                + "' is not stored: only final, amended, corrected or preliminary"));

    if (!coding || coding->size() == 0)
        issues.push_back(issue("required", expression + ".code.coding",
            "code.coding is missing: give the LOINC code of the measurement"));
    else if (known.what == Recognised::What::Nothing)
        issues.push_back(issue("code-invalid", expression + ".code.coding",
            "code.coding has no code Varde knows (" + codingText(coding)
                + "); known LOINC and MDC codes: " + knownCodesText()));
    else if (known.what == Recognised::What::Panel) {
        obs.panelCode = known.code;
        readPanel(resource, expression, obs, issues);
    } else if (auto value
        = readQuantity(resource, known.kind, known.code, coding, expression, issues)) {
        obs.values.push_back(std::move(*value));
    }

    obs.identifier = readIdentifier(resource->get("identifier"));
    obs.subject = readPatientReference(resource->get("subject"), expression + ".subject", issues);
    readEffective(resource, expression, now, obs, issues);
    obs.source = sourceOf(resource);
    return out;
}

} // namespace varde::server
