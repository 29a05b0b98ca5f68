#include "ui/enrolment/link_code_slip.h"

#include "ui/common/tr.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace varde::ui
{
namespace
{

// Layout units: A5 at 96 an inch, so type sizes are the same in the PDF and on the printer.
constexpr double pageWidth = 559;
constexpr double margin = 40;
constexpr double width = pageWidth - 2 * margin;

QFont font(int pixels, bool bold = false, bool fixed = false)
{
    QFont f;
    f.setFamilies(fixed ? QStringList { QStringLiteral("DejaVu Sans Mono"),
                      QStringLiteral("Consolas"), QStringLiteral("Noto Sans Mono") }
                        : QStringList { QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"),
                            QStringLiteral("DejaVu Sans") });
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

double paragraph(
    QPainter &p, double y, const QFont &f, const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(f);
    const QRectF box
        = p.boundingRect(QRectF(margin, y, width, 10000), Qt::TextWordWrap | align, text);
    p.drawText(QRectF(margin, y, width, box.height()), Qt::TextWordWrap | align, text);
    return y + box.height();
}

void paint(const LinkCodeSlip &slip, QPainter &p)
{
    const QColor ink(0x11, 0x11, 0x11);
    p.setPen(ink);
    double y = 40;
    y = paragraph(p, y, font(14), slip.serviceName);
    y = paragraph(p, y + 14, font(24, true), Tr::tr("Your link code"));
    y = paragraph(p, y + 8, font(20, true), slip.patientName);
    y = paragraph(p, y + 16, font(15),
        Tr::tr("Enter this code in the app or on the measuring gateway to connect it to the "
               "follow-up service. The code can be used once."));
    // The code in a frame, large and in a fixed-width face: no 0/O or 1/I to confuse.
    const QRectF frame(margin, y + 24, width, 110);
    p.setPen(QPen(ink, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(frame, 10, 10);
    p.setFont(font(56, true, true));
    p.drawText(frame, Qt::AlignCenter, slip.code);
    y = frame.bottom();
    p.setPen(ink);
    y = paragraph(
        p, y + 18, font(18, true), Tr::tr("Valid until %1").arg(slip.expiresOn), Qt::AlignHCenter);
    paragraph(p, y + 30, font(14),
        Tr::tr("If the code has expired or does not work, call the follow-up service and ask for "
               "a new one. Keep the code to yourself until it has been used."));
}

} // namespace

bool paintLinkCodeSlip(const LinkCodeSlip &slip, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // Scale the layout units to the device's resolution.
    const double scale = device.width() / pageWidth;
    painter.scale(scale, scale);
    paint(slip, painter);
    return painter.end();
}

bool writeLinkCodeSlipPdf(const QString &path, const LinkCodeSlip &slip, QString *error)
{
    bool painted = false;
    {
        QPdfWriter writer(path);
        writer.setTitle(Tr::tr("Link code"));
        writer.setResolution(300);
        painted = paintLinkCodeSlip(slip, writer);
    }
    if (painted && QFile(path).size() > 0)
        return true;
    QFile::remove(path);
    if (error)
        *error = Tr::tr("The slip could not be written to %1.").arg(path);
    return false;
}

bool printLinkCodeSlip(QPrinter &printer, const LinkCodeSlip &slip)
{
    return paintLinkCodeSlip(slip, printer);
}

} // namespace varde::ui
