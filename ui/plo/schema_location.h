#pragma once
// The official PLO schemas the workstation validates with, one set per process, compiled on
// first use, from plo::defaultSchemaDirectory() (configured, installed or the source tree's).
#include "core/plo/schemas.h"

namespace varde::ui
{

const plo::SchemaSet &ploSchemas();

} // namespace varde::ui
