#pragma once
// Helpers the mutation handlers share: typed payload fields (absent and wrong type told apart),
// JSON text from the database as objects, and the caller's scope on a patient.

#include "core/common/result.h"
#include "core/server/mutation_handlers.h"

#include <optional>
#include <string>

namespace varde::server::mutation
{

// Absent or null: ""; a string: it; anything else: nullopt.
std::optional<std::string> text(const Poco::JSON::Object::Ptr &payload, const std::string &key);
// Absent or null: `otherwise`; an integer: it; anything else: nullopt.
std::optional<std::int64_t> integer(
    const Poco::JSON::Object::Ptr &payload, const std::string &key, std::int64_t otherwise = 0);
// Compact JSON of a value ("null" when absent).
std::string json(const Poco::Dynamic::Var &value);
Poco::JSON::Object::Ptr parseObject(const std::string &text);
// An "id" in the payload, when present, must name the mutation's entity_id, a UUID.
bool idMatches(const Mutation &m);
// The row's "id", when present, names the mutation's entity_id too.
bool rowMatches(const Mutation &m);

// The patient's service when `who` may read the patient, nullopt otherwise (also for a patient
// that does not exist, so a refusal never tells another service's patient from none).
Result<std::optional<std::string>> serviceOfPatient(
    PgConnection &db, const Principal &who, const std::string &patientId);

MutationOutcome notYours();
MutationOutcome malformed(const std::string &what);
bool isStaff(const Principal &who); // nurse or leader

Result<MutationOutcome> applyPlanVersion(PgConnection &db, const Principal &who, const Mutation &m);
Result<MutationOutcome> applyPatient(PgConnection &db, const Principal &who, const Mutation &m);
// The entities kept only as complete rows (mutation_rows.cpp).
bool isRowOnlyEntity(const Mutation &m);
Result<MutationOutcome> applyRowMutation(PgConnection &db, const Principal &who, const Mutation &m);

} // namespace varde::server::mutation
