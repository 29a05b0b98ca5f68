#include "core/plo/document.h"

namespace varde::plo
{

std::string Patient::fullName() const
{
    if (givenName.empty() || familyName.empty())
        return givenName + familyName;
    return givenName + " " + familyName;
}

std::string PloDocument::text() const
{
    std::string out;
    for (const auto &part : texts) {
        if (!out.empty())
            out += "\n\n";
        if (!part.heading.empty())
            out += part.heading + ": ";
        out += part.text;
    }
    return out;
}

} // namespace varde::plo
