#pragma once
// A validation problem from core (plan::validatePlan) in words for the screen, chosen by its
// kind and filled with the measurement's name, the values and their unit.
#include "core/plan/validation.h"

#include <QString>

namespace varde::ui
{
QString problemText(const plan::Problem &problem);
} // namespace varde::ui
