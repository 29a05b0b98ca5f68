// Benchmark (printed, never asserted): a patient with 3 years of 4-a-day measurements in 6
// kinds. Opening the trend panel and painting it (target < 150 ms), and panning (target >= 30
// frames per second), with pixel reduction and, for the ratio, drawing every point. The
// offscreen platform renders with the CPU raster engine: no GPU is involved.
#include "core/triage/builtin_rules.h"
#include "ui/charts/trend_chart.h"
#include "ui/charts/trend_panel.h"

#include <QApplication>
#include <QPixmap>

#include <chrono>
#include <cmath>
#include <cstdio>

using namespace varde;
using Clock = std::chrono::steady_clock;

namespace
{

std::shared_ptr<worklist::PatientRecord> threeYears()
{
    auto record = std::make_shared<worklist::PatientRecord>();
    const std::int64_t day = 24LL * 3600 * 1000;
    const std::int64_t end = 1774850400000LL; // 30.03.2026
    record->nowMillis = end;
    const std::array kinds { domain::KindId::OxygenSaturation, domain::KindId::Pulse,
        domain::KindId::Systolic, domain::KindId::Diastolic, domain::KindId::Weight,
        domain::KindId::Temperature };
    const std::array base { 94.0, 78.0, 135.0, 80.0, 82.0, 36.8 };
    const std::array amplitude { 2.5, 10.0, 15.0, 8.0, 2.5, 0.6 };
    int serial = 0;
    for (int d = 3 * 365; d > 0; --d)
        for (int slot = 0; slot < 4; ++slot)
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                domain::Measurement m;
                m.meta.id = "m" + std::to_string(serial++);
                m.kind = kinds[k];
                m.measuredAtMillis = end - d * day + slot * 4 * 3600 * 1000LL + 7 * 3600 * 1000LL;
                m.canonicalValue
                    = base[k] + amplitude[k] * std::sin(serial * 0.37) * std::cos(d * 0.05);
                m.value = m.canonicalValue;
                record->measurements.push_back(std::move(m));
            }
    worklist::PlanHistoryEntry plan;
    plan.versionId = "bench";
    plan.serviceDefault = true;
    plan.rules = triage::builtinDefaultRuleSet();
    record->plans.push_back(plan);
    return record;
}

double ms(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Figures {
    double openPaint;
    double framesPerSecond;
    int drawn;
};

Figures measure(const std::shared_ptr<worklist::PatientRecord> &record, bool reduce)
{
    ui::TrendPanel panel;
    panel.resize(1400, 1300);
    panel.show();
    QApplication::processEvents();
    const auto start = Clock::now();
    panel.setRecord(record);
    for (auto *chart : panel.charts())
        chart->setPixelReduction(reduce);
    panel.showLastDays(0);
    QPixmap frame = panel.grab(); // paints every chart
    const auto painted = Clock::now();
    int drawn = 0;
    for (auto *chart : panel.charts())
        drawn += chart->drawnPointCount();
    const int frames = 30;
    const auto panStart = Clock::now();
    for (int i = 0; i < frames; ++i) {
        panel.setRange(
            panel.fromMillis() - 5LL * 24 * 3600 * 1000, panel.toMillis() - 5LL * 24 * 3600 * 1000);
        frame = panel.grab();
    }
    const double panMs = ms(panStart, Clock::now());
    return { ms(start, painted), frames / (panMs / 1000.0), drawn };
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto record = threeYears();
    std::printf(
        "Trend panel, %zu measurements (3 years x 4 a day x 6 kinds), 1400x1300 px, offscreen "
        "CPU raster rendering:\n",
        record->measurements.size());
    measure(record, true); // warm up fonts and caches
    const auto reduced = measure(record, true);
    const auto all = measure(record, false);
    std::printf(
        "  with pixel reduction: open and paint %.0f ms (target < 150 ms), pan %.1f frames/s "
        "(target >= 30), %d points drawn\n",
        reduced.openPaint, reduced.framesPerSecond, reduced.drawn);
    std::printf(
        "  drawing every point: open and paint %.0f ms, pan %.1f frames/s, %d points drawn\n",
        all.openPaint, all.framesPerSecond, all.drawn);
    std::printf("  ratio: %.1fx faster to open, %.1fx more frames per second with reduction\n",
        all.openPaint / reduced.openPaint, reduced.framesPerSecond / all.framesPerSecond);
    return 0;
}
