// FHIR OperationOutcome rendering and the status a set of issues answers with.
#include "core/server/fhir_outcome.h"

#include "core/common/json_text.h"

#include <charconv>

namespace varde::server
{

OutcomeIssue issue(std::string code, std::string expression, std::string diagnostics)
{
    return OutcomeIssue { std::move(code), std::move(diagnostics), std::move(expression) };
}

std::string operationOutcomeJson(const std::vector<OutcomeIssue> &issues)
{
    std::string out = "{\"resourceType\":\"OperationOutcome\",\"issue\":[";
    for (std::size_t i = 0; i < issues.size(); ++i) {
        const auto &item = issues[i];
        out += (i ? ",{" : "{");
        out += "\"severity\":" + jsonString(item.severity) + ",\"code\":" + jsonString(item.code)
            + ",\"diagnostics\":" + jsonString(item.diagnostics);
        if (!item.expression.empty())
            out += ",\"expression\":[" + jsonString(item.expression) + "]";
        out += "}";
    }
    return out + "]}";
}

Response outcomeResponse(int status, const std::vector<OutcomeIssue> &issues)
{
    Response r = jsonResponse(status, operationOutcomeJson(issues));
    r.contentType = "application/fhir+json";
    return r;
}

int statusForIssues(const std::vector<OutcomeIssue> &issues)
{
    bool conflict = false;
    for (const auto &item : issues) {
        if (item.severity != "error")
            continue;
        if (item.code == "forbidden")
            return 403;
        conflict = conflict || item.code == "conflict";
    }
    return conflict ? 409 : 400;
}

std::string jsonNumber(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc())
        return "0";
    return std::string(buffer, end);
}

} // namespace varde::server
