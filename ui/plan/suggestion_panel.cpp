#include "ui/plan/suggestion_panel.h"

#include "core/domain/measurement_kind.h"
#include "core/time/civil_time.h"
#include "ui/patient/rule_text.h"
#include "ui/plan/plan_words.h"
#include "ui/plan/rule_fields.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace varde::ui
{
namespace
{

std::optional<domain::KindId> kindOf(const std::string &code) { return domain::kindForCode(code); }

// The draft's band or change rule for the same kind as `code`.
const triage::Rule *ruleFor(const std::vector<triage::Rule> &rules, const std::string &code)
{
    for (const auto &rule : rules) {
        const bool limits = std::holds_alternative<triage::BandRule>(rule)
            || std::holds_alternative<triage::ChangeRule>(rule);
        const auto other = ruleCode(rule);
        if (limits && (other == code || (kindOf(code) && kindOf(other) == kindOf(code))))
            return &rule;
    }
    return nullptr;
}

} // namespace

QString limitsSummary(const triage::Rule &rule)
{
    const QStringList lines = ruleLines(triage::RuleSet { {}, false, { rule } });
    if (lines.isEmpty())
        return {};
    // ruleLines starts each line with the kind's name; the table has its own column for it.
    const QString line = lines.front();
    const auto colon = line.indexOf(QStringLiteral(": "));
    return colon < 0 ? line : line.mid(colon + 2);
}

SuggestionPanel::SuggestionPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new QLabel(this);
    m_period->setWordWrap(true);
    layout->addWidget(m_period);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        { tr("Measurement"), tr("In the draft"), tr("Suggested"), tr("Basis") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    // The measurement's name fits; limits and basis share the rest and wrap.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Suggested limits"));
    // As tall as its rows: the panel scrolls with the editor, not inside itself.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    m_method = new QLabel(this);
    m_method->setWordWrap(true);
    m_method->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
    layout->addWidget(m_method);
    m_take = new QPushButton(tr("&Use the suggested limits in the draft"), this);
    m_take->setToolTip(tr("Copies the suggestion into the draft. It applies only when a GP "
                          "has approved the plan."));
    connect(m_take, &QPushButton::clicked, this, &SuggestionPanel::takeRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_take);
    row->addStretch();
    layout->addLayout(row);
}

void SuggestionPanel::setTakeEnabled(bool enabled)
{
    m_takeAllowed = enabled;
    m_take->setEnabled(enabled && !m_suggestion.rules.empty());
}

void SuggestionPanel::update(const std::vector<triage::Rule> &draftRules,
    int trialWeeks,
    std::span<const triage::Observation> observations,
    std::int64_t nowMillis)
{
    std::vector<std::string> codes;
    for (const auto &rule : draftRules)
        if (std::holds_alternative<triage::BandRule>(rule)
            || std::holds_alternative<triage::ChangeRule>(rule))
            if (std::find(codes.begin(), codes.end(), ruleCode(rule)) == codes.end())
                codes.push_back(ruleCode(rule));
    // The trial period is the most recent weeks: the patient's habitual level as it is now.
    const auto now = time::fromEpochMillis(nowMillis);
    const auto from = now - std::chrono::days { 7 * std::max(trialWeeks, 1) };
    std::vector<triage::Observation> period;
    for (const auto &o : observations)
        if (o.time > from)
            period.push_back(o);
    m_suggestion = plan::suggestLimits(codes, period, now);
    m_period->setText(
        tr("Suggested from the measurements of the last %1 weeks (the trial period) up to %2.")
            .arg(std::max(trialWeeks, 1))
            .arg(QString::fromStdString(time::formatOsloDate(now))));

    m_table->setRowCount(int(m_suggestion.basis.size()));
    for (int row = 0; row < int(m_suggestion.basis.size()); ++row) {
        const auto &basis = m_suggestion.basis[std::size_t(row)];
        const triage::Rule *current = ruleFor(draftRules, basis.code);
        const triage::Rule *suggested = ruleFor(m_suggestion.rules, basis.code);
        QString why;
        if (basis.level) {
            const auto kind = kindOf(basis.code);
            const int decimals = kind ? domain::kindInfo(*kind).decimals + 1 : 1;
            why = tr("%1 values on %2 days; usual level %3 %5, spread %4 %5")
                      .arg(basis.n)
                      .arg(basis.days)
                      .arg(QLocale().toString(*basis.level, 'f', decimals),
                          QLocale().toString(basis.spread.value_or(0), 'f', decimals),
                          unitOf(basis.code));
        } else
            why = tr("No suggestion: %1").arg(QString::fromStdString(basis.note));
        m_table->setItem(row, 0, new QTableWidgetItem(measuredName(basis.code)));
        m_table->setItem(
            row, 1, new QTableWidgetItem(current ? limitsSummary(*current) : tr("none")));
        auto *proposal = new QTableWidgetItem(suggested ? limitsSummary(*suggested) : tr("–"));
        QFont bold = proposal->font();
        bold.setBold(suggested != nullptr);
        proposal->setFont(bold);
        m_table->setItem(row, 2, proposal);
        m_table->setItem(row, 3, new QTableWidgetItem(why));
    }
    m_method->setText(tr("Method: %1").arg(QString::fromStdString(m_suggestion.method)));
    m_take->setEnabled(m_takeAllowed && !m_suggestion.rules.empty());
}

} // namespace varde::ui
