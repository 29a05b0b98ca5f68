#pragma once
// Who is calling: a user (with a set of roles, the follow-up service of nurses and leaders, the
// GP record of a GP) or a device (a patient's app or gateway, bound to one patient). Every
// handler authorises against this, never against what the client claims in the body.

#include <algorithm>
#include <string>
#include <vector>

namespace varde::server
{

struct Principal {
    enum class Kind { User, Device };
    Kind kind = Kind::User;
    std::string id; // app_user.id or device_credential.id
    std::vector<std::string> roles; // users: nurse, gp, specialist, leader, admin
    std::string serviceId; // nurses and leaders; "" for a GP
    std::string gpId; // a GP's general_practitioner.id
    std::string patientId; // devices: the one patient they may post for

    bool hasRole(const std::string &role) const
    {
        return std::find(roles.begin(), roles.end(), role) != roles.end();
    }
};

} // namespace varde::server
