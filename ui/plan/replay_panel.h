#pragma once
// What the draft's rules would have raised on the patient's own last 30 and 90 days, beside
// what the rules in force raised (plan::replayRules): alarm load and missed deteriorations are
// weighed before the plan is sent or approved.
#include "core/plan/plan_version.h"
#include "core/plan/replay.h"
#include "core/worklist/worklist.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QTableWidget;

namespace varde::ui
{

struct ReplayResult {
    plan::ReplayCounts draft30, draft90, inForce30, inForce90;
};

// Replays both rule sets; the draft's schedule when it has one, else the one in force.
ReplayResult replayDraft(const plan::PlanVersion &draft,
    const std::optional<plan::PlanVersion> &inForce,
    const worklist::TriageData &data,
    std::int64_t nowMillis);
// "30 days: 2 red, 5 yellow, 0 suspect, 3 missing"
QString replayCountsText(const plan::ReplayCounts &counts);

class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPanel(QWidget *parent = nullptr);

    void setResult(const ReplayResult &result);
    const ReplayResult &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }

private:
    ReplayResult m_result;
    QTableWidget *m_table;
    QLabel *m_note;
};

} // namespace varde::ui
