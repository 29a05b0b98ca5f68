#pragma once
// How long to wait before the next try after `failures` failed tries in a row: doubling from
// one second up to a minute, with ±25 % jitter so that a room of workstations coming back
// after a network cut does not hit the server in step. `jitter01` is a random draw in [0, 1).

#include <chrono>

namespace varde::sync
{

inline std::chrono::milliseconds retryDelay(int failures, double jitter01)
{
    using namespace std::chrono;
    if (failures <= 0)
        return milliseconds(0);
    const int exponent = failures - 1 < 6 ? failures - 1 : 6; // 1, 2, 4 ... 64 s
    auto base = milliseconds(1000LL << exponent);
    if (base > minutes(1))
        base = minutes(1);
    const double factor = 0.75 + 0.5 * jitter01;
    return milliseconds(static_cast<long long>(double(base.count()) * factor));
}

} // namespace varde::sync
