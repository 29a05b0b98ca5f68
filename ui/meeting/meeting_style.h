#pragma once
// The meeting screen's type and colours: read at three metres on a 1080p screen or projector.
// Dark text on white keeps the contrast high in a lit room; the zones carry their colour on a
// band with icon and word, so no meaning rests on colour alone.
#include <QColor>
#include <QFont>
#include <QLabel>
#include <QString>
#include <QStringList>

namespace varde::ui::meeting
{

inline constexpr double bodyPt = 28; // the least size anything of the plan is shown in
inline constexpr double headingPt = 32;
inline constexpr double namePt = 40;
inline constexpr double labelPt = 22; // "Pasienten gjør": small caps above the body
inline constexpr double controlPt = 18; // buttons and hints, for the nurse at the keyboard
inline constexpr int zoneIconPx = 56;
inline const QColor ink(0x11, 0x11, 0x11);
inline const QColor quietInk(0x44, 0x44, 0x44); // labels: still above 9:1 on white

// Sans faces with open letters and modest line spacing, so more fits at 28 pt; else the
// platform's default sans.
inline QStringList readableFamilies()
{
    return { QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"),
        QStringLiteral("DejaVu Sans") };
}

inline QFont typeface(double points, bool bold = false)
{
    QFont f;
    f.setFamilies(readableFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Plain text that wraps, in the given type and colour.
inline QLabel *label(const QString &text, const QFont &font, const QColor &colour, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setFont(font);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QPalette palette = l->palette();
    palette.setColor(QPalette::WindowText, colour);
    l->setPalette(palette);
    return l;
}

} // namespace varde::ui::meeting
