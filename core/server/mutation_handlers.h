#pragma once
// One handler per kind of workstation mutation (entity): acknowledgement, audit_event,
// plan_version, plo_message, patient, enrolment, and one for the entities the server keeps only
// as complete rows (mutation_rows.cpp: diagnosis, contact_person, link_code, ...). Each checks the
// caller's role and scope (scope.h), writes its rows, an audit row (audit.h) and the change_log row
// other workstations of the service pull (change_log.h), inside the push's transaction.

#include "core/common/result.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>

namespace varde::server
{

struct Mutation {
    std::int64_t id = 0;
    std::string entity;
    std::string entityId;
    std::string op;
    Poco::JSON::Object::Ptr payload;
    std::string payloadText; // canonical (sorted keys): what the hash is taken of
    // The entity's complete local row at push time, or null (entity_rows.h). Not hashed: the
    // client reads it when it pushes, so a retry after a later local edit carries a newer row
    // and is still the same mutation.
    Poco::JSON::Object::Ptr row;
};

// What became of one mutation. Refused: the role or scope does not allow it, or the payload is
// malformed (reason: a short code, message: for the log; never another service's data).
// Conflict: it was made from a state that is no longer current; `fields` carries the current.
struct MutationOutcome {
    std::string status = "applied"; // "applied", "conflict", "refused"
    std::string reason;
    std::string message;
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object; // more answer fields
};

MutationOutcome refused(std::string reason, std::string message);

// Inside the caller's transaction. A failure is a database failure (the caller rolls back to
// its savepoint, or the whole push for a lost connection).
Result<MutationOutcome> applyMutation(PgConnection &db, const Principal &who, const Mutation &m);

// Patient id of a mutation for the audit trail ("" when none).
std::string mutationPatientId(const Mutation &m);

} // namespace varde::server
