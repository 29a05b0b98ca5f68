#pragma once
// The server decides which plan version is in force (triage runs on it). A workstation may have
// activated a version offline that the server then refused as a conflict (another version came
// into force there first, SYNC.md §2): that version must never stay in force here, or this
// workstation would triage against limits nobody else uses.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>

namespace varde::sync
{

// Before `row` (a plan_version row from the server whose status is "active") is written: every
// other version active here for the same patient (or the same service's default set) steps
// aside: superseded when it came from the server (the server's own superseding row follows),
// back to draft when it was activated here and never taken by the server. Returns the patient
// id ("" for a default set) when something stepped aside, so that its triage runs again.
Result<std::optional<std::string>> stepAsideFor(
    store::Connection &db, const Poco::JSON::Object &row);

// A push answered with a plan conflict carries the server's version in force as a whole row
// (`current_row`): it is written here whatever this workstation's copy says, after stepAsideFor.
// Returns the patient whose plan in force may have changed.
Result<std::optional<std::string>> takeServerPlanInForce(
    store::Connection &db, const Poco::JSON::Object &currentRow, std::int64_t nowMillis);

} // namespace varde::sync
