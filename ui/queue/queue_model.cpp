#include "ui/queue/queue_model.h"

#include "ui/common/formatting.h"
#include "ui/plo/message_presentation.h"
#include "ui/queue/reason_presenter.h"
#include "ui/queue/status_presentation.h"
#include "ui/queue/trial_presentation.h"

#include <QBrush>
#include <QStringList>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

const triage::Finding *worstOpen(const worklist::WorklistRow &row)
{
    // Findings come from core worst first, open first.
    for (const auto &f : row.result.findings)
        if (f.open)
            return &f;
    return nullptr;
}

QString sinceText(std::int64_t atMillis, std::int64_t nowMillis)
{
    const auto minutes = (nowMillis - atMillis) / 60000;
    if (minutes < 60)
        return QueueModel::tr("%1 min ago").arg(std::max<std::int64_t>(0, minutes));
    if (minutes < 48 * 60)
        return QueueModel::tr("%1 h ago").arg(minutes / 60);
    return QueueModel::tr("%1 days ago").arg(minutes / (24 * 60));
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueModel::setWorklist(
    worklist::Worklist list, std::map<std::string, plo::MessageFlags> messageFlags)
{
    beginResetModel();
    m_list = std::move(list);
    m_messageFlags = std::move(messageFlags);
    endResetModel();
}

const plo::MessageFlags *QueueModel::flagsOf(const worklist::WorklistRow &row) const
{
    const auto it = m_messageFlags.find(row.patientId());
    return it == m_messageFlags.end() ? nullptr : &it->second;
}

const worklist::WorklistRow *QueueModel::rowForPatient(const QString &patientId) const
{
    const auto id = patientId.toStdString();
    for (const auto &row : m_list.rows)
        if (row.patientId() == id)
            return &row;
    return nullptr;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::display(const worklist::WorklistRow &row, int column) const
{
    const auto &p = row.overview.patient;
    const auto nowMillis = time::toEpochMillis(m_list.now);
    const auto *worst = worstOpen(row);
    switch (Column(column)) {
    case StatusColumn:
        return levelText(row.result.status);
    case NameColumn:
        return text(p.familyName) + QStringLiteral(", ") + text(p.givenName);
    case AgeColumn:
        return time::ageOn(p.birthDate, time::osloDate(m_list.now));
    case DiagnosesColumn: {
        QStringList codes;
        for (const auto &d : p.diagnoses)
            codes << text(d.code);
        return codes.join(QStringLiteral(", "));
    }
    case ReasonColumn: {
        if (row.pause)
            return tr("Paused until %1").arg(formatDate(row.pause->untilMillis));
        if (!worst)
            return QString();
        const auto more = row.result.openCount - 1;
        const QString first = reasonText(worst->reason, m_list.now);
        return more > 0 ? tr("%1 (+%2 more)").arg(first).arg(more) : first;
    }
    case FindingTimeColumn:
        return worst ? formatWhen(time::toEpochMillis(worst->reason.time), nowMillis) : QString();
    case LastMeasuredColumn:
        return row.overview.lastMeasuredAtMillis
            ? sinceText(*row.overview.lastMeasuredAtMillis, nowMillis)
            : tr("Never");
    case NurseColumn:
        return text(row.nurseName);
    case TrialColumn:
        return row.trial ? trialSummary(*row.trial) : QString();
    case MessagesColumn: {
        const auto *flags = flagsOf(row);
        return flags ? messageFlagsText(*flags) : QString();
    }
    case PlanColumn:
        if (row.personalPlan)
            return tr("Personal plan");
        return row.builtinRules ? tr("Built-in rules") : tr("Default rules");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QueueModel::sortKey(const worklist::WorklistRow &row, int index, int column) const
{
    switch (Column(column)) {
    case StatusColumn:
    case ReasonColumn:
    case FindingTimeColumn:
        return index; // core's order: urgency, then the oldest open finding
    case AgeColumn:
        return display(row, column);
    case LastMeasuredColumn:
        return qlonglong(row.overview.lastMeasuredAtMillis.value_or(0));
    case TrialColumn:
        // Fewest days left first; patients past the trial period after them.
        return row.trial ? row.trial->daysLeft : 1000;
    default:
        return display(row, column);
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_list.rows.size()))
        return {};
    const auto &row = m_list.rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.row(), index.column());
    case PatientIdRole:
        return text(row.patientId());
    case LevelRole:
        return int(row.result.status);
    case OrderRole:
        return index.row();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return levelIcon(row.result.status);
        if (index.column() == TrialColumn && row.trial && row.trial->planReminder)
            return planReminderIcon();
        if (index.column() == MessagesColumn)
            if (const auto *flags = flagsOf(row)) {
                if (flags->unreadReplies > 0)
                    return newReplyIcon();
                if (flags->withoutReceipt > 0)
                    return missingReceiptIcon();
            }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn && row.result.status != triage::Level::Green)
            return QBrush(levelColor(row.result.status));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.result.status != triage::Level::Green)
            return QBrush(levelTextColor(row.result.status));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn) {
            QStringList lines;
            for (const auto &f : row.result.findings)
                if (f.open)
                    lines << reasonText(f.reason, m_list.now);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == TrialColumn && row.trial && row.trial->planReminder)
            return tr("Draft a personal plan and send it to the GP for approval.");
        if (index.column() == MessagesColumn && flagsOf(row)) {
            QStringList lines;
            if (flagsOf(row)->unreadReplies > 0)
                lines << tr("The GP has replied. Read it under Messages in the patient view.");
            if (flagsOf(row)->withoutReceipt > 0)
                lines << tr("A message to the GP has had no receipt for more than the service's "
                            "limit. Check the message thread and follow up by phone if needed.");
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == PlanColumn && !row.planApprovedBy.empty())
            return tr("Approved by %1").arg(text(row.planApprovedBy));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return tr("Status: %1").arg(levelText(row.result.status));
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case DiagnosesColumn:
        return tr("Diagnoses");
    case ReasonColumn:
        return tr("Reason");
    case FindingTimeColumn:
        return tr("Finding");
    case LastMeasuredColumn:
        return tr("Last measured");
    case NurseColumn:
        return tr("Nurse");
    case TrialColumn:
        return tr("Trial period");
    case MessagesColumn:
        return tr("Messages");
    case PlanColumn:
        return tr("Rules");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace varde::ui
