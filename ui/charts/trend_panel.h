#pragma once
// A patient's trends: one chart per measurement kind they have (blood pressure systolic and
// diastolic together, questionnaire answers as a daily symptom score in steps), stacked on one
// time range that all charts pan and zoom together, with ranges 7 d, 30 d, 90 d, 1 year, all.
#include "core/worklist/patient_record.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace varde::ui
{

class TrendChart;

class TrendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrendPanel(QWidget *parent = nullptr);

    void setRecord(std::shared_ptr<const worklist::PatientRecord> record);
    // 0: all the workstation holds.
    void showLastDays(int days);
    void setRange(std::int64_t fromMillis, std::int64_t toMillis);

    const std::vector<TrendChart *> &charts() const { return m_charts; }
    std::int64_t fromMillis() const { return m_from; }
    std::int64_t toMillis() const { return m_to; }
    std::int64_t dataFromMillis() const { return m_dataFrom; }

    // The same charts for another range, not on screen: for the printed summary.
    static std::vector<std::unique_ptr<TrendChart>> buildCharts(
        const worklist::PatientRecord &record);

private:
    void zoom(double factor, std::int64_t around);
    void pan(std::int64_t by);

    std::shared_ptr<const worklist::PatientRecord> m_record;
    QVBoxLayout *m_stack;
    QLabel *m_coverage;
    std::vector<TrendChart *> m_charts;
    std::int64_t m_from = 0, m_to = 0, m_dataFrom = 0, m_dataTo = 0;
};

} // namespace varde::ui
