#pragma once
// The official PLO schemas the workstation validates with, found once per process: the folder
// in VARDE_PLO_SCHEMA_DIR if set, else the installed copy (<prefix>/share/varde/plo/xsd beside
// the program), else the source tree's (a build that has not been installed).
#include "core/plo/schemas.h"

namespace varde::ui
{

const plo::SchemaSet &ploSchemas();

} // namespace varde::ui
