// Durable, non-overwriting file moves for the message exchange (plo_exchange_files.h).
#include "core/server/plo_exchange_files.h"

#include "core/common/file_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace varde::server::exchange_files
{

namespace fs = std::filesystem;

Result<> syncFolder(const fs::path &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io, "cannot open " + folder.string() + ": " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return fail(ErrorCode::Io, "cannot flush " + folder.string() + ": " + std::strerror(error));
    return {};
}

fs::path freeName(const fs::path &folder, const std::string &name)
{
    std::error_code ec;
    auto candidate = folder / name;
    for (int n = 1; fs::exists(candidate, ec) || fs::exists(candidate.string() + ".reason.txt", ec);
         ++n)
        candidate = folder / (name + "." + std::to_string(n));
    return candidate;
}

Result<fs::path> moveInto(const fs::path &file, const fs::path &folder)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot create " + folder.string() + ": " + ec.message());
    const auto target = freeName(folder, file.filename().string());
    fs::rename(file, target, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot move " + file.string() + ": " + ec.message());
    if (auto ok = syncFolder(folder); !ok)
        return fail(ok.error());
    if (auto ok = syncFolder(file.parent_path()); !ok)
        return fail(ok.error());
    return target;
}

Result<> moveRefused(const fs::path &file, const fs::path &folder, const std::string &reason)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot create " + folder.string() + ": " + ec.message());
    // The reason first: a crash before the move leaves the file to be refused again.
    const auto target = freeName(folder, file.filename().string());
    if (auto ok = writeFileAtomically(target.string() + ".reason.txt", reason + "\n"); !ok)
        return fail(ok.error());
    fs::rename(file, target, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot move " + file.string() + ": " + ec.message());
    if (auto ok = syncFolder(folder); !ok)
        return fail(ok.error());
    return syncFolder(file.parent_path());
}

} // namespace varde::server::exchange_files
