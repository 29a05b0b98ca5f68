#pragma once
// The GP's pre-consultation summary as an A4 PDF: per measurement kind the latest value,
// min/max/mean and a small trend chart; the yellow and red findings and how each was handled;
// the plan's limits and who approved them when. Patient identity and page numbers on every
// page, Norwegian formats. Writing is all or nothing: a failed export leaves no file.
#include "core/worklist/patient_record.h"

#include <QPagedPaintDevice>
#include <QString>

namespace varde::ui
{

bool writeSummaryPdf(
    const worklist::PatientRecord &record, int days, const QString &path, QString *error);

// The same pages on any paged device (a printer), set to A4 first.
void paintSummary(const worklist::PatientRecord &record, int days, QPagedPaintDevice &device);

} // namespace varde::ui
