#pragma once
// One page of the server's change feed (GET /v1/feed), parsed: the changes in feed order, the
// cursor after them, whether more can be read now, or "resync" (the cursor is not of the
// server's history: start again from the beginning; rows are idempotent by id and version).

#include "core/common/result.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace varde::sync
{

struct FeedChange {
    std::string entity;
    std::string entityId;
    std::string op;
    Poco::JSON::Object::Ptr payload;
    std::int64_t seq = 0;
};

struct FeedPage {
    std::vector<FeedChange> changes;
    std::string cursor;
    bool more = false;
    bool resync = false;
};

// InvalidArgument (with the reason) for anything that is not a feed page.
Result<FeedPage> parseFeedPage(const std::string &body);

} // namespace varde::sync
