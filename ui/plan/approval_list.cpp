#include "ui/plan/approval_list.h"

#include "core/domain/national_id.h"
#include "core/plan/compare.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plan/plan_document.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

QString patientOf(const plan::PendingApproval &p)
{
    if (p.version.isServiceDefault())
        return ApprovalList::tr("The service's default rules");
    return QStringLiteral("%1 (%2)").arg(q(p.patientName), q(domain::maskNationalId(p.nationalId)));
}

QString changeSummary(const std::vector<plan::PlanChange> &changes)
{
    int approval = 0;
    for (const auto &c : changes)
        approval += c.needsApproval;
    return ApprovalList::tr("%1 changes, %2 of them limits or medicine")
        .arg(int(changes.size()))
        .arg(approval);
}

} // namespace

ApprovalList::ApprovalList(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_readOnly = new QLabel(this);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));
    m_readOnly->hide();
    layout->addWidget(m_readOnly);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(split);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({ tr("Patient"), tr("Sent by"), tr("Sent"), tr("GP"),
        tr("What changed"), tr("Last 30 days: draft / in force") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Plans awaiting approval"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalList::showSelected);
    split->addWidget(m_table);

    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(bottom);
    m_detail->setAccessibleName(tr("The selected plan"));
    addZoneImages(m_detail->document());
    bottomLayout->addWidget(m_detail, 3);
    auto *decide = new QGroupBox(tr("Decision"), bottom);
    auto *decideLayout = new QVBoxLayout(decide);
    m_approve = new QPushButton(tr("&Approve"), decide);
    m_approve->setToolTip(tr("The plan takes effect now and replaces the version in force."));
    connect(m_approve, &QPushButton::clicked, this, &ApprovalList::approveSelected);
    decideLayout->addWidget(m_approve);
    decideLayout->addSpacing(12);
    decideLayout->addWidget(new QLabel(tr("Comment to the nurse (required to reject):"), decide));
    m_comment = new QPlainTextEdit(decide);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What should be changed, and why"));
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApprovalList::updateButtons);
    decideLayout->addWidget(m_comment);
    m_reject = new QPushButton(tr("Re&ject"), decide);
    connect(m_reject, &QPushButton::clicked, this,
        [this] { rejectSelected(m_comment->toPlainText()); });
    decideLayout->addWidget(m_reject);
    decideLayout->addStretch();
    bottomLayout->addWidget(decide, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    updateButtons();
}

bool ApprovalList::refresh()
{
    QString keep;
    if (const auto *row = selected())
        keep = q(row->pending.version.id);
    auto actor = plan::currentActor(m_store);
    auto pending = plan::pendingApprovals(m_store);
    if (!actor || !pending) {
        showMessage(errorText(!actor ? actor.error() : pending.error()), true);
        return false;
    }
    m_actor = *actor;
    m_rows.clear();
    const auto now = m_clock();
    for (auto &p : *pending) {
        Row row;
        row.pending = std::move(p);
        const auto &v = row.pending.version;
        if (v.isServiceDefault()) {
            if (auto defaults = plan::loadServiceDefaults(m_store, v.serviceId))
                for (const auto &d : *defaults)
                    if (d.status == plan::PlanStatus::Active)
                        row.inForce = d;
        } else {
            if (auto inForce = plan::loadPlanInForce(m_store, v.patientId))
                row.inForce = *inForce;
            if (auto triage = worklist::loadTriageData(m_store, v.patientId))
                row.replay = replayDraft(v, row.inForce, *triage, now);
        }
        row.changes = row.inForce ? plan::comparePlans(*row.inForce, v)
                                  : plan::comparePlans(plan::PlanVersion {}, v);
        m_rows.push_back(std::move(row));
    }

    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.empty() ? -1 : 0;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const auto &row = m_rows[std::size_t(r)];
        const auto &p = row.pending;
        m_table->setItem(r, 0, new QTableWidgetItem(patientOf(p)));
        m_table->setItem(r, 1, new QTableWidgetItem(q(p.submittedByName)));
        m_table->setItem(r, 2,
            new QTableWidgetItem(p.version.submittedAtMillis
                    ? formatWhen(*p.version.submittedAtMillis, now)
                    : QString()));
        m_table->setItem(r, 3, new QTableWidgetItem(q(p.gpName)));
        m_table->setItem(r, 4, new QTableWidgetItem(changeSummary(row.changes)));
        m_table->setItem(r, 5,
            new QTableWidgetItem(row.replay
                    ? QStringLiteral("%1\n%2").arg(replayCountsText(row.replay->draft30),
                        replayCountsText(row.replay->inForce30))
                    : QString()));
        if (q(p.version.id) == keep)
            select = r;
    }
    m_table->resizeRowsToContents();
    m_title->setText(tr("Plans awaiting approval (%1)").arg(m_rows.size()));
    if (select >= 0)
        m_table->selectRow(select);
    else
        m_table->clearSelection();
    showSelected();
    Q_EMIT countChanged(count());
    return true;
}

const ApprovalList::Row *ApprovalList::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(rows.front().row())];
}

void ApprovalList::select(int row)
{
    m_table->selectRow(row);
    showSelected();
}

void ApprovalList::showSelected()
{
    const auto *row = selected();
    if (!row) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(m_rows.empty() ? tr("No plans are waiting for approval.")
                                                  : tr("Choose a plan in the list.")));
        updateButtons();
        return;
    }
    const auto &v = row->pending.version;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(patientOf(row->pending).toHtmlEscaped(),
                           tr("Sent by %1 on %2. GP: %3.")
                               .arg(q(row->pending.submittedByName).toHtmlEscaped(),
                                   formatDate(v.submittedAtMillis.value_or(v.createdAtMillis)),
                                   q(row->pending.gpName).toHtmlEscaped()));
    html += QStringLiteral("<h3>%1</h3>")
                .arg(row->inForce ? tr("What changed from the version in force")
                                  : tr("The plan's content (nothing is in force yet)"));
    html += changesHtml(row->changes);
    if (row->replay) {
        const auto &r = *row->replay;
        html += QStringLiteral("<h3>%1</h3><table cellpadding=4><tr><th></th><th>%2</th><th>%3</th>"
                               "</tr><tr><td>%4</td><td>%5</td><td>%6</td></tr>"
                               "<tr><td>%7</td><td>%8</td><td>%9</td></tr></table>")
                    .arg(tr("What the limits would have raised"), tr("This version"),
                        tr("Rules in force"), tr("Last 30 days"), replayCountsText(r.draft30),
                        replayCountsText(r.inForce30), tr("Last 90 days"),
                        replayCountsText(r.draft90), replayCountsText(r.inForce90));
    }
    html += QStringLiteral("<hr>") + planHtml(v);
    m_detail->setHtml(html);
    updateButtons();
}

QString ApprovalList::readOnlyReason() const
{
    return !m_readOnly->isHidden() ? m_readOnly->text() : QString();
}

void ApprovalList::updateButtons()
{
    const auto *row = selected();
    const bool may = row && m_actor && plan::mayApprove(*m_actor, row->pending.version);
    QString reason;
    if (m_actor && !m_rows.empty() && !may) {
        const bool doctor
            = m_actor->role == domain::Role::Gp || m_actor->role == domain::Role::Specialist;
        reason = row && row->pending.version.isServiceDefault() && doctor
            ? tr("Only the service's medical lead approves the default rules. You see the list "
                 "read-only.")
            : tr("Only a GP or a specialist approves limits and medicine measures. You see the "
                 "list read-only; a GP's approval by PLO or phone is recorded in the patient's "
                 "plan tab.");
    }
    m_readOnly->setText(reason);
    m_readOnly->setVisible(!reason.isEmpty());
    m_approve->setEnabled(may);
    m_comment->setEnabled(may);
    m_reject->setEnabled(may && !m_comment->toPlainText().trimmed().isEmpty());
    m_reject->setToolTip(may && m_comment->toPlainText().trimmed().isEmpty()
            ? tr("Write a comment to the nurse first.")
            : QString());
}

void ApprovalList::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? QStringLiteral("⚠ ") + text : text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a4000f; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_message->show();
}

QString ApprovalList::message() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

QString ApprovalList::detailText() const { return m_detail->toPlainText(); }

bool ApprovalList::approveSelected()
{
    const auto *row = selected();
    if (!row)
        return false;
    const auto patientId = q(row->pending.version.patientId);
    const auto who = patientOf(row->pending);
    auto moved = plan::approvePlan(m_store, row->pending.version.id, m_clock());
    if (!moved) {
        showMessage(errorText(moved.error()), true);
        return false;
    }
    m_comment->clear();
    refresh();
    showMessage(tr("Approved: %1. The plan is in force now.").arg(who), false);
    Q_EMIT planDecided(patientId);
    return true;
}

bool ApprovalList::rejectSelected(const QString &comment)
{
    const auto *row = selected();
    if (!row)
        return false;
    const auto patientId = q(row->pending.version.patientId);
    const auto who = patientOf(row->pending);
    auto moved = plan::rejectPlan(
        m_store, row->pending.version.id, comment.trimmed().toStdString(), m_clock());
    if (!moved) {
        showMessage(comment.trimmed().isEmpty() ? tr("Write a comment to the nurse to reject.")
                                                : errorText(moved.error()),
            true);
        return false;
    }
    m_comment->clear();
    refresh();
    showMessage(tr("Rejected: %1. The nurse sees your comment.").arg(who), false);
    Q_EMIT planDecided(patientId);
    return true;
}

} // namespace varde::ui
