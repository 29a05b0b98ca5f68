#include "ui/plan/replay_panel.h"

#include "core/triage/builtin_rules.h"
#include "ui/queue/status_presentation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace varde::ui
{
namespace
{

constexpr std::array levels { triage::Level::Red, triage::Level::Yellow, triage::Level::Suspect,
    triage::Level::Missing };

int countOf(const plan::ReplayCounts &c, triage::Level level)
{
    switch (level) {
    case triage::Level::Red:
        return c.red;
    case triage::Level::Yellow:
        return c.yellow;
    case triage::Level::Suspect:
        return c.suspect;
    default:
        return c.missing;
    }
}

} // namespace

ReplayResult replayDraft(const plan::PlanVersion &draft,
    const std::optional<plan::PlanVersion> &inForce,
    const worklist::TriageData &data,
    std::int64_t nowMillis)
{
    const auto now = time::fromEpochMillis(nowMillis);
    const triage::RuleSet draftRules { draft.id, draft.isServiceDefault(), draft.rules };
    // No plan and no approved default: the worklist judges by Varde's built-in set.
    const triage::RuleSet activeRules = inForce
        ? triage::RuleSet { inForce->id, inForce->isServiceDefault(), inForce->rules }
        : triage::builtinDefaultRuleSet();
    const auto &draftSchedule
        = draft.content.schedule.empty() ? data.schedule : draft.content.schedule;
    ReplayResult r;
    for (const int days : { 30, 90 }) {
        const auto d = plan::replayRules(
            draftRules, draftSchedule, data.observations, data.answers, now, days);
        const auto a = plan::replayRules(
            activeRules, data.schedule, data.observations, data.answers, now, days);
        (days == 30 ? r.draft30 : r.draft90) = d;
        (days == 30 ? r.inForce30 : r.inForce90) = a;
    }
    return r;
}

QString replayCountsText(const plan::ReplayCounts &c)
{
    return ReplayPanel::tr("%1 red, %2 yellow, %3 suspect, %4 missing")
        .arg(c.red)
        .arg(c.yellow)
        .arg(c.suspect)
        .arg(c.missing);
}

ReplayPanel::ReplayPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(4, int(levels.size()), this);
    for (int c = 0; c < int(levels.size()); ++c)
        m_table->setHorizontalHeaderItem(c,
            new QTableWidgetItem(
                levelIcon(levels[std::size_t(c)]), levelText(levels[std::size_t(c)])));
    m_table->setVerticalHeaderLabels(
        { tr("Last 30 days, this draft"), tr("Last 30 days, rules in force"),
            tr("Last 90 days, this draft"), tr("Last 90 days, rules in force") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Replay of the draft on the patient's own data"));
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + 4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_table);
    m_note = new QLabel(tr("Findings each rule set would have raised on the patient's own "
                           "measurements and answers."),
        this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

void ReplayPanel::setResult(const ReplayResult &result)
{
    m_result = result;
    const std::array<const plan::ReplayCounts *, 4> rows { &result.draft30, &result.inForce30,
        &result.draft90, &result.inForce90 };
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < int(levels.size()); ++c) {
            const int n = countOf(*rows[std::size_t(r)], levels[std::size_t(c)]);
            auto *item = new QTableWidgetItem(QString::number(n));
            item->setTextAlignment(Qt::AlignCenter);
            // The draft's row in bold where it differs from the rules in force.
            const auto &other = *rows[std::size_t(r % 2 == 0 ? r + 1 : r - 1)];
            if (r % 2 == 0 && n != countOf(other, levels[std::size_t(c)])) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
}

} // namespace varde::ui
