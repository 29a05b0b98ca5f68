#include "ui/common/error_text.h"

#include "ui/common/tr.h"

namespace varde::ui
{

// No default: -Wswitch flags a new code that has no text yet.
QString errorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument:
        return Tr::tr("Some of the information is not valid.");
    case ErrorCode::InvalidNationalId:
        return Tr::tr("The national identity number is not valid.");
    case ErrorCode::InvalidTime:
        return Tr::tr("The time is not valid.");
    case ErrorCode::UnknownUnit:
        return Tr::tr("The measurement has no known unit.");
    case ErrorCode::IncompatibleUnit:
        return Tr::tr("The measurement's unit does not fit what was measured.");
    case ErrorCode::StoreNotFound:
        return Tr::tr("No patient data was found in this folder.");
    case ErrorCode::StoreAlreadyExists:
        return Tr::tr("Patient data already exists in this folder.");
    case ErrorCode::StoreNewerThanProgram:
        return Tr::tr("The patient data was saved by a newer version of Varde. Install the newest "
                      "version.");
    case ErrorCode::StoreCorrupt:
        return Tr::tr("The patient data cannot be read: the files are damaged or do not belong "
                      "together. Contact IT support.");
    case ErrorCode::NotEncrypted:
        return Tr::tr("Varde was installed without encryption and will not store patient data. "
                      "Contact IT support.");
    case ErrorCode::KeyFileCorrupt:
        return Tr::tr("The key file is damaged. Contact IT support.");
    case ErrorCode::UnknownUser:
        return Tr::tr("There is no user with this user name on this computer.");
    case ErrorCode::UserExists:
        return Tr::tr("This user name is already taken.");
    case ErrorCode::WrongPassword:
        return Tr::tr("The password is not correct. Check Caps Lock and try again.");
    case ErrorCode::Database:
        return Tr::tr("The patient data could not be saved or read. Nothing was changed.");
    case ErrorCode::Io:
        return Tr::tr("A file could not be read or written. Nothing was changed.");
    case ErrorCode::Crypto:
        return Tr::tr("Encryption failed. Nothing was changed.");
    case ErrorCode::NotAllowed:
        return Tr::tr("Your role does not allow this. Nothing was changed.");
    case ErrorCode::Duplicate:
        return Tr::tr("This already exists. Nothing was changed.");
    case ErrorCode::Offline:
        return Tr::tr("The server cannot be reached. You can keep working: your changes are kept "
                      "and sent when the connection is back.");
    case ErrorCode::SignInNeeded:
        return Tr::tr("Your session with the server has ended. Sign in again; nothing waiting to "
                      "be sent is lost.");
    case ErrorCode::UserDisabled:
        return Tr::tr("Your user has been disabled on the server. The patient data on this "
                      "workstation stay closed until a user the server accepts signs in; nothing "
                      "waiting to be sent is lost.");
    case ErrorCode::ServerRefused:
        return Tr::tr("The server refused the request. Nothing was lost; contact support if "
                      "it happens again.");
    case ErrorCode::WrongState:
        return Tr::tr("This can no longer be done: someone else may have done it already. "
                      "Nothing was changed.");
    }
    return Tr::tr("Unexpected error (%1).").arg(int(error.code));
}

} // namespace varde::ui
