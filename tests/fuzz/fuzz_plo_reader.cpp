// PLO XML read back: documents from the message service (GPs' replies, receipts, hospital
// notices). Unreadable ones are refused with a reason and kept for a person, never a crash.
#include "core/plo/reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)varde::plo::readDocument(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
