#include "core/sync/feed_page.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

namespace varde::sync
{
namespace
{

Error pageError(const std::string &what)
{
    return { ErrorCode::InvalidArgument, "feed page: " + what };
}

Result<bool> boolean(JsonScanner &in, const std::string &key)
{
    auto v = in.scalar();
    if (!v)
        return fail(v.error());
    if (v->type != FlatValue::Type::Bool)
        return fail(pageError(key + " is not true or false"));
    return v->boolean;
}

Result<Poco::JSON::Object::Ptr> pocoObject(std::string_view text)
{
    try {
        Poco::JSON::Parser parser;
        auto object = parser.parse(std::string(text)).extract<Poco::JSON::Object::Ptr>();
        if (!object)
            return fail(pageError("a payload is not an object"));
        return object;
    } catch (const Poco::Exception &e) {
        return fail(pageError("a payload: " + e.displayText()));
    } catch (const std::exception &e) {
        return fail(pageError(std::string("a payload: ") + e.what()));
    }
}

Result<FeedChange> change(JsonScanner &in)
{
    if (auto ok = in.expect('{'); !ok)
        return fail(pageError("a change is not an object"));
    FeedChange out;
    std::optional<std::string_view> payload;
    std::size_t fields = 0;
    bool flatKnown = false;
    if (!in.consume('}'))
        for (;;) {
            auto key = in.string();
            if (!key)
                return fail(key.error());
            if (auto ok = in.expect(':'); !ok)
                return fail(ok.error());
            if (*key == "payload") {
                // The entity usually comes first; a flat payload is read as it is met.
                if (!out.entity.empty() && hasFlatPayload(out.entity)) {
                    auto flat = in.flatObject();
                    if (!flat)
                        return fail(flat.error());
                    if (!*flat)
                        return fail(pageError("a " + out.entity + " payload is not flat"));
                    out.flat = std::move(*flat);
                    flatKnown = true;
                } else {
                    auto raw = in.raw();
                    if (!raw)
                        return fail(raw.error());
                    payload = *raw;
                }
            } else if (*key == "entity" || *key == "entity_id" || *key == "op") {
                auto text = in.string();
                if (!text)
                    return fail(pageError(*key + ": " + text.error().detail));
                (*key == "entity"             ? out.entity
                        : *key == "entity_id" ? out.entityId
                                              : out.op)
                    = std::move(*text);
                ++fields;
            } else if (*key == "seq") {
                auto v = in.scalar();
                if (!v)
                    return fail(v.error());
                FlatRow one;
                one.fields.emplace_back("seq", std::move(*v));
                auto seq = one.integer("seq", 0);
                if (!seq)
                    return fail(pageError("seq is not an integer"));
                out.seq = *seq;
            } else if (auto skipped = in.raw(); !skipped) {
                return fail(skipped.error());
            }
            if (in.consume(','))
                continue;
            if (auto ok = in.expect('}'); !ok)
                return fail(ok.error());
            break;
        }
    if (fields < 3)
        return fail(pageError("a change lacks entity, entity_id or op"));
    if (!flatKnown && !payload)
        return fail(pageError("a change has no payload"));
    if (payload) {
        if (hasFlatPayload(out.entity)) {
            JsonScanner inner(*payload);
            auto flat = inner.flatObject();
            if (!flat)
                return fail(flat.error());
            if (!*flat)
                return fail(pageError("a " + out.entity + " payload is not flat"));
            out.flat = std::move(*flat);
        } else {
            auto object = pocoObject(*payload);
            if (!object)
                return fail(object.error());
            out.payload = *object;
        }
    }
    return out;
}

} // namespace

bool hasFlatPayload(std::string_view entity)
{
    return entity == "measurement" || entity == "questionnaire_answer";
}

namespace
{

Result<FeedPage> parsePage(const std::string &body)
{
    JsonScanner in(body);
    FeedPage page;
    bool hasCursor = false;
    bool hasChanges = false;
    if (auto ok = in.expect('{'); !ok)
        return fail(pageError("not a JSON object"));
    if (!in.consume('}'))
        for (;;) {
            auto key = in.string();
            if (!key)
                return fail(key.error());
            if (auto ok = in.expect(':'); !ok)
                return fail(ok.error());
            if (*key == "cursor") {
                auto cursor = in.string();
                if (!cursor)
                    return fail(pageError("cursor: " + cursor.error().detail));
                page.cursor = std::move(*cursor);
                hasCursor = true;
            } else if (*key == "more" || *key == "resync") {
                auto flag = boolean(in, *key);
                if (!flag)
                    return fail(flag.error());
                (*key == "more" ? page.more : page.resync) = *flag;
            } else if (*key == "changes") {
                if (auto ok = in.expect('['); !ok)
                    return fail(pageError("changes is not an array"));
                hasChanges = true;
                if (!in.consume(']'))
                    for (;;) {
                        auto c = change(in);
                        if (!c)
                            return fail(c.error());
                        page.changes.push_back(std::move(*c));
                        if (in.consume(','))
                            continue;
                        if (auto ok = in.expect(']'); !ok)
                            return fail(ok.error());
                        break;
                    }
            } else if (auto skipped = in.raw(); !skipped) {
                return fail(skipped.error());
            }
            if (in.consume(','))
                continue;
            if (auto ok = in.expect('}'); !ok)
                return fail(ok.error());
            break;
        }
    if (!in.atEnd())
        return fail(pageError("text after the page"));
    if (page.resync) {
        page.changes.clear();
        return page;
    }
    if (!hasCursor)
        return fail(pageError("no cursor"));
    if (!hasChanges)
        return fail(pageError("no changes array"));
    return page;
}

} // namespace

Result<FeedPage> parseFeedPage(const std::string &body)
{
    auto page = parsePage(body);
    if (!page && page.error().detail.rfind("feed page: ", 0) != 0)
        return fail(pageError(page.error().detail));
    return page;
}

} // namespace varde::sync
