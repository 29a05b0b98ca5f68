#include "ui/meeting/zone_panel.h"
#include "ui/plan/plan_words.h"

#include "ui/common/tr.h"
#include "ui/meeting/meeting_style.h"
#include "ui/queue/status_presentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

} // namespace

ZonePanel::ZonePanel(const PlanSheet &sheet, plan::Zone zone, QWidget *parent)
    : QFrame(parent)
{
    using namespace meeting;
    const auto level = zoneLevel(zone);
    const QColor colour = levelColor(level);
    setObjectName(QStringLiteral("zone-") + QLatin1String(plan::zoneKey(zone).data()));
    setStyleSheet(QStringLiteral("#%1 { border: 4px solid %2; background: white; }")
                      .arg(objectName(), colour.name()));

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 10);
    column->setSpacing(4);

    // The band: icon and word on the zone's colour, with the text colour made for it.
    auto *band = new QWidget(this);
    band->setAutoFillBackground(true);
    QPalette bandPalette = band->palette();
    bandPalette.setColor(QPalette::Window, colour);
    band->setPalette(bandPalette);
    auto *bandRow = new QHBoxLayout(band);
    bandRow->setContentsMargins(14, 6, 14, 6);
    auto *icon = new QLabel(band);
    icon->setPixmap(levelIcon(level, zoneIconPx).pixmap(zoneIconPx, zoneIconPx));
    bandRow->addWidget(icon);
    bandRow->addWidget(
        label(levelText(level), typeface(headingPt, true), levelTextColor(level), band), 1);
    column->addWidget(band);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(14, 2, 14, 0);
    body->setSpacing(0);
    column->addLayout(body);
    const auto lines = [&](const QStringList &texts, bool bold) {
        for (const auto &line : texts)
            body->addWidget(label(line, typeface(bodyPt, bold), ink, this));
    };
    const auto section = [&](const QString &heading, const QStringList &texts) {
        if (texts.isEmpty())
            return;
        body->addSpacing(10);
        body->addWidget(label(heading, typeface(labelPt, true), quietInk, this));
        lines(texts, false);
    };

    // When the zone applies comes first, in bold under the band: the band is its heading.
    lines(zone == plan::Zone::Green ? QStringList { Tr::tr("Within the limits, feeling as usual") }
                                    : sheet.limits[std::size_t(zone)],
        true);
    section(Tr::tr("The patient does"), { text(sheet.content.actions(zone).patient) });
    section(Tr::tr("The follow-up service does"), { text(sheet.content.actions(zone).service) });
    QStringList medicines;
    for (const auto &m : sheet.content.medicines)
        if (m.zone == zone)
            medicines << text(m.text);
    section(Tr::tr("Medicines"), medicines);
    column->addStretch(1);
}

} // namespace varde::ui
