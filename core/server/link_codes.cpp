// link_code: normalize and hash, register, end, and the fields the server owns.
#include "core/server/link_codes.h"

#include "core/common/uuid.h"
#include "core/server/secrets.h"

#include <cctype>

namespace varde::server
{

std::string normalizeLinkCode(std::string_view code)
{
    std::string out;
    for (const char c : code)
        if (c != '-' && !std::isspace(static_cast<unsigned char>(c)))
            out += char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string linkCodeHash(std::string_view code)
{
    return tokenHash("varde link code\n" + normalizeLinkCode(code));
}

Result<std::vector<std::string>> registerLinkCode(PgConnection &db, const LinkCodeRecord &code)
{
    auto written = db.exec(
        "INSERT INTO link_code AS l (id, service_id, patient_id, code_hash, expires_at, "
        "created_by) VALUES ($1, $2, $3, $4, least(to_timestamp($5::bigint / 1000.0), now() + "
        "interval '15 days'), $6) ON CONFLICT (id) DO UPDATE SET expires_at = "
        "least(l.expires_at, excluded.expires_at) WHERE l.service_id = excluded.service_id "
        "RETURNING (xmax = 0)",
        { code.id, code.serviceId, code.patientId, linkCodeHash(code.code),
            std::to_string(code.expiresAtMillis),
            isUuid(code.createdBy) ? PgParam { code.createdBy } : PgParam {} });
    if (!written)
        return fail(written.error());
    std::vector<std::string> ended;
    if (written->rows() == 0 || written->text(0, 0) != "t")
        return ended; // known already (or another service's id: left alone)
    auto older = db.exec("UPDATE link_code SET expires_at = now() WHERE patient_id = $1 AND id "
                         "<> $2 AND used_at IS NULL AND expires_at > now() RETURNING id",
        { code.patientId, code.id });
    if (!older)
        return fail(older.error());
    for (int i = 0; i < older->rows(); ++i)
        ended.push_back(older->text(i, 0));
    return ended;
}

Result<> endLinkCode(PgConnection &db, const std::string &id, const std::string &serviceId)
{
    auto ok = db.exec("UPDATE link_code SET expires_at = least(expires_at, now()) WHERE id = $1 "
                      "AND service_id = $2",
        { id, serviceId });
    if (!ok)
        return fail(ok.error());
    return {};
}

Result<Poco::JSON::Object::Ptr> linkCodeServerFields(
    PgConnection &db, const std::string &id, const std::string &serviceId)
{
    auto row = db.exec("SELECT (extract(epoch FROM used_at) * 1000)::bigint, (extract(epoch FROM "
                       "expires_at) * 1000)::bigint FROM link_code WHERE id = $1 AND service_id "
                       "= $2",
        { id, serviceId });
    if (!row)
        return fail(row.error());
    if (row->rows() != 1)
        return Poco::JSON::Object::Ptr();
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object;
    fields->set(
        "used_at", row->isNull(0, 0) ? Poco::Dynamic::Var() : Poco::Dynamic::Var(row->int64(0, 0)));
    fields->set("expires_at", row->int64(0, 1));
    return fields;
}

} // namespace varde::server
