#pragma once
// One measurement kind's trend: the patient's zones as shaded bands as they applied at each
// time, every point coloured and shaped by its zone, markers for acknowledged findings and plan
// changes, and Oslo-time ticks from core. What is drawn is decided by core (zones, reduction,
// ticks); this view only paints it. Wheel, drag and keys ask the owner to zoom or pan, so that
// all charts of a patient move together.
#include "core/domain/measurement.h"
#include "core/trend/trend_point.h"
#include "core/trend/zones.h"

#include <QChartView>

#include <cstdint>
#include <optional>
#include <vector>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace varde::ui
{

struct ChartMarker {
    std::int64_t atMillis = 0;
    QString text; // tooltip: "Kvittert: ringte pasienten (Kari Demo)"
};

struct TrendSeries {
    QString name; // "Systolisk"
    std::vector<trend::TrendPoint> points; // by time
    std::vector<const domain::Measurement *> sources; // parallel to points, for tooltips
};

class TrendChart : public QChartView
{
    Q_OBJECT

public:
    // `kind` nothing: a questionnaire score (no unit, no zones).
    TrendChart(const QString &title, std::optional<domain::KindId> kind, QWidget *parent = nullptr);

    // The first series carries the zone bands (systolic for blood pressure).
    void setSeries(std::vector<TrendSeries> series,
        std::vector<trend::PlanPeriod> periods,
        std::vector<ChartMarker> findings,
        std::vector<ChartMarker> planChanges);
    // For step series (questionnaire scores): points joined by steps, no zones.
    void setStepSeries(TrendSeries series);
    void setRange(std::int64_t fromMillis, std::int64_t toMillis);

    int drawnPointCount() const { return m_drawn; }
    // Benchmarks only: draw every point instead of what the pixels can show.
    void setPixelReduction(bool on) { m_reduce = on; }

Q_SIGNALS:
    void zoomRequested(double factor, std::int64_t aroundMillis);
    void panRequested(std::int64_t byMillis);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void renderBands(std::int64_t from, std::int64_t to, double low, double high);
    void renderTicks(std::int64_t from, std::int64_t to);
    void showTooltip(const QPointF &point);
    std::int64_t millisAt(const QPointF &widgetPos) const;

    std::optional<domain::KindId> m_kind;
    bool m_steps = false;
    std::vector<TrendSeries> m_series;
    std::vector<trend::PlanPeriod> m_periods;
    std::vector<ChartMarker> m_findings;
    std::vector<ChartMarker> m_planChanges;
    QValueAxis *m_y;
    QCategoryAxis *m_x;
    std::vector<QLineSeries *> m_lines; // one per series
    std::vector<std::array<QScatterSeries *, 4>> m_zoneSeries; // green, yellow, red, suspect
    QScatterSeries *m_findingMarkers;
    std::vector<QAbstractSeries *> m_transient; // bands and plan lines, behind the points
    std::optional<QPoint> m_dragFrom;
    std::int64_t m_from = 0, m_to = 0;
    int m_drawn = 0;
    bool m_reduce = true;
};

} // namespace varde::ui
