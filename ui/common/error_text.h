#pragma once
// Core's error codes in words a nurse or an operator understands.
#include "core/common/error.h"

#include <QString>

namespace varde::ui
{
QString errorText(const Error &error);
} // namespace varde::ui
