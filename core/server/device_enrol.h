#pragma once
// POST /v1/devices/enrol: a patient's app or gateway exchanges the link code its nurse gave
// (link_codes.h) for its own device token (device_auth.h). No bearer token.
//   {"code": "ABCD-EFGH", "label": "optional, at most 100 characters"}
//   201 {"device_token", "patient": {"id"}}: the token is shown this once; only its hash is kept
//   400 invalid_code: no such code (also for what is no code at all)
//   410 code_used: already exchanged; 410 code_expired: expired, or the patient's follow-up ended
//   429 too_many_attempts (Retry-After): every attempt from one address counts, as failed
//       logins do (auth_throttle.h), and a success clears the count, so codes cannot be guessed
//       (behind a load balancer the address is the balancer's: every patient then shares one
//       count, so limit there per client address instead, or forward it and key on that)
//   503 unavailable
// One use only: the code is locked, marked used and the credential made in one transaction;
// the link_code row then reaches the service's workstations with used_at (change_log.h).

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addDeviceEnrolRoutes(Router &router, ServerContext &context);

} // namespace varde::server
