#include "ui/charts/trend_panel.h"

#include "core/time/civil_time.h"
#include "core/trend/zones.h"
#include "ui/charts/trend_chart.h"
#include "ui/common/formatting.h"
#include "ui/queue/reason_presenter.h"
#include "ui/queue/status_presentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace varde::ui
{
namespace
{

constexpr std::int64_t dayMillis = 24LL * 3600 * 1000;

std::vector<trend::PlanPeriod> periodsOf(const worklist::PatientRecord &record)
{
    std::vector<trend::PlanPeriod> periods;
    for (const auto &plan : record.plans)
        periods.push_back({ plan.fromMillis, plan.untilMillis, &plan.rules });
    return periods;
}

const triage::RuleSet *rulesAt(const worklist::PatientRecord &record, std::int64_t at)
{
    const triage::RuleSet *found = nullptr;
    for (const auto &plan : record.plans)
        if (plan.fromMillis <= at && (!plan.untilMillis || at < *plan.untilMillis))
            found = &plan.rules; // personal plans come after the default set: they win
    return found ? found : (record.plans.empty() ? nullptr : &record.plans.back().rules);
}

int answerScore(const std::string &answer)
{
    if (answer == "mye verre" || answer == "gul-grønt")
        return 2;
    if (answer == "ja" || answer == "mer")
        return 1;
    return 0;
}

QString kindTitle(domain::KindId kind)
{
    switch (kind) {
    case domain::KindId::OxygenSaturation:
        return TrendPanel::tr("SpO2 (%)");
    case domain::KindId::Pulse:
        return TrendPanel::tr("Pulse (/min)");
    case domain::KindId::Systolic:
    case domain::KindId::Diastolic:
        return TrendPanel::tr("Blood pressure (mmHg), zones for systolic");
    case domain::KindId::Weight:
        return TrendPanel::tr("Weight (kg)");
    case domain::KindId::Temperature:
        return TrendPanel::tr("Temperature (°C)");
    case domain::KindId::Glucose:
        return TrendPanel::tr("Blood glucose (mmol/L)");
    case domain::KindId::RespiratoryRate:
        return TrendPanel::tr("Respiratory rate (/min)");
    }
    return {};
}

} // namespace

std::vector<std::unique_ptr<TrendChart>> TrendPanel::buildCharts(
    const worklist::PatientRecord &record)
{
    // The zone of each point: its band zone under the rules then in force, raised to the worst
    // finding triage made of it (a baseline or change rule can make a band-green value yellow).
    std::map<std::string, triage::Level> findingLevel;
    std::map<domain::KindId, std::vector<ChartMarker>> markers;
    std::vector<ChartMarker> otherMarkers;
    for (const auto &f : record.row.result.findings) {
        if (!f.observationId.empty()) {
            auto &level = findingLevel[f.observationId];
            level = std::max(level, f.level());
        }
        const auto acks = record.acknowledgements.find(f.id);
        if (acks == record.acknowledgements.end() || acks->second.empty())
            continue;
        const auto &ack = acks->second.front();
        ChartMarker marker { time::toEpochMillis(f.reason.time),
            tr("%1: %2\nAcknowledged %3 by %4: %5%6")
                .arg(levelText(f.level()),
                    reasonText(f.reason, time::fromEpochMillis(record.nowMillis)),
                    QString::fromStdString(
                        time::formatOsloDateTime(time::fromEpochMillis(ack.atMillis))),
                    QString::fromStdString(ack.byName), ackActionText(ack.action),
                    ack.note.empty() ? QString()
                                     : QStringLiteral(" – ") + QString::fromStdString(ack.note)) };
        auto kind = f.reason.kind;
        if (kind == domain::KindId::Diastolic)
            kind = domain::KindId::Systolic;
        (kind ? markers[*kind] : otherMarkers).push_back(marker);
    }
    std::vector<ChartMarker> planChanges;
    for (std::size_t i = 1; i < record.plans.size(); ++i)
        planChanges.push_back({ record.plans[i].fromMillis,
            tr("Plan changed, approved by %1")
                .arg(QString::fromStdString(record.plans[i].approvedBy)) });

    std::map<domain::KindId, TrendSeries> byKind;
    for (const auto &m : record.measurements) {
        auto &series = byKind[m.kind];
        series.name = kindShortName(m.kind);
        const auto *rules = rulesAt(record, m.measuredAtMillis);
        auto zone = rules ? trend::zoneOf(*rules, m.kind, m.canonicalValue) : triage::Level::Green;
        if (auto it = findingLevel.find(m.meta.id); it != findingLevel.end())
            zone = std::max(zone, it->second == triage::Level::Missing ? zone : it->second);
        series.points.push_back({ m.measuredAtMillis, m.canonicalValue, zone, m.meta.id });
        series.sources.push_back(&m);
    }
    std::vector<std::unique_ptr<TrendChart>> charts;
    const auto periods = periodsOf(record);
    for (auto &[kind, series] : byKind) {
        if (kind == domain::KindId::Diastolic)
            continue;
        auto chart = std::make_unique<TrendChart>(kindTitle(kind), kind);
        std::vector<TrendSeries> all { std::move(series) };
        if (kind == domain::KindId::Systolic) {
            if (auto d = byKind.find(domain::KindId::Diastolic); d != byKind.end())
                all.push_back(std::move(d->second));
        }
        chart->setSeries(std::move(all), periods, markers[kind], planChanges);
        charts.push_back(std::move(chart));
    }
    if (!record.answers.empty()) {
        // One step a day: the sum of the day's answer scores (nei 0, ja 1, mye verre 2).
        std::map<std::int64_t, int> byDay;
        for (const auto &a : record.answers) {
            const auto day = time::toEpochMillis(
                time::osloStartOfDay(time::osloDate(time::fromEpochMillis(a.answeredAtMillis))));
            byDay[day] += answerScore(a.answer);
        }
        TrendSeries steps;
        steps.name = tr("Symptom score");
        for (const auto &[day, score] : byDay) {
            steps.points.push_back(
                { day + 8 * 3600 * 1000LL, double(score), triage::Level::Green, {} });
            steps.sources.push_back(nullptr);
        }
        auto chart = std::make_unique<TrendChart>(
            tr("Symptom score from the questionnaire (per day)"), std::nullopt);
        chart->setStepSeries(std::move(steps));
        charts.push_back(std::move(chart));
    }
    return charts;
}

TrendPanel::TrendPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *ranges = new QHBoxLayout;
    const std::array<std::pair<QString, int>, 5> choices { { { tr("7 d"), 7 }, { tr("30 d"), 30 },
        { tr("90 d"), 90 }, { tr("1 year"), 365 }, { tr("All"), 0 } } };
    for (const auto &[label, days] : choices) {
        auto *button = new QPushButton(label, this);
        button->setAccessibleName(
            days ? tr("Show the last %1 days").arg(days) : tr("Show everything"));
        connect(button, &QPushButton::clicked, this, [this, d = days] { showLastDays(d); });
        ranges->addWidget(button);
    }
    m_coverage = new QLabel(this);
    ranges->addSpacing(16);
    ranges->addWidget(m_coverage, 1);
    layout->addLayout(ranges);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    m_stack = new QVBoxLayout(inner);
    m_stack->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
}

void TrendPanel::setRecord(std::shared_ptr<const worklist::PatientRecord> record)
{
    for (auto *chart : m_charts)
        delete chart;
    m_charts.clear();
    m_record = std::move(record);
    m_dataFrom = m_record->nowMillis;
    m_dataTo = m_record->nowMillis;
    for (const auto &m : m_record->measurements)
        m_dataFrom = std::min(m_dataFrom, m.measuredAtMillis);
    for (auto &owned : buildCharts(*m_record)) {
        auto *chart = owned.release();
        chart->setParent(this);
        m_stack->addWidget(chart);
        connect(chart, &TrendChart::zoomRequested, this, &TrendPanel::zoom);
        connect(chart, &TrendChart::panRequested, this, &TrendPanel::pan);
        m_charts.push_back(chart);
    }
    m_coverage->setText(tr("This workstation holds values from %1 (%2 days).")
                            .arg(formatDate(m_dataFrom))
                            .arg((m_dataTo - m_dataFrom) / dayMillis + 1));
    showLastDays(30);
}

void TrendPanel::showLastDays(int days)
{
    const auto to = m_dataTo + dayMillis / 4;
    setRange(days ? to - days * dayMillis : m_dataFrom - dayMillis / 2, to);
}

void TrendPanel::setRange(std::int64_t from, std::int64_t to)
{
    // Never wider than the data with a little margin, never narrower than six hours.
    const auto minSpan = 6 * 3600 * 1000LL;
    if (to - from < minSpan)
        to = from + minSpan;
    m_from = from;
    m_to = to;
    for (auto *chart : m_charts)
        chart->setRange(from, to);
}

void TrendPanel::zoom(double factor, std::int64_t around)
{
    const auto from = around - std::int64_t(double(around - m_from) * factor);
    const auto to = around + std::int64_t(double(m_to - around) * factor);
    setRange(from, to);
}

void TrendPanel::pan(std::int64_t by) { setRange(m_from + by, m_to + by); }

} // namespace varde::ui
