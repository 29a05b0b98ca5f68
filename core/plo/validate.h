#pragma once
// Schema validation of one message against the bundled official schemas, as
// /work/shared/plo/validate.sh does with xmllint (same driver choice, same catalog, no network).

#include "core/common/result.h"
#include "core/plo/kinds.h"
#include "core/plo/schemas.h"

#include <string_view>

namespace varde::plo
{

// The document's kind when it is well-formed, of a known kind and valid against its driver
// schema. Otherwise InvalidArgument with libxml2's errors, one per line with the line number:
// "line 12: Element '{ns}Foo': This element is not expected. Expected is ( {ns}Bar )."
// Values quoted by libxml2 are replaced by '…' (they may be names or national identity
// numbers). Io or InvalidArgument "schema ... does not compile" when the schemas are broken.
Result<DocumentKind> validateDocument(std::string_view xml, const SchemaSet &schemas);

} // namespace varde::plo
