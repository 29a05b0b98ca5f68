#pragma once
// Writing a whole file or nothing: the bytes go to a temporary file beside the target, are
// flushed to disk, and replace the target by rename. A failure leaves no partial file.

#include "core/common/result.h"

#include <filesystem>
#include <string_view>

namespace varde
{

Result<> writeFileAtomically(const std::filesystem::path &path, std::string_view bytes);

} // namespace varde
