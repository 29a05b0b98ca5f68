// The ingest routes: authenticate the device, read the body, resolve patients, store in one
// transaction, answer per resource or per Bundle entry.
#include "core/server/fhir_ingest.h"

#include "core/server/device_auth.h"
#include "core/server/fhir_bundle.h"
#include "core/server/fhir_search.h"
#include "core/server/fhir_store.h"

#include "core/common/json_text.h"

#include <Poco/JSON/Stringifier.h>

#include <iostream>
#include <sstream>

namespace varde::server
{
namespace
{

using Type = IngestEntry::Type;
using Outcome = StoreResult::Outcome;

// A serialization failure or deadlock is retried with the whole transaction; parsing is not
// repeated.
constexpr int maxAttempts = 3;

Response unauthorized(const std::string &detail)
{
    auto r = outcomeResponse(401, { issue("login", "", detail) });
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
    return r;
}

// Operator log: what failed and the SQLSTATE only, never bodies or values.
Response internalError(const PgConnection &db, const char *what, const Error &error)
{
    std::cerr << "varde-server: ingest: " << what << " failed: " << errorCodeName(error.code)
              << (db.lastState().empty() ? "" : " SQLSTATE " + db.lastState()) << "\n";
    if (error.code == ErrorCode::Io)
        return outcomeResponse(503,
            { issue("transient", "",
                "the database is not reachable; nothing was stored, "
                "send again later") });
    return outcomeResponse(
        500, { issue("exception", "", "the request could not be stored; nothing was stored") });
}

std::string statusText(int status)
{
    switch (status) {
    case 200:
        return "200 OK";
    case 201:
        return "201 Created";
    case 403:
        return "403 Forbidden";
    case 409:
        return "409 Conflict";
    default:
        return std::to_string(status) + " Bad Request";
    }
}

const char *typeName(Type type)
{
    return type == Type::Observation ? "Observation" : "QuestionnaireResponse";
}

OutcomeIssue duplicateNote(Type type, const std::string &id)
{
    auto note = issue("duplicate", "",
        std::string(type == Type::Observation ? "an " : "a ") + typeName(type)
            + " with this identifier is stored already as " + typeName(type) + "/" + id
            + "; it was not stored again");
    note.severity = "information";
    return note;
}

OutcomeIssue conflictIssue(const IngestEntry &entry, const StoreItem &item)
{
    const bool fromRequest = entry.ifNoneExist.has_value();
    const auto path = fromRequest
        ? entry.path.substr(0, entry.path.rfind(".resource")) + ".request.ifNoneExist"
        : entry.path + ".identifier";
    return issue("conflict", path,
        "the identifier (system " + item.key.value_or(IngestKey {}).system
            + ") already names a resource of another patient or another type; not stored");
}

struct Stored {
    StoreSummary summary;
    bool committed = false;
};

bool retryable(const PgConnection &db)
{
    return db.lastState() == "40001" || db.lastState() == "40P01";
}

// All items in one transaction. With `allOrNothing`, a conflicting key rolls everything back.
Result<Stored> storeAll(PgConnection &db,
    const Principal &device,
    const std::vector<StoreItem> &items,
    bool allOrNothing)
{
    for (int attempt = 1;; ++attempt) {
        auto tx = PgTransaction::begin(db);
        if (!tx)
            return fail(tx.error());
        auto summary = storeResources(db, device, items);
        if (!summary) {
            if (retryable(db) && attempt < maxAttempts)
                continue;
            return fail(summary.error());
        }
        Stored stored { std::move(*summary), false };
        if (allOrNothing)
            for (const auto &result : stored.summary.results)
                if (result.outcome == Outcome::Conflict)
                    return stored; // rolled back by tx's destructor
        if (auto ok = tx->commit(); !ok) {
            if (retryable(db) && attempt < maxAttempts)
                continue;
            return fail(ok.error());
        }
        stored.committed = true;
        return stored;
    }
}

std::string entryResponse(
    int status, const std::string &location, const std::vector<OutcomeIssue> &outcome)
{
    std::string out = "{\"response\":{\"status\":" + jsonString(statusText(status));
    if (!location.empty())
        out += ",\"location\":" + jsonString(location);
    if (!outcome.empty())
        out += ",\"outcome\":" + operationOutcomeJson(outcome);
    return out + "}}";
}

OutcomeIssue information(const std::string &code, const std::string &text)
{
    auto note = issue(code, "", text);
    note.severity = "information";
    return note;
}

Response bundleResponse(const IngestRequest &request,
    const Principal &device,
    const std::vector<StoreItem> &items,
    const std::vector<std::optional<std::size_t>> &itemOf,
    const StoreSummary &summary)
{
    std::string body = std::string("{\"resourceType\":\"Bundle\",\"type\":")
        + (request.kind == IngestRequest::Kind::Batch ? "\"batch-response\""
                                                      : "\"transaction-response\"")
        + ",\"entry\":[";
    for (std::size_t i = 0; i < request.entries.size(); ++i) {
        const auto &entry = request.entries[i];
        body += i ? "," : "";
        if (!entry.issues.empty()) {
            body += entryResponse(statusForIssues(entry.issues), "", entry.issues);
        } else if (entry.type == Type::Patient) {
            body += entryResponse(200, "Patient/" + device.patientId, {});
        } else if (entry.type == Type::Device) {
            body += entryResponse(200, "",
                { information("informational",
                    "Device entries are not stored: the Observations that name a device are "
                    "stored with source \"device\"") });
        } else if (entry.observation && entry.observation->ignoredReason) {
            body += entryResponse(
                200, "", { information("informational", *entry.observation->ignoredReason) });
        } else if (itemOf[i]) {
            const auto &result = summary.results[*itemOf[i]];
            const auto location = std::string(typeName(entry.type)) + "/" + result.resourceId;
            if (result.outcome == Outcome::Created)
                body += entryResponse(201, location, {});
            else if (result.outcome == Outcome::Duplicate)
                body += entryResponse(
                    200, location, { duplicateNote(entry.type, result.resourceId) });
            else
                body += entryResponse(409, "", { conflictIssue(entry, items[*itemOf[i]]) });
        }
    }
    Response r = jsonResponse(200, body + "]}");
    r.contentType = "application/fhir+json";
    return r;
}

// 201 answers with an OperationOutcome naming the new id unless the sender asks otherwise
// (Prefer: return=representation echoes the resource with its id, return=minimal sends no
// body): the echo would carry the fødselsnummer back over the wire for nothing.
Response singleResponse(const Request &request,
    const IngestEntry &entry,
    Poco::JSON::Object::Ptr root,
    const StoreResult &result)
{
    const auto name = std::string(typeName(entry.type));
    Response r;
    if (result.outcome == Outcome::Duplicate) {
        r = outcomeResponse(200, { duplicateNote(entry.type, result.resourceId) });
    } else if (request.header("prefer").find("return=representation") != std::string::npos) {
        root->set("id", result.resourceId);
        std::ostringstream text;
        Poco::JSON::Stringifier::condense(root, text);
        r = jsonResponse(201, text.str());
        r.contentType = "application/fhir+json";
    } else if (request.header("prefer").find("return=minimal") != std::string::npos) {
        r = jsonResponse(201, "");
    } else {
        r = outcomeResponse(
            201, { information("informational", "stored as " + name + "/" + result.resourceId) });
    }
    r.headers.emplace_back("Location", "/v1/fhir/" + name + "/" + result.resourceId);
    return r;
}

// `single` is "Observation" or "QuestionnaireResponse" for their own address, "" for a Bundle.
Response ingest(ServerContext &context, const Request &request, const std::string &single)
{
    ++context.metrics.ingestRequests;
    auto lease = context.pool.acquire();
    if (!lease)
        return outcomeResponse(503,
            { issue("transient", "", "the server is busy; nothing was stored, send again later") });
    PgConnection &db = **lease;
    auto device = authenticateDevice(db, request);
    if (!device) {
        if (device.error().code == ErrorCode::NotAllowed)
            return unauthorized(device.error().detail);
        return internalError(db, "device authentication", device.error());
    }

    std::vector<OutcomeIssue> bodyIssues;
    const auto root = parseJsonObject(request.body, bodyIssues);
    if (!root)
        return outcomeResponse(400, bodyIssues);
    auto read
        = single.empty() ? readBundle(root, time::now()) : readSingle(root, single, time::now());
    if (!read.issues.empty())
        return outcomeResponse(statusForIssues(read.issues), read.issues);
    PatientResolver resolver(db, *device);
    if (auto ok = resolvePatients(read, resolver); !ok)
        return internalError(db, "patient lookup", ok.error());
    const bool allOrNothing = read.kind != IngestRequest::Kind::Batch;
    if (allOrNothing && read.anyIssue()) {
        const auto issues = read.allIssues();
        return outcomeResponse(statusForIssues(issues), issues);
    }

    std::vector<StoreItem> items;
    std::vector<std::optional<std::size_t>> itemOf(read.entries.size());
    for (std::size_t i = 0; i < read.entries.size(); ++i) {
        const auto &entry = read.entries[i];
        if (!entry.storable())
            continue;
        StoreItem item;
        item.observation = entry.observation ? &*entry.observation : nullptr;
        item.response = entry.observation ? nullptr : &*entry.response;
        item.key = entry.ifNoneExist ? entry.ifNoneExist
            : entry.observation      ? entry.observation->identifier
                                     : entry.response->identifier;
        itemOf[i] = items.size();
        items.push_back(item);
    }
    auto stored = storeAll(db, *device, items, allOrNothing);
    if (!stored)
        return internalError(db, "storing", stored.error());
    if (!stored->committed) {
        std::vector<OutcomeIssue> conflicts;
        for (std::size_t i = 0; i < read.entries.size(); ++i)
            if (itemOf[i] && stored->summary.results[*itemOf[i]].outcome == Outcome::Conflict)
                conflicts.push_back(conflictIssue(read.entries[i], items[*itemOf[i]]));
        return outcomeResponse(409, conflicts);
    }
    context.metrics.ingested += stored->summary.measurements;

    if (read.kind != IngestRequest::Kind::Single)
        return bundleResponse(read, *device, items, itemOf, stored->summary);
    const auto &entry = read.entries.front();
    if (entry.observation && entry.observation->ignoredReason)
        return outcomeResponse(
            200, { information("informational", *entry.observation->ignoredReason) });
    return singleResponse(request, entry, root, stored->summary.results.front());
}

} // namespace

void addIngestRoutes(Router &router, ServerContext &context)
{
    router.add("POST", "/v1/fhir/Observation",
        [&context](const Request &request) { return ingest(context, request, "Observation"); });
    router.add("POST", "/v1/fhir/QuestionnaireResponse", [&context](const Request &request) {
        return ingest(context, request, "QuestionnaireResponse");
    });
    router.add("POST", "/v1/fhir",
        [&context](const Request &request) { return ingest(context, request, ""); });
    addObservationSearchRoutes(router, context);
}

} // namespace varde::server
