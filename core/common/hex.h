#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace varde
{

std::string toHex(const unsigned char *data, std::size_t size);
// Nothing on odd length or a non-hex digit.
std::optional<std::vector<unsigned char>> fromHex(std::string_view text);

} // namespace varde
