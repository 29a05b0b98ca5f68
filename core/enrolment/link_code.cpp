#include "core/enrolment/link_code.h"

#include <sodium.h>

#include <string_view>

namespace varde::enrolment
{
namespace
{
constexpr std::string_view alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 symbols
} // namespace

std::string newLinkCode()
{
    if (sodium_init() < 0)
        return {};
    std::string code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += '-';
        code += alphabet[randombytes_uniform(std::uint32_t(alphabet.size()))];
    }
    return code;
}

bool isLinkCode(const std::string &code)
{
    if (code.size() != 9 || code[4] != '-')
        return false;
    for (std::size_t i = 0; i < code.size(); ++i)
        if (i != 4 && alphabet.find(code[i]) == std::string_view::npos)
            return false;
    return true;
}

} // namespace varde::enrolment
