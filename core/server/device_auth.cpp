// Device credentials: bearer token → hash → device_credential row → Principal.
#include "core/server/device_auth.h"

#include "core/server/secrets.h"

namespace varde::server
{

Result<Principal> authenticateDevice(PgConnection &db, const Request &request)
{
    const auto token = bearerToken(request);
    if (token.empty())
        return fail(ErrorCode::NotAllowed,
            "a device token is needed: Authorization: Bearer <device token>");
    auto found = db.exec("SELECT d.id, d.patient_id, p.service_id FROM device_credential d "
                         "JOIN patient p ON p.id = d.patient_id "
                         "WHERE d.token_hash = $1 AND d.revoked_at IS NULL "
                         "AND NOT p.deleted AND p.status <> 'ended'",
        { tokenHash(token) });
    if (!found)
        return fail(found.error());
    if (found->rows() != 1)
        return fail(ErrorCode::NotAllowed, "the device token is not valid or was revoked");
    Principal device;
    device.kind = Principal::Kind::Device;
    device.id = found->text(0, 0);
    device.patientId = found->text(0, 1);
    device.serviceId = found->text(0, 2);
    return device;
}

} // namespace varde::server
