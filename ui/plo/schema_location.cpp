#include "ui/plo/schema_location.h"

namespace varde::ui
{

const plo::SchemaSet &ploSchemas()
{
    static const plo::SchemaSet schemas(plo::defaultSchemaDirectory());
    return schemas;
}

} // namespace varde::ui
