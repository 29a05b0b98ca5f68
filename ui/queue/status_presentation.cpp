#include "ui/queue/status_presentation.h"

#include "ui/common/tr.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <cmath>

namespace varde::ui
{

QString levelText(triage::Level level)
{
    switch (level) {
    case triage::Level::Red:
        return Tr::tr("Red");
    case triage::Level::Yellow:
        return Tr::tr("Yellow");
    case triage::Level::Suspect:
        return Tr::tr("Possible measurement error");
    case triage::Level::Missing:
        return Tr::tr("Missing");
    case triage::Level::Green:
        return Tr::tr("Green");
    }
    return {};
}

QString ackActionText(std::string_view key)
{
    if (key == "called_patient")
        return Tr::tr("Called the patient");
    if (key == "advised_per_plan")
        return Tr::tr("Advised according to plan");
    if (key == "contacted_gp")
        return Tr::tr("Contacted the GP");
    if (key == "sent_plo")
        return Tr::tr("Sent a PLO message");
    if (key == "asked_new_measurement")
        return Tr::tr("Asked for a new measurement");
    if (key == "no_action_needed")
        return Tr::tr("No action needed");
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

QColor levelColor(triage::Level level)
{
    switch (level) {
    case triage::Level::Red:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case triage::Level::Yellow:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case triage::Level::Suspect:
        return QColor(0x00, 0x72, 0xB2); // blue
    case triage::Level::Missing:
        return QColor(0x88, 0x88, 0x88); // grey
    case triage::Level::Green:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    }
    return Qt::gray;
}

QColor levelTextColor(triage::Level level)
{
    return level == triage::Level::Yellow ? Qt::black : Qt::white;
}

QIcon levelIcon(triage::Level level, int size)
{
    QIcon icon;
    for (int scale : { 1, 2 }) {
        const int px = size * scale;
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box(px * 0.06, px * 0.06, px * 0.88, px * 0.88);
        const QPointF c = box.center();
        const double r = box.width() / 2;
        QPainterPath shape;
        switch (level) {
        case triage::Level::Red: {
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
                octagon << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
            }
            shape.addPolygon(octagon);
            break;
        }
        case triage::Level::Yellow:
            shape.addPolygon(
                QPolygonF({ QPointF(c.x(), box.top()), box.bottomRight(), box.bottomLeft() }));
            break;
        case triage::Level::Suspect:
            shape.addPolygon(QPolygonF({ QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y()) }));
            break;
        case triage::Level::Missing:
        case triage::Level::Green:
            shape.addEllipse(box);
            break;
        }
        shape.closeSubpath();
        const QColor colour = levelColor(level);
        if (level == triage::Level::Missing) {
            p.setPen(QPen(colour, px * 0.12));
            p.setBrush(Qt::white);
        } else {
            // A white rim keeps the shape readable on a cell of the same colour.
            p.setPen(QPen(Qt::white, px * 0.08));
            p.setBrush(colour);
        }
        p.drawPath(shape);
        const QColor mark = level == triage::Level::Missing ? colour : levelTextColor(level);
        p.setPen(QPen(mark, px * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        switch (level) {
        case triage::Level::Red:
        case triage::Level::Yellow: {
            const double top = level == triage::Level::Yellow ? c.y() - r * 0.15 : c.y() - r * 0.5;
            p.drawLine(QPointF(c.x(), top), QPointF(c.x(), c.y() + r * 0.22));
            p.drawPoint(QPointF(c.x(), c.y() + r * 0.5));
            break;
        }
        case triage::Level::Suspect: {
            QFont font;
            font.setPixelSize(int(px * 0.6));
            font.setBold(true);
            p.setFont(font);
            p.drawText(box, Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        case triage::Level::Missing:
            p.drawLine(c, QPointF(c.x(), c.y() - r * 0.55));
            p.drawLine(c, QPointF(c.x() + r * 0.4, c.y()));
            break;
        case triage::Level::Green:
            p.drawPolyline(QPolygonF(
                { QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() - r * 0.1, c.y() + r * 0.35),
                    QPointF(c.x() + r * 0.5, c.y() - r * 0.35) }));
            break;
        }
        p.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace varde::ui
