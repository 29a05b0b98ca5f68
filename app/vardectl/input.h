#pragma once
// Reading a command's JSON input: a file, or standard input for "-".
#include <optional>
#include <string>

namespace varde::cli
{
std::optional<std::string> readInput(const std::string &path);
} // namespace varde::cli
