// Reading a single resource or a Bundle into entries, and resolving their patients.
#include "core/server/fhir_bundle.h"

#include <map>

namespace varde::server
{
namespace
{

using Poco::JSON::Object;
using Type = IngestEntry::Type;

Type typeOf(const std::string &resourceType)
{
    if (resourceType == "Observation")
        return Type::Observation;
    if (resourceType == "QuestionnaireResponse")
        return Type::QuestionnaireResponse;
    if (resourceType == "Patient")
        return Type::Patient;
    if (resourceType == "Device")
        return Type::Device;
    return Type::Other;
}

void readResource(IngestEntry &entry, const Object::Ptr &resource, time::Instant now)
{
    const auto resourceType = stringField(resource, "resourceType").value_or("");
    entry.type = typeOf(resourceType);
    entry.resourceId = stringField(resource, "id").value_or("");
    switch (entry.type) {
    case Type::Observation: {
        auto parsed = parseObservation(resource, entry.path, now);
        entry.observation = std::move(parsed.observation);
        entry.issues = std::move(parsed.issues);
        break;
    }
    case Type::QuestionnaireResponse: {
        auto parsed = parseQuestionnaireResponse(resource, entry.path, now);
        entry.response = std::move(parsed.response);
        entry.issues = std::move(parsed.issues);
        break;
    }
    case Type::Patient:
        entry.patient = readPatientResource(resource, entry.path, entry.issues);
        break;
    case Type::Device:
        break;
    case Type::Other:
        entry.issues.push_back(issue("not-supported", entry.path + ".resourceType",
            resourceType.empty() ? std::string("resourceType is missing")
                                 : "resourceType " + resourceType
                    + " is not accepted here: only Observation, QuestionnaireResponse, and "
                      "Patient and Device entries that name the sender"));
        break;
    }
}

// The Patient entry a subject names inside the Bundle, if any.
const IngestEntry *bundlePatient(
    const PatientReference &subject, const std::map<std::string, const IngestEntry *> &patients)
{
    std::string key;
    if (subject.form == PatientReference::Form::BundleEntry)
        key = subject.fullUrl;
    else if (subject.form == PatientReference::Form::ResourceId)
        key = "Patient/" + subject.resourceId;
    else
        return nullptr;
    const auto found = patients.find(key);
    return found == patients.end() ? nullptr : found->second;
}

} // namespace

bool IngestRequest::anyIssue() const
{
    if (!issues.empty())
        return true;
    for (const auto &entry : entries)
        if (!entry.issues.empty())
            return true;
    return false;
}

std::vector<OutcomeIssue> IngestRequest::allIssues() const
{
    auto out = issues;
    for (const auto &entry : entries)
        out.insert(out.end(), entry.issues.begin(), entry.issues.end());
    return out;
}

IngestRequest readSingle(
    const Poco::JSON::Object::Ptr &root, const std::string &type, time::Instant now)
{
    IngestRequest request;
    IngestEntry entry;
    entry.path = type;
    if (stringField(root, "resourceType").value_or("") != type) {
        request.issues.push_back(issue("structure", type + ".resourceType",
            "resourceType must be " + type + " at this address (Bundles go to /v1/fhir)"));
        return request;
    }
    readResource(entry, root, now);
    request.entries.push_back(std::move(entry));
    return request;
}

IngestRequest readBundle(const Poco::JSON::Object::Ptr &root, time::Instant now)
{
    IngestRequest request;
    if (stringField(root, "resourceType").value_or("") != "Bundle") {
        request.issues.push_back(issue("structure", "Bundle.resourceType",
            "resourceType must be Bundle at /v1/fhir (single resources go to "
            "/v1/fhir/Observation or /v1/fhir/QuestionnaireResponse)"));
        return request;
    }
    const auto type = stringField(root, "type").value_or("");
    if (type == "batch") {
        request.kind = IngestRequest::Kind::Batch;
    } else if (type == "transaction") {
        request.kind = IngestRequest::Kind::Transaction;
    } else {
        request.issues.push_back(issue("not-supported", "Bundle.type",
            "Bundle.type must be batch or transaction"
                + (type.empty() ? "" : " (was " + type + ")")));
        return request;
    }
    const auto entries = arrayField(root, "entry");
    if (entries && entries->size() > maxBundleEntries) {
        request.issues.push_back(issue("too-costly", "Bundle.entry",
            "Bundle.entry has " + std::to_string(entries->size()) + " entries; at most "
                + std::to_string(maxBundleEntries) + " are accepted in one Bundle"));
        return request;
    }
    for (std::size_t i = 0; entries && i < entries->size(); ++i) {
        IngestEntry entry;
        const auto base = "Bundle.entry[" + std::to_string(i) + "]";
        entry.path = base + ".resource";
        const auto item = objectAt(entries, i);
        entry.fullUrl = stringField(item, "fullUrl").value_or("");
        const auto resource = objectField(item, "resource");
        const auto call = objectField(item, "request");
        const auto method = stringField(call, "method");
        if (const auto condition = stringField(call, "ifNoneExist"))
            entry.ifNoneExist = keyFromIfNoneExist(*condition);
        if (!resource) {
            entry.issues.push_back(issue("required", entry.path,
                "resource is missing: Varde accepts only entries that create a resource"));
        } else {
            readResource(entry, resource, now);
            const bool creates
                = entry.type == Type::Observation || entry.type == Type::QuestionnaireResponse;
            if (creates && method && *method != "POST")
                entry.issues.push_back(issue("not-supported", base + ".request.method",
                    "request.method " + *method
                        + " is not supported for measurements and answers: they are only "
                          "created (POST), never changed"));
        }
        request.entries.push_back(std::move(entry));
    }
    return request;
}

Result<> resolvePatients(IngestRequest &request, PatientResolver &resolver)
{
    using Match = PatientResolver::Match;
    // Patient entries by fullUrl and by "Patient/<id>", resolved first.
    std::map<std::string, const IngestEntry *> patients;
    std::map<const IngestEntry *, Match> matches;
    for (auto &entry : request.entries) {
        if (entry.type != Type::Patient)
            continue;
        if (!entry.fullUrl.empty())
            patients[entry.fullUrl] = &entry;
        if (!entry.resourceId.empty())
            patients["Patient/" + entry.resourceId] = &entry;
        if (!entry.issues.empty())
            continue;
        auto match = resolver.resolve(entry.patient);
        if (!match)
            return fail(match.error());
        matches[&entry] = *match;
        if (*match != Match::Own)
            entry.issues.push_back(PatientResolver::issueFor(*match, entry.path));
    }
    for (auto &entry : request.entries) {
        const PatientReference *subject = entry.observation ? &entry.observation->subject
            : entry.response                                ? &entry.response->subject
                                                            : nullptr;
        if (!subject || subject->form == PatientReference::Form::Missing
            || (entry.observation && entry.observation->ignoredReason))
            continue;
        const auto expression = entry.path + ".subject";
        if (const auto *named = bundlePatient(*subject, patients)) {
            const auto found = matches.find(named);
            if (found == matches.end())
                entry.issues.push_back(issue("not-found", expression,
                    "subject names a Patient entry of this Bundle that could not be read"));
            else if (found->second != Match::Own)
                entry.issues.push_back(PatientResolver::issueFor(found->second, expression));
            continue;
        }
        if (subject->form == PatientReference::Form::BundleEntry) {
            entry.issues.push_back(issue("not-found", expression,
                "subject.reference names no Patient entry of this Bundle (its fullUrl)"));
            continue;
        }
        auto match = resolver.resolve(*subject);
        if (!match)
            return fail(match.error());
        if (*match != Match::Own)
            entry.issues.push_back(PatientResolver::issueFor(*match, expression));
    }
    return {};
}

} // namespace varde::server
