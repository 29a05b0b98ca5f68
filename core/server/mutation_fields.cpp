// Payload fields, JSON from the database, and scope for the mutation handlers.
#include "core/server/mutation_fields.h"

#include "core/common/uuid.h"
#include "core/server/scope.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace varde::server::mutation
{

std::optional<std::string> text(const Poco::JSON::Object::Ptr &payload, const std::string &key)
{
    if (!payload->has(key) || payload->isNull(key))
        return std::string();
    const auto value = payload->get(key);
    if (!value.isString())
        return std::nullopt;
    return value.extract<std::string>();
}

std::optional<std::int64_t> integer(
    const Poco::JSON::Object::Ptr &payload, const std::string &key, std::int64_t otherwise)
{
    if (!payload->has(key) || payload->isNull(key))
        return otherwise;
    const auto value = payload->get(key);
    if (!value.isInteger())
        return std::nullopt;
    return value.convert<std::int64_t>();
}

std::string json(const Poco::Dynamic::Var &value)
{
    if (value.isEmpty())
        return "null";
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}

Poco::JSON::Object::Ptr parseObject(const std::string &text)
{
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

bool idMatches(const Mutation &m)
{
    const auto id = text(m.payload, "id");
    return isUuid(m.entityId) && id && (id->empty() || *id == m.entityId);
}

bool rowMatches(const Mutation &m)
{
    if (!m.row)
        return true;
    const auto id = text(m.row, "id");
    return id && (id->empty() || *id == m.entityId);
}

Result<std::optional<std::string>> serviceOfPatient(
    PgConnection &db, const Principal &who, const std::string &patientId)
{
    if (auto ok = mayReadPatient(db, who, patientId); !ok) {
        if (ok.error().code == ErrorCode::NotAllowed)
            return std::optional<std::string>();
        return fail(ok.error());
    }
    auto row = db.exec("SELECT service_id FROM patient WHERE id = $1", { patientId });
    if (!row)
        return fail(row.error());
    return std::optional<std::string>(row->text(0, 0));
}

MutationOutcome notYours()
{
    return refused("not_allowed", "not a patient or record you may change");
}

MutationOutcome malformed(const std::string &what) { return refused("malformed", what); }

bool isStaff(const Principal &who) { return who.hasRole("nurse") || who.hasRole("leader"); }

} // namespace varde::server::mutation
