#pragma once
// Who a patient's app or device gateway is: "Authorization: Bearer <device token>" (the token it
// got from an enrolment link code), found by its hash in device_credential. A revoked credential,
// or one whose patient is deleted or has ended follow-up, is refused.

#include "core/common/result.h"
#include "core/server/http.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

namespace varde::server
{

// A Principal of Kind::Device: id = device_credential.id, patientId = the one patient it posts
// for, serviceId = that patient's follow-up service (where its changes go). NotAllowed (answer
// 401) without a valid token; Io or InvalidArgument when the database fails.
Result<Principal> authenticateDevice(PgConnection &db, const Request &request);

} // namespace varde::server
