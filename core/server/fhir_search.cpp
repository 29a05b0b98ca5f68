// Observation search and read for users: access check, date bounds, paging, FHIR rendering.
#include "core/server/fhir_search.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/server/auth.h"
#include "core/server/fhir_observation.h"
#include "core/server/fhir_outcome.h"
#include "core/server/scope.h"

#include <Poco/URI.h>

#include <iostream>
#include <limits>

namespace varde::server
{
namespace
{

constexpr int defaultCount = 50;
constexpr int maxCount = 500;

// The columns every query below selects, in this order.
constexpr const char *observationColumns
    = "coalesce(m.panel_id, m.id), m.patient_id, m.kind, m.value, m.unit, m.codes, "
      "(extract(epoch FROM m.measured_at) * 1000)::bigint, m.date_only, m.panel_code, "
      "(extract(epoch FROM m.received_at) * 1000)::bigint";

// Half-open [lower, upper) in epoch ms; empty = unbounded.
struct Bounds {
    std::optional<std::int64_t> lower;
    std::optional<std::int64_t> upper;
    void atLeast(std::int64_t v) { lower = lower ? std::max(*lower, v) : v; }
    void below(std::int64_t v) { upper = upper ? std::min(*upper, v) : v; }
};

Response notVisible()
{
    return outcomeResponse(404, { issue("not-found", "", "no such Observation") });
}

// 401 for a missing or invalid token, 503 when the database could not tell.
Response notAuthenticated(const Error &error)
{
    if (error.code != ErrorCode::NotAllowed)
        return outcomeResponse(
            503, { issue("transient", "", "sign-in could not be checked; try again") });
    auto r = outcomeResponse(401, { issue("login", "", error.detail) });
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
    return r;
}

Response dbError(const PgConnection &db, const Error &error)
{
    std::cerr << "varde-server: observation search failed: " << errorCodeName(error.code)
              << (db.lastState().empty() ? "" : " SQLSTATE " + db.lastState()) << "\n";
    return outcomeResponse(
        error.code == ErrorCode::Io ? 503 : 500, { issue("exception", "", "the search failed") });
}

// Adds one date=<prefix><value> to the bounds; an issue when it cannot be read.
std::optional<OutcomeIssue> addDate(std::string text, Bounds &bounds)
{
    std::string prefix = "eq";
    if (text.size() > 2 && std::isalpha(static_cast<unsigned char>(text[0]))) {
        prefix = text.substr(0, 2);
        text = text.substr(2);
    }
    // A '+' of an offset that was not percent-encoded may arrive as a space.
    for (auto &c : text)
        if (c == ' ')
            c = '+';
    std::int64_t first = 0, after = 0; // the value as [first, after)
    if (text.size() == 10) {
        const auto date = time::parseIsoDate(text);
        if (!date)
            return issue(
                "value", "date", "date " + text + " is not a date: " + date.error().detail);
        const auto next = std::chrono::sys_days(*date) + std::chrono::days { 1 };
        first = time::toEpochMillis(time::osloStartOfDay(*date));
        after = time::toEpochMillis(time::osloStartOfDay(time::LocalDate(next)));
    } else {
        const auto instant = time::parseIsoInstant(text);
        if (!instant)
            return issue("value", "date",
                "date must be YYYY-MM-DD (an Oslo day) or a dateTime with offset: "
                    + instant.error().detail);
        first = time::toEpochMillis(*instant);
        after = first + 1;
    }
    if (prefix == "eq") {
        bounds.atLeast(first);
        bounds.below(after);
    } else if (prefix == "ge") {
        bounds.atLeast(first);
    } else if (prefix == "gt") {
        bounds.atLeast(after);
    } else if (prefix == "le") {
        bounds.below(after);
    } else if (prefix == "lt") {
        bounds.below(first);
    } else {
        return issue("not-supported", "date",
            "date prefix " + prefix + " is not supported: use eq, ge, gt, le or lt");
    }
    return std::nullopt;
}

std::optional<int> intParameter(const Request &request, const std::string &name)
{
    const auto it = request.query.find(name);
    if (it == request.query.end())
        return std::nullopt;
    try {
        std::size_t used = 0;
        const long value = std::stol(it->second, &used);
        if (used != it->second.size() || value < 0 || value > std::numeric_limits<int>::max())
            return -1;
        return int(value);
    } catch (const std::exception &) {
        return -1;
    }
}

std::string quantity(const std::string &value, const std::string &unit)
{
    return "{\"value\":" + value + ",\"unit\":" + jsonString(unit)
        + ",\"system\":" + jsonString(ucumSystem) + ",\"code\":" + jsonString(unit) + "}";
}

std::string codeOf(const std::string &stored, const std::string &kind)
{
    // codes holds the coding list as sent (JSON); anything else gets the kind's own code.
    if (!stored.empty() && stored.front() == '[')
        return "{\"coding\":" + stored + "}";
    const auto id = domain::kindForKey(kind);
    const std::string code = id ? std::string(domain::kindInfo(*id).primaryCode) : kind;
    return "{\"coding\":[{\"system\":" + jsonString(loincSystem) + ",\"code\":" + jsonString(code)
        + "}]}";
}

// Rows [begin, end) of `rows` are one Observation (a panel's components share its id).
std::string renderObservation(const PgResult &rows, int begin, int end)
{
    const auto id = rows.text(begin, 0);
    const auto kind = rows.text(begin, 2);
    const auto measured = time::fromEpochMillis(rows.int64(begin, 6));
    const bool dateOnly = rows.text(begin, 7) == "t";
    const auto panelCode = rows.text(begin, 8);
    const std::string category = kind == "glucose" ? "laboratory" : "vital-signs";
    std::string out = "{\"resourceType\":\"Observation\",\"id\":" + jsonString(id)
        + ",\"status\":\"final\",\"category\":[{\"coding\":[{\"system\":\"http://"
          "terminology.hl7.org/CodeSystem/observation-category\",\"code\":"
        + jsonString(category) + "}]}]";
    if (panelCode.empty()) {
        out += ",\"code\":" + codeOf(rows.text(begin, 5), kind);
    } else {
        const bool loinc = panelCode.find('-') != std::string::npos;
        out += ",\"code\":{\"coding\":[{\"system\":" + jsonString(loinc ? loincSystem : mdcSystem)
            + ",\"code\":" + jsonString(panelCode) + "}]}";
    }
    out += ",\"subject\":{\"reference\":" + jsonString("Patient/" + rows.text(begin, 1)) + "}";
    out += ",\"effectiveDateTime\":"
        + jsonString(dateOnly ? time::formatIsoDate(time::osloDate(measured))
                              : time::formatIsoOslo(measured));
    out += ",\"issued\":"
        + jsonString(time::formatIsoUtc(time::fromEpochMillis(rows.int64(begin, 9))));
    if (panelCode.empty()) {
        out += ",\"valueQuantity\":" + quantity(rows.text(begin, 3), rows.text(begin, 4));
    } else {
        out += ",\"component\":[";
        for (int r = begin; r < end; ++r)
            out += std::string(r > begin ? "," : "")
                + "{\"code\":" + codeOf(rows.text(r, 5), rows.text(r, 2))
                + ",\"valueQuantity\":" + quantity(rows.text(r, 3), rows.text(r, 4)) + "}";
        out += "]";
    }
    return out + "}";
}

// Whether `user` may see `patientId`, by the one rule of scope.h; a patient that does not
// exist is simply not visible.
Result<bool> canSee(PgConnection &db, const Principal &user, const std::string &patientId)
{
    auto allowed = mayReadPatient(db, user, patientId);
    if (allowed)
        return true;
    if (allowed.error().code == ErrorCode::NotAllowed)
        return false;
    return fail(allowed.error());
}

Result<> audit(PgConnection &db,
    const Principal &user,
    const std::string &action,
    const std::string &patientId,
    const std::string &detail)
{
    auto ok = db.exec("INSERT INTO audit_event(actor_id, actor_kind, action, patient_id, detail) "
                      "VALUES ($1::uuid, 'user', $4, $2::uuid, $3)",
        { user.id, patientId, detail, action });
    if (!ok)
        return fail(ok.error());
    return {};
}

std::string encode(const std::string &value)
{
    std::string out;
    Poco::URI::encode(value, "+&=#?/:", out);
    return out;
}

std::string baseUrl(const Request &request)
{
    const auto host = request.header("host");
    return host.empty() ? std::string() : "https://" + host;
}

std::string pageLink(const Request &request, const std::string &patientId, int count, int offset)
{
    std::string url = baseUrl(request) + "/v1/fhir/Observation?patient=" + encode(patientId);
    const auto dates = request.queryAll.equal_range("date");
    for (auto it = dates.first; it != dates.second; ++it)
        url += "&date=" + encode(it->second);
    return url + "&_count=" + std::to_string(count) + "&_offset=" + std::to_string(offset);
}

Response search(ServerContext &context, const Request &request)
{
    auto user = authenticateUser(context, request);
    if (!user)
        return notAuthenticated(user.error());
    std::vector<OutcomeIssue> issues;
    auto patient = request.query.count("patient") ? request.query.at("patient") : std::string();
    if (patient.rfind("Patient/", 0) == 0)
        patient = patient.substr(8);
    if (patient.empty())
        issues.push_back(issue("required", "patient",
            "patient is required: Varde searches one patient's observations at a time"));
    else if (!isUuid(patient))
        issues.push_back(issue("value", "patient", "patient must be a Patient id (a UUID)"));
    Bounds bounds;
    const auto dates = request.queryAll.equal_range("date");
    for (auto it = dates.first; it != dates.second; ++it)
        if (auto problem = addDate(it->second, bounds))
            issues.push_back(*problem);
    const int count = intParameter(request, "_count").value_or(defaultCount);
    const int offset = intParameter(request, "_offset").value_or(0);
    if (count < 0 || count > maxCount)
        issues.push_back(issue("value", "_count",
            "_count must be a whole number from 0 to " + std::to_string(maxCount)));
    if (offset < 0)
        issues.push_back(issue("value", "_offset", "_offset must be a whole number from 0"));
    if (!issues.empty())
        return outcomeResponse(400, issues);

    auto lease = context.pool.acquire();
    if (!lease)
        return outcomeResponse(503, { issue("transient", "", "the server is busy; try again") });
    PgConnection &db = **lease;
    auto visible = canSee(db, *user, patient);
    if (!visible)
        return dbError(db, visible.error());

    std::string entries;
    std::int64_t total = 0;
    int returned = 0;
    if (*visible) {
        const PgParam lower = bounds.lower ? PgParam { std::to_string(*bounds.lower) } : PgParam {};
        const PgParam upper = bounds.upper ? PgParam { std::to_string(*bounds.upper) } : PgParam {};
        const std::string where
            = "patient_id = $1::uuid AND ($2::bigint IS NULL OR measured_at >= timestamptz "
              "'epoch' + $2::bigint * interval '1 millisecond') AND ($3::bigint IS NULL OR "
              "measured_at < timestamptz 'epoch' + $3::bigint * interval '1 millisecond')";
        auto counted = db.exec(
            "SELECT count(DISTINCT coalesce(panel_id, id)) FROM measurement WHERE " + where,
            { patient, lower, upper });
        if (!counted)
            return dbError(db, counted.error());
        total = counted->int64(0, 0);
        auto rows = db.exec("WITH page AS (SELECT coalesce(panel_id, id) AS rid, "
                            "min(measured_at) AS at FROM measurement WHERE "
                + where + " GROUP BY 1 ORDER BY at, rid LIMIT $4 OFFSET $5) SELECT "
                + observationColumns
                + " FROM page p JOIN measurement m ON m.patient_id = $1::uuid AND "
                  "m.measured_at = p.at AND coalesce(m.panel_id, m.id) = p.rid "
                  "ORDER BY p.at, p.rid, m.kind",
            { patient, lower, upper, std::to_string(count), std::to_string(offset) });
        if (!rows)
            return dbError(db, rows.error());
        const auto base = baseUrl(request);
        for (int begin = 0; begin < rows->rows();) {
            int end = begin + 1;
            while (end < rows->rows() && rows->text(end, 0) == rows->text(begin, 0))
                ++end;
            const auto id = rows->text(begin, 0);
            entries += std::string(returned ? "," : "") + "{\"fullUrl\":"
                + jsonString(base.empty() ? "urn:uuid:" + id : base + "/v1/fhir/Observation/" + id)
                + ",\"resource\":" + renderObservation(*rows, begin, end)
                + ",\"search\":{\"mode\":\"match\"}}";
            ++returned;
            begin = end;
        }
        if (auto ok = audit(db, *user, "observation.search", patient,
                "FHIR Observation search: " + std::to_string(returned) + " of "
                    + std::to_string(total));
            !ok)
            return dbError(db, ok.error());
    }
    std::string links = "{\"relation\":\"self\",\"url\":"
        + jsonString(pageLink(request, patient, count, offset)) + "}";
    if (offset + returned < total && count > 0)
        links += ",{\"relation\":\"next\",\"url\":"
            + jsonString(pageLink(request, patient, count, offset + count)) + "}";
    Response r = jsonResponse(200,
        "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + std::to_string(total)
            + ",\"link\":[" + links + "],\"entry\":[" + entries + "]}");
    r.contentType = "application/fhir+json";
    return r;
}

Response read(ServerContext &context, const Request &request)
{
    auto user = authenticateUser(context, request);
    if (!user)
        return notAuthenticated(user.error());
    const auto id = request.params.at("id");
    if (!isUuid(id))
        return notVisible();
    auto lease = context.pool.acquire();
    if (!lease)
        return outcomeResponse(503, { issue("transient", "", "the server is busy; try again") });
    PgConnection &db = **lease;
    auto rows = db.exec(std::string("SELECT ") + observationColumns
            + " FROM measurement m WHERE m.id = $1::uuid OR m.panel_id = $1::uuid ORDER BY m.kind",
        { id });
    if (!rows)
        return dbError(db, rows.error());
    if (rows->rows() == 0)
        return notVisible();
    const auto patient = rows->text(0, 1);
    auto visible = canSee(db, *user, patient);
    if (!visible)
        return dbError(db, visible.error());
    if (!*visible)
        return notVisible();
    if (auto ok = audit(db, *user, "observation.read", patient, "Observation/" + id); !ok)
        return dbError(db, ok.error());
    Response r = jsonResponse(200, renderObservation(*rows, 0, rows->rows()));
    r.contentType = "application/fhir+json";
    return r;
}

} // namespace

void addObservationSearchRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/v1/fhir/Observation",
        [&context](const Request &request) { return search(context, request); });
    router.add("GET", "/v1/fhir/Observation/:id",
        [&context](const Request &request) { return read(context, request); });
}

} // namespace varde::server
