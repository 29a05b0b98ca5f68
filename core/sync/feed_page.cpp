#include "core/sync/feed_page.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace varde::sync
{

Result<FeedPage> parseFeedPage(const std::string &body)
{
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
        FeedPage page;
        if (root->has("resync") && root->getValue<bool>("resync")) {
            page.resync = true;
            return page;
        }
        page.cursor = root->getValue<std::string>("cursor");
        page.more = root->has("more") && root->getValue<bool>("more");
        const auto changes = root->getArray("changes");
        if (!changes)
            return fail(ErrorCode::InvalidArgument, "feed page: no changes array");
        page.changes.reserve(changes->size());
        for (std::size_t i = 0; i < changes->size(); ++i) {
            const auto c = changes->getObject(unsigned(i));
            if (!c)
                return fail(ErrorCode::InvalidArgument, "feed page: a change is not an object");
            FeedChange change;
            change.entity = c->getValue<std::string>("entity");
            change.entityId = c->getValue<std::string>("entity_id");
            change.op = c->getValue<std::string>("op");
            change.payload = c->getObject("payload");
            if (!change.payload)
                return fail(ErrorCode::InvalidArgument, "feed page: a change has no payload");
            if (c->has("seq"))
                change.seq = c->getValue<std::int64_t>("seq");
            page.changes.push_back(std::move(change));
        }
        return page;
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "feed page: " + e.displayText());
    } catch (const std::exception &e) {
        return fail(ErrorCode::InvalidArgument, std::string("feed page: ") + e.what());
    }
}

} // namespace varde::sync
