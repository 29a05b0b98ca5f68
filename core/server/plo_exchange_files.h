#pragma once
// File moves of the message exchange: durable renames (the folder is flushed after), names that
// never overwrite an earlier file, and the reason file beside a refused document.

#include "core/common/result.h"

#include <filesystem>
#include <string>

namespace varde::server::exchange_files
{

// fsync of a folder, so that a rename in it survives a power loss.
Result<> syncFolder(const std::filesystem::path &folder);

// `name` in `folder`, or name.1, name.2, ... when taken (nothing is overwritten).
std::filesystem::path freeName(const std::filesystem::path &folder, const std::string &name);

// Moves `file` into `folder` (created if missing) under a free name; returns the new path.
Result<std::filesystem::path> moveInto(
    const std::filesystem::path &file, const std::filesystem::path &folder);

// Moves `file` into `folder` with <new name>.reason.txt (the reason, one line) beside it.
Result<> moveRefused(const std::filesystem::path &file,
    const std::filesystem::path &folder,
    const std::string &reason);

} // namespace varde::server::exchange_files
