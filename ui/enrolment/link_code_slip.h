#pragma once
// The slip the patient takes home to connect their app or measuring gateway: their name, the
// link code large and clear, when it expires and who follows them up. An A5 page; no national
// identity number (the slip may lie on a kitchen table).
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace varde::ui
{

struct LinkCodeSlip {
    QString patientName;
    QString code; // "ABCD-EFGH"
    QString expiresOn; // "13.04.2026"
    QString serviceName;
};

// All or nothing: on failure no file is left and `error` says why.
bool writeLinkCodeSlipPdf(const QString &path, const LinkCodeSlip &slip, QString *error);
bool printLinkCodeSlip(QPrinter &printer, const LinkCodeSlip &slip);
// The page on any paged device, set to A5 first.
// False when the device could not be painted on (no file, no printer).
bool paintLinkCodeSlip(const LinkCodeSlip &slip, QPagedPaintDevice &device);

} // namespace varde::ui
