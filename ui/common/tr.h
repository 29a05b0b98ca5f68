#pragma once
// Translation context for ui code that is not a QObject (STYLE.md §5).
#include <QCoreApplication>

namespace varde::ui
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Varde)
};
} // namespace varde::ui
