// The sync wire format at the server: a workstation's push of outbox mutations.
#include "core/server/mutations.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)varde::server::parsePushRequest(std::string(reinterpret_cast<const char *>(data), size));
    return 0;
}
