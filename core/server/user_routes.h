#pragma once
// What a signed-in user asks about themselves:
//   GET /v1/me        {"id", "display_name", "roles", "service_id", "gp_id"}
//   GET /v1/patients  {"patients": [{"id", "service_id", "national_id", "given_name",
//                      "family_name", "birth_date", "gp_id", "status", "version"}]}: the
//                     caller's patients by scope.h (a nurse's or leader's service, a GP's own
//                     listed patients in every service), ended ones included, deleted ones
//                     not; audited as "patient.list".

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addUserRoutes(Router &router, ServerContext &context);

} // namespace varde::server
