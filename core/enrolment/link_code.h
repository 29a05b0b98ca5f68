#pragma once
// The one-time link code the nurse gives the patient for their app or device gateway: eight
// characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "ABCD-EFGH".
// The server issue exchanges it for the device's own credentials; until then it is stored
// with its expiry and shown.

#include <cstdint>
#include <string>

namespace varde::enrolment
{

inline constexpr std::int64_t linkCodeLifetimeMillis = 14LL * 24 * 3600 * 1000;

std::string newLinkCode(); // random (libsodium)
bool isLinkCode(const std::string &code);

} // namespace varde::enrolment
