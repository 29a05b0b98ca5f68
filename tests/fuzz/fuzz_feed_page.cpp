// The sync wire format at the workstation: a change-feed page from the server. Anything that is
// not a page is InvalidArgument, never a crash.
#include "core/sync/feed_page.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)varde::sync::parseFeedPage(std::string(reinterpret_cast<const char *>(data), size));
    return 0;
}
