// The triage JSON of `vardectl triage` (a case: rules, measurements, the time to judge at).
#include "core/triage/case_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)varde::triage::parseTriageCase(text);
    (void)varde::triage::parseRulesJson(text);
    return 0;
}
