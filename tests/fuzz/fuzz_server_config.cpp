// The server's configuration file (`key = value` lines).
#include "core/server/config.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)varde::server::parseConfig(std::string(reinterpret_cast<const char *>(data), size));
    return 0;
}
