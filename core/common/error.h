#pragma once
// One error vocabulary for core. The code is what the UI turns into words (ui/error_text.cpp,
// which has no default: so that -Wswitch flags a new code without text); the detail is for
// logs and command-line messages and never contains names or national identity numbers.

#include <string>
#include <string_view>

namespace varde
{

enum class ErrorCode {
    // Input
    InvalidArgument,
    InvalidNationalId,
    InvalidTime,
    UnknownUnit,
    IncompatibleUnit,
    // Store and keys
    StoreNotFound,
    StoreAlreadyExists,
    StoreNewerThanProgram,
    StoreCorrupt,
    NotEncrypted,
    KeyFileCorrupt,
    UnknownUser,
    UserExists,
    WrongPassword,
    Database,
    Io,
    Crypto,
    // Rules of the work
    NotAllowed, // the user's role may not do this
    WrongState, // not from this state (a plan already approved, a finding already closed)
    Duplicate, // it exists already (a patient who is in follow-up)
    // The central server
    Offline, // no answer from the server (network, TLS, timeout): try again later
    SignInNeeded, // the server session ended or was refused: sign in again
    UserDisabled, // the server disabled this user: the cache stays closed until a new sign-in
    ServerRefused, // the server answered with an error that retrying will not change
};

struct Error {
    ErrorCode code;
    std::string detail;
};

// A short English name of the code, for logs and tests (not for nurses: the UI translates).
std::string_view errorCodeName(ErrorCode code);

// "<code name>: <detail>" for logs and vardectl.
std::string describe(const Error &error);

} // namespace varde
