#pragma once
// Link codes on the server (schema v6, table link_code). A workstation makes a code for a
// patient's app or gateway and pushes it as a link_code mutation; the server keeps only its
// hash (SHA-256 of the normalized form) for POST /v1/devices/enrol, which exchanges it once
// for a device credential (device_enrol.h).
//
// Rules kept here, whoever pushes: the expiry is at most 15 days ahead (the workstation gives
// 14); a later push can shorten it, never lengthen it; a new code of a patient ends the
// patient's older unused codes (only the newest is valid, as on the workstation); used_at is
// the server's alone.
//
// The plain code is not kept in this table, but it is in the complete link_code row and the
// feed (entity_rows.h): the service's other workstations show it to their nurses, and a
// workstation's INSERT OR REPLACE needs it. It is worth nothing once used or expired.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace varde::server
{

// Upper case, without '-' and blanks: "abcd-efgh" and "ABCDEFGH" are one code.
std::string normalizeLinkCode(std::string_view code);
std::string linkCodeHash(std::string_view code); // of the normalized form

struct LinkCodeRecord {
    std::string id;
    std::string serviceId;
    std::string patientId;
    std::string code; // as sent
    std::int64_t expiresAtMillis = 0;
    std::string createdBy; // a user's id
};

// Registers a code (or shortens a known one's expiry). For a new code, the ids of the
// patient's older codes it ended (their rows are fed again by the caller).
Result<std::vector<std::string>> registerLinkCode(PgConnection &db, const LinkCodeRecord &code);

// Ends a code now (a workstation deleted it).
Result<> endLinkCode(PgConnection &db, const std::string &id, const std::string &serviceId);

// used_at (epoch ms or null) and expires_at of a code of `serviceId`, to lay over its row;
// null when the server has no such code.
Result<Poco::JSON::Object::Ptr> linkCodeServerFields(
    PgConnection &db, const std::string &id, const std::string &serviceId);

} // namespace varde::server
