#include "ui/patient/summary_report.h"

#include "core/time/civil_time.h"
#include "core/trend/period_summary.h"
#include "core/triage/reason_text.h"
#include "ui/charts/trend_chart.h"
#include "ui/charts/trend_panel.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"
#include "ui/patient/rule_text.h"
#include "ui/queue/status_presentation.h"

#include <QChart>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace varde::ui
{
namespace
{

constexpr std::int64_t dayMillis = 24LL * 3600 * 1000;
constexpr double pageWidth = 794; // A4 at 96 units per inch
constexpr double pageHeight = 1123;
constexpr double margin = 48;
constexpr double headerBottom = 92;
constexpr double footerTop = pageHeight - 52;

QString text(const std::string &s) { return QString::fromStdString(s); }

struct Layout {
    QPainter *painter = nullptr; // nullptr: only count pages
    double y = headerBottom;
    int page = 1;
    int pages = 1;
    std::function<void(int)> decorate; // header and footer of a page
    QFont body, bold, title;

    void need(double height)
    {
        if (y + height <= footerTop)
            return;
        ++page;
        y = headerBottom;
        if (painter) {
            static_cast<QPagedPaintDevice *>(painter->device())->newPage();
            decorate(page);
        }
    }
    void line(const QString &s, const QFont &font, double indent = 0)
    {
        const QFontMetricsF metrics(font);
        const QRectF bounds = metrics.boundingRect(
            QRectF(margin + indent, 0, pageWidth - 2 * margin - indent, 10000), Qt::TextWordWrap,
            s);
        need(bounds.height() + 2);
        if (painter) {
            painter->setFont(font);
            painter->drawText(
                QRectF(margin + indent, y, pageWidth - 2 * margin - indent, bounds.height() + 2),
                Qt::TextWordWrap, s);
        }
        y += bounds.height() + 2;
    }
};

QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

} // namespace

void paintSummary(const worklist::PatientRecord &record, int days, QPagedPaintDevice &device)
{
    const auto &p = record.row.overview.patient;
    const std::int64_t to = record.nowMillis;
    const std::int64_t from = to - std::int64_t(days) * dayMillis;
    const auto now = time::fromEpochMillis(record.nowMillis);

    std::vector<trend::HandledFinding> findings;
    for (const auto &f : record.row.result.findings) {
        trend::HandledFinding h { f.id, f.level(), time::toEpochMillis(f.reason.time),
            triage::reasonTextNb(f.reason, now), {}, {} };
        if (auto acks = record.acknowledgements.find(f.id); acks != record.acknowledgements.end())
            for (const auto &a : acks->second) {
                h.actions.push_back(a.action);
                h.notes.push_back(a.note);
            }
        findings.push_back(std::move(h));
    }
    const auto summary = trend::summarize(record.measurements, findings, from, to);
    auto charts = TrendPanel::buildCharts(record);

    const QString identity = Tr::tr("%1 %2 · born %3 · national identity number %4")
                                 .arg(text(p.givenName), text(p.familyName),
                                     text(time::formatDate(p.birthDate)), text(p.nationalId));
    const QString period = Tr::tr("Home measurements %1–%2 (%3 days)")
                               .arg(formatDate(from), formatDate(to))
                               .arg(days);

    const auto run = [&](QPainter *painter, int totalPages) -> int {
        Layout l;
        l.painter = painter;
        l.body.setPixelSize(13); // layout units: 96 an inch, so fonts scale with the page
        l.bold = l.body;
        l.bold.setBold(true);
        l.title = l.body;
        l.title.setPixelSize(19);
        l.title.setBold(true);
        l.decorate = [&](int page) {
            painter->setFont(l.bold);
            painter->drawText(QRectF(margin, 30, pageWidth - 2 * margin, 20), Qt::AlignLeft,
                Tr::tr("Varde – summary for the GP"));
            painter->setFont(l.body);
            painter->drawText(
                QRectF(margin, 50, pageWidth - 2 * margin, 20), Qt::AlignLeft, identity);
            painter->drawLine(QPointF(margin, 76), QPointF(pageWidth - margin, 76));
            painter->drawText(QRectF(margin, footerTop + 16, pageWidth - 2 * margin, 20),
                Qt::AlignLeft,
                Tr::tr("Printed %1 from the follow-up service's workstation")
                    .arg(text(time::formatOsloDateTime(now))));
            painter->drawText(QRectF(margin, footerTop + 16, pageWidth - 2 * margin, 20),
                Qt::AlignRight, Tr::tr("Page %1 of %2").arg(page).arg(totalPages));
        };
        if (painter)
            l.decorate(1);
        l.line(period, l.title);
        QStringList diagnoses;
        for (const auto &d : p.diagnoses)
            diagnoses << text(d.code) + QLatin1Char(' ') + text(d.text);
        l.line(Tr::tr("Diagnoses: %1").arg(diagnoses.join(QStringLiteral("; "))), l.body);
        l.line(Tr::tr("GP: %1 (%2)").arg(text(record.row.overview.gpName), text(record.gpPractice)),
            l.body);
        l.y += 8;

        l.line(Tr::tr("Measurements"), l.bold);
        for (const auto &k : summary.kinds) {
            const int decimals = domain::kindInfo(k.kind).decimals;
            l.line(Tr::tr("%1: latest %2 (%3) · min %4 · max %5 · mean %6 · %7 values")
                       .arg(kindShortName(k.kind), formatValue(k.kind, k.latest),
                           text(time::formatOsloDateTime(time::fromEpochMillis(k.latestAtMillis))),
                           number(k.min, decimals), number(k.max, decimals),
                           number(k.mean, decimals + 1))
                       .arg(k.count),
                l.body, 8);
        }
        l.y += 6;
        for (auto &chart : charts) {
            const QSize size(int(pageWidth - 2 * margin), 150);
            l.need(size.height() + 6);
            if (painter) {
                chart->resize(size);
                chart->chart()->resize(size);
                chart->setRange(from, to + dayMillis / 4);
                chart->render(painter, QRectF(margin, l.y, size.width(), size.height()),
                    QRect(QPoint(0, 0), size));
            }
            l.y += size.height() + 6;
        }

        l.line(Tr::tr("Deviations and how they were handled"), l.bold);
        QStringList handled;
        for (const auto &[action, count] : summary.actions)
            handled << QStringLiteral("%1 %2").arg(ackActionText(action).toLower()).arg(count);
        l.line(Tr::tr("%1 red and %2 yellow findings; %3 not yet acknowledged. Handled: %4")
                   .arg(summary.red)
                   .arg(summary.yellow)
                   .arg(summary.unacknowledged)
                   .arg(handled.isEmpty() ? Tr::tr("nothing") : handled.join(QStringLiteral(", "))),
            l.body, 8);
        for (const auto &f : findings) {
            if (f.atMillis < from || f.atMillis > to
                || (f.level != triage::Level::Red && f.level != triage::Level::Yellow))
                continue;
            QStringList actions;
            for (std::size_t i = 0; i < f.actions.size(); ++i)
                actions << ackActionText(f.actions[i]).toLower()
                        + (f.notes[i].empty()
                                ? QString()
                                : QStringLiteral(" (") + text(f.notes[i]) + QLatin1Char(')'));
            l.line(QStringLiteral("%1 – %2 %3: %4")
                       .arg(levelText(f.level),
                           text(time::formatOsloDateTime(time::fromEpochMillis(f.atMillis))),
                           text(f.text),
                           actions.isEmpty() ? Tr::tr("not acknowledged")
                                             : actions.join(QStringLiteral(", "))),
                l.body, 8);
        }
        l.y += 6;
        l.line(Tr::tr("Limits in force"), l.bold);
        if (!record.plans.empty()) {
            const auto &plan = record.plans.back();
            for (const auto &rule : ruleLines(plan.rules))
                l.line(QStringLiteral("• ") + rule, l.body, 8);
            l.line(plan.approvedBy.empty()
                    ? Tr::tr("Varde's built-in default rules: no approved rules for this patient "
                             "or service.")
                    : Tr::tr("Approved by %1 on %2.")
                          .arg(text(plan.approvedBy), formatDate(plan.fromMillis)),
                l.body, 8);
        }
        return l.page;
    };

    const int pages = run(nullptr, 0);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    // The layout counts 96 units an inch whatever the device's resolution.
    const double scale = device.logicalDpiX() / 96.0;
    painter.scale(scale, scale);
    run(&painter, pages);
}

bool writeSummaryPdf(
    const worklist::PatientRecord &record, int days, const QString &path, QString *error)
{
    const auto &p = record.row.overview.patient;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("The file %1 could not be written.").arg(path);
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setTitle(
            Tr::tr("Summary for the GP: %1 %2").arg(text(p.givenName), text(p.familyName)));
        writer.setCreator(QStringLiteral("Varde"));
        paintSummary(record, days, writer);
    }
    if (!file.commit()) {
        *error = Tr::tr("The file %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace varde::ui
