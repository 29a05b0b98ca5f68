#pragma once
// Personal limits suggested from the trial period's measurements (plan::suggestLimits), shown
// beside the draft's limits with the method and the basis of each kind: how many values, the
// usual level and spread, or why there is no suggestion. Taking them only changes the draft.
#include "core/plan/suggest.h"
#include "core/triage/inputs.h"

#include <QWidget>

#include <cstdint>
#include <span>

class QLabel;
class QPushButton;
class QTableWidget;

namespace varde::ui
{

class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(QWidget *parent = nullptr);

    // Suggests for the kinds the draft has limits for, from the last `trialWeeks` weeks.
    void update(const std::vector<triage::Rule> &draftRules,
        int trialWeeks,
        std::span<const triage::Observation> observations,
        std::int64_t nowMillis);
    void setTakeEnabled(bool enabled);

    const plan::Suggestion &suggestion() const { return m_suggestion; }
    QTableWidget *table() const { return m_table; }
    QPushButton *takeButton() const { return m_take; }

Q_SIGNALS:
    void takeRequested();

private:
    plan::Suggestion m_suggestion;
    QLabel *m_period;
    QTableWidget *m_table;
    QLabel *m_method;
    QPushButton *m_take;
    bool m_takeAllowed = true;
};

// A rule's limits on one line: "yellow < 92 %, red < 89 %" (empty for none).
QString limitsSummary(const triage::Rule &rule);

} // namespace varde::ui
