#include "ui/queue/trial_presentation.h"

#include "ui/common/tr.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace varde::ui
{

QString trialText(const plan::TrialState &trial)
{
    if (trial.daysLeft < 0)
        return Tr::tr("Trial period is over");
    if (trial.daysLeft == 0)
        return Tr::tr("Trial period: last day");
    if (trial.daysLeft == 1)
        return Tr::tr("Trial period: 1 day left");
    return Tr::tr("Trial period: %1 days left").arg(trial.daysLeft);
}

QString planReminderText() { return Tr::tr("Make a personal plan"); }

QString trialSummary(const plan::TrialState &trial)
{
    return trial.planReminder ? trialText(trial) + QStringLiteral(" · ") + planReminderText()
                              : trialText(trial);
}

// A sheet with a folded corner and a pencil across it: "write the plan". Dark lines on white,
// readable in any colour vision and in greyscale print.
QIcon planReminderIcon(int size)
{
    QIcon icon;
    for (const int px : { size, size * 2 }) {
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(px / 20.0, px / 20.0);
        const QPolygonF sheet { { 3.5, 1.5 }, { 12.5, 1.5 }, { 16.5, 5.5 }, { 16.5, 18.5 },
            { 3.5, 18.5 } };
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.2));
        p.setBrush(Qt::white);
        p.drawPolygon(sheet);
        p.drawLine(QPointF(12.5, 1.5), QPointF(12.5, 5.5));
        p.drawLine(QPointF(12.5, 5.5), QPointF(16.5, 5.5));
        for (const double y : { 8.0, 11.0, 14.0 })
            p.drawLine(QPointF(6, y), QPointF(11, y));
        // The pencil: a thick dark stroke with a pointed tip towards the lines.
        p.setPen(QPen(QColor(0x00, 0x48, 0x8a), 2.6, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(18.5, 9.0), QPointF(11.0, 16.5));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        p.drawPolygon(QPolygonF { { 10.1, 15.6 }, { 11.9, 17.4 }, { 9.0, 18.5 } });
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace varde::ui
