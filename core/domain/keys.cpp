// Stable text keys of the domain enums, as stored in the database and sent to the server.
// They are part of the data contract: never change one, only add.
#include "core/domain/entity.h"
#include "core/domain/measurement.h"
#include "core/domain/patient.h"
#include "core/domain/user.h"

namespace varde::domain
{

std::string_view originKey(Origin origin)
{
    switch (origin) {
    case Origin::Local:
        return "local";
    case Origin::Server:
        return "server";
    case Origin::Demo:
        return "demo";
    }
    return "server";
}

Origin originFromKey(std::string_view key)
{
    if (key == "local")
        return Origin::Local;
    if (key == "demo")
        return Origin::Demo;
    return Origin::Server;
}

std::string_view codeSystemKey(CodeSystem system)
{
    switch (system) {
    case CodeSystem::Icd10:
        return "ICD-10";
    case CodeSystem::Icpc2:
        return "ICPC-2";
    }
    return "ICD-10";
}

std::string_view followUpStatusKey(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Trial:
        return "trial";
    case FollowUpStatus::Active:
        return "active";
    case FollowUpStatus::Paused:
        return "paused";
    case FollowUpStatus::Ended:
        return "ended";
    }
    return "active";
}

std::optional<FollowUpStatus> followUpStatusFromKey(std::string_view key)
{
    for (auto s : { FollowUpStatus::Trial, FollowUpStatus::Active, FollowUpStatus::Paused,
             FollowUpStatus::Ended })
        if (followUpStatusKey(s) == key)
            return s;
    return std::nullopt;
}

std::string_view sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return "female";
    case Sex::Male:
        return "male";
    case Sex::Unknown:
        return "unknown";
    }
    return "unknown";
}

Sex sexFromKey(std::string_view key)
{
    if (key == "female")
        return Sex::Female;
    if (key == "male")
        return Sex::Male;
    return Sex::Unknown;
}

std::string_view sourceKey(Source source)
{
    switch (source) {
    case Source::Device:
        return "device";
    case Source::Manual:
        return "manual";
    case Source::Patient:
        return "patient";
    case Source::Helper:
        return "helper";
    }
    return "device";
}

std::optional<Source> sourceFromKey(std::string_view key)
{
    for (auto s : { Source::Device, Source::Manual, Source::Patient, Source::Helper })
        if (sourceKey(s) == key)
            return s;
    return std::nullopt;
}

std::string_view roleKey(Role role)
{
    switch (role) {
    case Role::Nurse:
        return "nurse";
    case Role::Gp:
        return "gp";
    case Role::Specialist:
        return "specialist";
    case Role::Leader:
        return "leader";
    case Role::Admin:
        return "admin";
    }
    return "nurse";
}

std::optional<Role> roleFromKey(std::string_view key)
{
    for (auto r : { Role::Nurse, Role::Gp, Role::Specialist, Role::Leader, Role::Admin })
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

bool isValidLogin(std::string_view login)
{
    if (login.size() < 2 || login.size() > 32)
        return false;
    for (char c : login)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

} // namespace varde::domain
