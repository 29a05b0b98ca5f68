#pragma once
// The patient's own copy of the plan in force, for the fridge door: an A4 PDF (or print) in
// plain bokmål with what matters to them, their measures, the three zones big and clear with
// icon, word and colour (red with "Ring 113 ved fare for liv"), what they measure and when, who
// to call and who approved the plan. Name only: no national identity number on a sheet that
// hangs in a kitchen. Each handout is written to the audit trail (plan.handout).
#include "core/store/encrypted_store.h"
#include "ui/meeting/plan_sheet.h"

#include <QPagedPaintDevice>
#include <QString>

#include <cstdint>
#include <string>

class QPrinter;

namespace varde::ui
{

// All or nothing: a failed write or audit leaves no file.
bool writePlanHandoutPdf(store::EncryptedStore &store,
    const std::string &patientId,
    const QString &path,
    std::int64_t nowMillis,
    QString *error);

// Audited before the pages leave for the printer.
bool printPlanHandout(store::EncryptedStore &store,
    const std::string &patientId,
    QPrinter &printer,
    std::int64_t nowMillis,
    QString *error);

// The pages on any paged device, set to A4 first.
void paintPlanHandout(const PlanSheet &sheet, std::int64_t nowMillis, QPagedPaintDevice &device);

} // namespace varde::ui
