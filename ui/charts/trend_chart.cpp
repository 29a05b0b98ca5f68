#include "ui/charts/trend_chart.h"

#include "core/time/civil_time.h"
#include "core/trend/civil_axis.h"
#include "core/trend/reduction.h"
#include "ui/common/formatting.h"
#include "ui/queue/status_presentation.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace varde::ui
{
namespace
{

constexpr std::array zones { triage::Level::Green, triage::Level::Yellow, triage::Level::Red,
    triage::Level::Suspect };

QString sourceText(domain::Source source)
{
    switch (source) {
    case domain::Source::Device:
        return TrendChart::tr("device");
    case domain::Source::Manual:
        return TrendChart::tr("entered by hand");
    case domain::Source::Patient:
        return TrendChart::tr("reported by the patient");
    case domain::Source::Helper:
        return TrendChart::tr("measured by a helper");
    }
    return {};
}

QScatterSeries *zoneSeries(triage::Level level)
{
    auto *s = new QScatterSeries;
    // Shape by zone, not colour alone: green circle, yellow triangle, red star, suspect square.
    switch (level) {
    case triage::Level::Green:
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        break;
    case triage::Level::Yellow:
        s->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        break;
    case triage::Level::Red:
        s->setMarkerShape(QScatterSeries::MarkerShapeStar);
        break;
    default:
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        break;
    }
    s->setMarkerSize(level == triage::Level::Green ? 7 : 11);
    s->setColor(levelColor(level));
    s->setBorderColor(levelColor(level).darker(140));
    return s;
}

} // namespace

TrendChart::TrendChart(const QString &title, std::optional<domain::KindId> kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
    , m_y(new QValueAxis)
    , m_x(new QCategoryAxis)
    , m_findingMarkers(new QScatterSeries)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->legend()->hide();
    c->setMargins(QMargins(4, 2, 4, 2));
    c->setAnimationOptions(QChart::NoAnimation);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(true);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_findingMarkers->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_findingMarkers->setMarkerSize(9);
    m_findingMarkers->setColor(QColor(0x44, 0x44, 0x44));
    setChart(c);
    setRenderHint(QPainter::Antialiasing, false); // thousands of points: raster speed first
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(150);
    setAccessibleName(title);
}

void TrendChart::setSeries(std::vector<TrendSeries> series,
    std::vector<trend::PlanPeriod> periods,
    std::vector<ChartMarker> findings,
    std::vector<ChartMarker> planChanges)
{
    m_series = std::move(series);
    m_periods = std::move(periods);
    m_findings = std::move(findings);
    m_planChanges = std::move(planChanges);
    auto *c = chart();
    // Bands and plan lines first, so the points are drawn above them. They cover all the data
    // and the plausible range; the axes clip them to what is shown.
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto &s : m_series)
        if (!s.points.empty()) {
            first = std::min(first, s.points.front().atMillis);
            last = std::max(last, s.points.back().atMillis);
        }
    if (first <= last && m_kind)
        renderBands(first - 366LL * 24 * 3600 * 1000, last + 366LL * 24 * 3600 * 1000,
            domain::kindInfo(*m_kind).plausibleMin, domain::kindInfo(*m_kind).plausibleMax);
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setPen(QPen(QColor(0x60, 0x60, 0x60, 150), 1));
        c->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        m_lines.push_back(line);
        std::array<QScatterSeries *, 4> scatter {};
        for (std::size_t z = 0; z < zones.size(); ++z) {
            scatter[z] = zoneSeries(zones[z]);
            c->addSeries(scatter[z]);
            scatter[z]->attachAxis(m_x);
            scatter[z]->attachAxis(m_y);
            connect(scatter[z], &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
                if (on)
                    showTooltip(p);
                else
                    QToolTip::hideText();
            });
        }
        m_zoneSeries.push_back(scatter);
    }
    c->addSeries(m_findingMarkers);
    m_findingMarkers->attachAxis(m_x);
    m_findingMarkers->attachAxis(m_y);
    connect(m_findingMarkers, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
        if (!on)
            return QToolTip::hideText();
        for (const auto &m : m_findings)
            if (std::abs(double(m.atMillis) - p.x()) < 1)
                QToolTip::showText(QCursor::pos(), m.text, this);
    });
}

void TrendChart::setStepSeries(TrendSeries series)
{
    m_steps = true;
    setSeries({ std::move(series) }, {}, {}, {});
}

std::int64_t TrendChart::millisAt(const QPointF &widgetPos) const
{
    const QPointF scene = mapToScene(widgetPos.toPoint());
    const QPointF inChart = chart()->mapFromScene(scene);
    return std::int64_t(
        chart()->mapToValue(inChart, m_lines.empty() ? nullptr : m_lines.front()).x());
}

void TrendChart::renderTicks(std::int64_t from, std::int64_t to)
{
    for (const auto &label : m_x->categoriesLabels())
        m_x->remove(label);
    const int maxTicks = std::max(2, int(chart()->plotArea().width() / 70));
    m_x->setStartValue(double(from));
    for (const auto &tick : trend::civilTicks(from, to, maxTicks))
        m_x->append(QString::fromStdString(tick.label), double(tick.atMillis));
    m_x->setRange(double(from), double(to));
}

void TrendChart::renderBands(std::int64_t from, std::int64_t to, double low, double high)
{
    const auto addBehind = [&](QAbstractSeries *s) {
        // Inserted before the data series so bands stay behind the points.
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_transient.push_back(s);
    };
    if (!m_steps && m_kind) {
        for (const auto &band : trend::zoneBands(m_periods, *m_kind, from, to, low, high)) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->append(double(band.fromMillis), band.high);
            upper->append(double(band.toMillis), band.high);
            lower->append(double(band.fromMillis), band.low);
            lower->append(double(band.toMillis), band.low);
            auto *area = new QAreaSeries(upper, lower);
            QColor fill = levelColor(band.level);
            fill.setAlpha(band.level == triage::Level::Green ? 35 : 55);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            addBehind(area);
        }
    }
    for (const auto &change : m_planChanges) {
        if (change.atMillis < from || change.atMillis > to)
            continue;
        auto *line = new QLineSeries;
        line->append(double(change.atMillis), low);
        line->append(double(change.atMillis), high);
        line->setPen(QPen(QColor(0x33, 0x33, 0x99), 1.5, Qt::DashLine));
        addBehind(line);
    }
}

void TrendChart::setRange(std::int64_t from, std::int64_t to)
{
    m_from = from;
    m_to = to;
    // The value range: what is visible, padded, so a trend fills the chart.
    double low = INFINITY, high = -INFINITY;
    for (const auto &s : m_series)
        for (const auto &p : s.points)
            if (p.atMillis >= from && p.atMillis <= to) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
    if (!std::isfinite(low)) {
        low = m_kind ? domain::kindInfo(*m_kind).plausibleMin : 0;
        high = m_kind ? domain::kindInfo(*m_kind).plausibleMax : 5;
    }
    const double pad = std::max((high - low) * 0.15, m_steps ? 0.5 : 1.0);
    low = std::floor(low - pad);
    high = std::ceil(high + pad);
    if (m_steps && high - low <= 10) {
        // A score is a small whole number, never negative: one tick per step (0, 1, 2 …), at
        // least 0–4, so that labels never repeat ("0 0 1 1 1" for a range of 0–1).
        low = std::max(0.0, low);
        high = std::max(high, low + 4);
        m_y->setRange(low, high);
        m_y->setTickCount(int(high - low) + 1);
    } else {
        m_y->setRange(low, high);
        m_y->applyNiceNumbers(); // round tick values a reader can use
        if (m_steps && m_y->min() < 0)
            m_y->setMin(0); // a score is never negative
    }
    low = m_y->min();
    high = m_y->max();
    renderTicks(from, to);

    // One column per pixel; 0 (reduction off, for the benchmark's comparison) keeps every point.
    // Two pixels a column: a minimum and a maximum each, which a line at this width can show.
    const int columns = m_reduce ? std::max(50, int(chart()->plotArea().width() / 2)) : 0;
    m_drawn = 0;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const auto &s = m_series[i];
        const auto keep = trend::reduceForPixels(s.points, from, to, columns);
        QList<QPointF> line;
        std::array<QList<QPointF>, 4> byZone;
        line.reserve(qsizetype(keep.size() * (m_steps ? 2 : 1)));
        for (std::size_t k = 0; k < keep.size(); ++k) {
            const auto &p = s.points[keep[k]];
            if (m_steps && !line.isEmpty())
                line.append(QPointF(double(p.atMillis), line.back().y()));
            line.append(QPointF(double(p.atMillis), p.value));
            const auto zone = std::find(zones.begin(), zones.end(), p.zone);
            byZone[std::size_t(zone == zones.end() ? 0 : zone - zones.begin())].append(
                QPointF(double(p.atMillis), p.value));
        }
        m_lines[i]->replace(line);
        for (std::size_t z = 0; z < zones.size(); ++z)
            m_zoneSeries[i][z]->replace(m_steps ? QList<QPointF> {} : byZone[z]);
        m_drawn += int(keep.size());
    }
    QList<QPointF> markers;
    for (const auto &m : m_findings)
        if (m.atMillis >= from && m.atMillis <= to)
            markers.append(QPointF(double(m.atMillis), high - (high - low) * 0.06));
    m_findingMarkers->replace(markers);
}

void TrendChart::showTooltip(const QPointF &point)
{
    for (const auto &s : m_series) {
        const auto it = std::lower_bound(s.points.begin(), s.points.end(), std::int64_t(point.x()),
            [](const trend::TrendPoint &p, std::int64_t at) { return p.atMillis < at; });
        if (it == s.points.end() || std::abs(double(it->atMillis) - point.x()) > 1
            || std::abs(it->value - point.y()) > 1e-6)
            continue;
        const auto *m = s.sources[std::size_t(it - s.points.begin())];
        const QString value
            = m_kind ? formatValue(*m_kind, it->value) : QLocale().toString(it->value);
        QString text = QStringLiteral("%1: %2\n%3")
                           .arg(s.name, value,
                               QString::fromStdString(
                                   time::formatOsloDateTime(time::fromEpochMillis(it->atMillis))));
        if (m)
            text += QStringLiteral("\n") + tr("Source: %1").arg(sourceText(m->source));
        text += QStringLiteral("\n") + tr("Zone: %1").arg(levelText(it->zone));
        QToolTip::showText(QCursor::pos(), text, this);
        return;
    }
}

void TrendChart::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    Q_EMIT zoomRequested(factor, millisAt(event->position()));
    event->accept();
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragFrom = event->pos();
    QChartView::mousePressEvent(event);
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        const std::int64_t delta = millisAt(*m_dragFrom) - millisAt(event->pos());
        m_dragFrom = event->pos();
        if (delta != 0)
            Q_EMIT panRequested(delta);
    }
    QChartView::mouseMoveEvent(event);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragFrom.reset();
    QChartView::mouseReleaseEvent(event);
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    const std::int64_t span = m_to - m_from;
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT panRequested(-span / 5);
        break;
    case Qt::Key_Right:
        Q_EMIT panRequested(span / 5);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomRequested(0.8, m_from + span / 2);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomRequested(1.25, m_from + span / 2);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace varde::ui
