#include "ui/plan/plan_document.h"

#include "core/time/civil_time.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"
#include "ui/patient/rule_text.h"
#include "ui/plan/plan_words.h"
#include "ui/queue/status_presentation.h"

#include <QTextDocument>
#include <QUrl>

namespace varde::ui
{
namespace
{

QString h(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString zoneImage(plan::Zone zone)
{
    return QStringLiteral("varde-zone:%1").arg(QLatin1String(plan::zoneKey(zone).data()));
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(Tr::tr("None yet."));
    return QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>");
}

QString multiline(const std::string &s)
{
    return h(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

void addZoneImages(QTextDocument *document)
{
    for (auto zone : plan::allZones)
        document->addResource(QTextDocument::ImageResource, QUrl(zoneImage(zone)),
            levelIcon(zoneLevel(zone), 20).pixmap(20, 20).toImage());
}

QString versionLabel(const plan::PlanVersion &v)
{
    if (v.isServiceDefault())
        return Tr::tr("The service's default rules from %1").arg(formatDate(v.createdAtMillis));
    return Tr::tr("%1, created %2 by %3")
        .arg(planStatusText(v.status), formatDate(v.createdAtMillis),
            QString::fromStdString(v.createdByName));
}

QString planHtml(const plan::PlanVersion &v)
{
    const auto &c = v.content;
    QString out;
    out += QStringLiteral("<h2>%1</h2>")
               .arg(v.isServiceDefault() ? Tr::tr("The service's default rules")
                                         : Tr::tr("Self-management plan"));
    QString state = planStatusText(v.status);
    if (v.approval)
        state += QStringLiteral(" · ") + approvalText(*v.approval).toHtmlEscaped();
    if (v.approval && !v.approval->reference.empty()
        && v.approval->method != plan::ApprovalMethod::UnchangedLimits)
        state += QStringLiteral(" (") + Tr::tr("reference: %1").arg(h(v.approval->reference))
            + QStringLiteral(")");
    out += QStringLiteral("<p>%1</p>").arg(state);

    if (!v.isServiceDefault()) {
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("What matters to you?"));
        QStringList goals;
        for (const auto &g : c.goals) {
            QString item = QStringLiteral("<b>%1</b>").arg(h(g.text));
            QStringList subs;
            for (const auto &s : g.subGoals)
                subs << h(s);
            if (!subs.isEmpty())
                item += QStringLiteral("<ul><li>") + subs.join(QStringLiteral("</li><li>"))
                    + QStringLiteral("</li></ul>");
            goals << item;
        }
        out += list(goals);

        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Measures"));
        QStringList measures;
        for (auto area : plan::allMeasureAreas)
            for (const auto &m : c.measures)
                if (m.area == area)
                    measures << QStringLiteral("<i>%1:</i> %2")
                                    .arg(measureAreaText(area).toHtmlEscaped(), h(m.text));
        out += list(measures);
    }

    out += QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=6 width=\"100%\">")
               .arg(Tr::tr("What to do in each zone"));
    for (auto zone : plan::allZones) {
        const auto level = zoneLevel(zone);
        QString body;
        const auto &a = c.actions(zone);
        if (!a.patient.empty())
            body += QStringLiteral("<b>%1</b> %2<br>")
                        .arg(Tr::tr("The patient:").toHtmlEscaped(), multiline(a.patient));
        if (!a.service.empty())
            body += QStringLiteral("<b>%1</b> %2<br>")
                        .arg(Tr::tr("The service:").toHtmlEscaped(), multiline(a.service));
        for (const auto &m : c.medicines)
            if (m.zone == zone)
                body += QStringLiteral("<b>%1</b> %2<br>")
                            .arg(Tr::tr("Medicine:").toHtmlEscaped(), h(m.text));
        out += QStringLiteral("<tr><td width=\"110\" bgcolor=\"%1\" style=\"color:%2\">"
                              "<img src=\"%3\" width=20 height=20> <b>%4</b></td>"
                              "<td style=\"border-bottom: 1px solid #ccc\">%5</td></tr>")
                   .arg(levelColor(level).name(), levelTextColor(level).name(), zoneImage(zone),
                       zoneText(zone).toHtmlEscaped(), body);
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Limits"));
    QStringList limits;
    for (const auto &line : ruleLines(triage::RuleSet { v.id, v.isServiceDefault(), v.rules }))
        limits << line.toHtmlEscaped();
    out += list(limits);

    if (!v.isServiceDefault()) {
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Measurement schedule"));
        QStringList schedule;
        for (const auto &item : c.schedule)
            schedule << QStringLiteral("%1: %2").arg(scheduleItemText(item.item).toHtmlEscaped(),
                scheduleWhenText(item).toHtmlEscaped());
        out += schedule.isEmpty()
            ? QStringLiteral("<p>%1</p>")
                  .arg(Tr::tr("As when the patient was enrolled.").toHtmlEscaped())
            : list(schedule);

        out += QStringLiteral("<h3>%1</h3><p>").arg(Tr::tr("Trial period and evaluation"));
        out += Tr::tr("Trial period: %1 weeks.").arg(c.trialWeeks);
        if (c.evaluationDate)
            out += QLatin1Char(' ')
                + Tr::tr("Evaluation on %1.")
                      .arg(QString::fromStdString(time::formatDate(*c.evaluationDate)));
        if (!c.evaluationNotes.empty())
            out += QStringLiteral("<br>") + multiline(c.evaluationNotes);
        out += QStringLiteral("</p>");
        if (!c.participants.empty()) {
            QStringList people;
            for (const auto &p : c.participants)
                people << QStringLiteral("%1 (%2)").arg(
                    h(p.name), participantRoleText(p.role).toLower());
            out += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(
                           Tr::tr("Took part:").toHtmlEscaped(), people.join(QStringLiteral(", ")));
        }
    }
    if (v.status == plan::PlanStatus::Rejected)
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(Tr::tr("Rejected by %1:").arg(h(v.reviewedByName)),
                       multiline(v.reviewComment));
    return out;
}

QString changesHtml(const std::vector<plan::PlanChange> &changes)
{
    if (changes.empty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No differences."));
    QString out = QStringLiteral("<ul>");
    for (const auto &change : changes) {
        out += QStringLiteral("<li>");
        if (change.needsApproval)
            out += QStringLiteral("<b>[%1]</b> ").arg(Tr::tr("needs the GP's approval"));
        out += h(change.text) + QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

} // namespace varde::ui
