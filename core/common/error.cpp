#include "core/common/error.h"

namespace varde
{

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::InvalidNationalId:
        return "invalid national identity number";
    case ErrorCode::InvalidTime:
        return "invalid time";
    case ErrorCode::UnknownUnit:
        return "unknown unit";
    case ErrorCode::IncompatibleUnit:
        return "incompatible unit";
    case ErrorCode::StoreNotFound:
        return "store not found";
    case ErrorCode::StoreAlreadyExists:
        return "store already exists";
    case ErrorCode::StoreNewerThanProgram:
        return "store is newer than this program";
    case ErrorCode::StoreCorrupt:
        return "store is damaged";
    case ErrorCode::NotEncrypted:
        return "SQLCipher is not in use";
    case ErrorCode::KeyFileCorrupt:
        return "key file is damaged";
    case ErrorCode::UnknownUser:
        return "unknown user";
    case ErrorCode::UserExists:
        return "user exists";
    case ErrorCode::WrongPassword:
        return "wrong password";
    case ErrorCode::Database:
        return "database error";
    case ErrorCode::Io:
        return "file error";
    case ErrorCode::Offline:
        return "server not reachable";
    case ErrorCode::SignInNeeded:
        return "sign-in needed";
    case ErrorCode::UserDisabled:
        return "user disabled on the server";
    case ErrorCode::ServerRefused:
        return "server refused";
    case ErrorCode::Crypto:
        return "encryption error";
    case ErrorCode::NotAllowed:
        return "not allowed for this role";
    case ErrorCode::WrongState:
        return "not allowed in this state";
    case ErrorCode::Duplicate:
        return "exists already";
    }
    return "unknown error";
}

std::string describe(const Error &error)
{
    std::string text(errorCodeName(error.code));
    if (!error.detail.empty()) {
        text += ": ";
        text += error.detail;
    }
    return text;
}

} // namespace varde
