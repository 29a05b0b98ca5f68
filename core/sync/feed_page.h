#pragma once
// One page of the server's change feed (GET /v1/feed), parsed: the changes in feed order, the
// cursor after them, whether more can be read now, or "resync" (the cursor is not of the
// server's history: start again from the beginning; rows are idempotent by id and version).
//
// Measurements and answers (nearly every change of a first sync) are read straight into flat
// rows by a small scanner (json_scan.h); the other entities' payloads are parsed by Poco.

#include "core/common/result.h"
#include "core/sync/json_scan.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace varde::sync
{

struct FeedChange {
    std::string entity;
    std::string entityId;
    std::string op;
    std::optional<FlatRow> flat; // measurement, questionnaire_answer
    Poco::JSON::Object::Ptr payload; // every other entity
    std::int64_t seq = 0;
};

struct FeedPage {
    std::vector<FeedChange> changes;
    std::string cursor;
    bool more = false;
    bool resync = false;
};

// True for the entities whose payloads are flat rows (change_log.h's contract).
bool hasFlatPayload(std::string_view entity);

// InvalidArgument (with the reason) for anything that is not a feed page.
Result<FeedPage> parseFeedPage(const std::string &body);

} // namespace varde::sync
