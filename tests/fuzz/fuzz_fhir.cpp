// FHIR JSON from patients' apps and devices (POST /v1/fhir/Observation, /QuestionnaireResponse
// and /v1/fhir Bundles): whatever arrives is parsed and read into ingest entries, or refused
// with an issue; never a crash, a hang or undefined behaviour.
#include "core/server/fhir_bundle.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace varde;
    Poco::JSON::Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(reinterpret_cast<const char *>(data), size))
                   .extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception &) {
        return 0; // the server answers 400 before reading
    } catch (const std::exception &) {
        return 0;
    }
    if (!root)
        return 0;
    const auto now = time::fromEpochMillis(1'764'000'000'000);
    (void)server::readBundle(root, now);
    (void)server::readSingle(root, "Observation", now);
    (void)server::readSingle(root, "QuestionnaireResponse", now);
    return 0;
}
