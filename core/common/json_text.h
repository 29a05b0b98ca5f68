#pragma once
// Minimal JSON writing for outbox payloads and command-line output, without a DOM.

#include <string>
#include <string_view>

namespace varde
{

// A JSON string literal with quotes, escaping control characters, quote and backslash.
std::string jsonString(std::string_view text);

} // namespace varde
