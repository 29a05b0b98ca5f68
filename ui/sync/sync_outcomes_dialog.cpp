#include "ui/sync/sync_outcomes_dialog.h"

#include "core/store/encrypted_store.h"
#include "core/sync/outbox_push.h"
#include "core/sync/sync_engine.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plan/plan_conflict_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString pretty(const std::string &json)
{
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    return doc.isNull() ? QString::fromStdString(json)
                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

SyncOutcomesDialog::SyncOutcomesDialog(store::EncryptedStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 4, this))
    , m_sent(new QPlainTextEdit(this))
    , m_answer(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Changes the server did not take"));
    auto *intro = new QLabel(tr("A conflict means someone changed the same thing first: compare "
                                "what was sent with the server's version and make the change "
                                "again where it is still needed. A refusal gives the reason. "
                                "Nothing here is lost until you mark it as seen."),
        this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Recorded"), tr("What"), tr("Outcome"), tr("Reason") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sent->setReadOnly(true);
    m_answer->setReadOnly(true);
    m_sent->setAccessibleName(tr("What was sent"));
    m_answer->setAccessibleName(tr("The server's answer and current version"));
    auto *sides = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Sent from this workstation:"), this));
    left->addWidget(m_sent);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("The server's answer (its current version):"), this));
    right->addWidget(m_answer);
    sides->addLayout(left);
    sides->addLayout(right);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_seen = buttons->addButton(tr("&Mark as seen"), QDialogButtonBox::ActionRole);
    m_resolvePlan
        = buttons->addButton(tr("&Resolve the plan conflict …"), QDialogButtonBox::ActionRole);
    connect(m_resolvePlan, &QPushButton::clicked, this, [this] { resolvePlanConflict(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_seen, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const auto client = m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString();
        const auto id = m_table->item(row, 1)->data(Qt::UserRole).toLongLong();
        if (auto ok = sync::resolveOutcome(
                m_store.db(), client, id, m_store.user().meta.id, sync::currentMillis());
            !ok)
            m_answer->setPlainText(errorText(ok.error()));
        reload();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showSelected(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(sides, 2);
    layout->addWidget(buttons);
    resize(980, 640);
    reload();
}

int SyncOutcomesDialog::count() const { return m_table->rowCount(); }

void SyncOutcomesDialog::reload()
{
    m_table->setRowCount(0);
    auto outcomes = sync::openOutcomes(m_store.db());
    if (!outcomes) {
        m_answer->setPlainText(errorText(outcomes.error()));
        return;
    }
    const auto now = sync::currentMillis();
    for (const auto &o : *outcomes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *when = new QTableWidgetItem(formatWhen(o.recordedAt, now));
        when->setData(Qt::UserRole, QString::fromStdString(o.clientId));
        auto *what = new QTableWidgetItem(QString::fromStdString(o.entity));
        what->setData(Qt::UserRole, qlonglong(o.mutationId));
        what->setData(Qt::UserRole + 1, QString::fromStdString(o.payload));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, what);
        auto *outcome
            = new QTableWidgetItem(o.status == "conflict" ? tr("Conflict") : tr("Refused"));
        outcome->setData(Qt::UserRole, QString::fromStdString(o.entityId));
        outcome->setData(Qt::UserRole + 1, o.entity == "plan_version" && o.status == "conflict");
        m_table->setItem(row, 2, outcome);
        auto *reason = new QTableWidgetItem(
            QString::fromStdString(o.message.empty() ? o.reason : o.reason + ": " + o.message));
        reason->setData(Qt::UserRole, QString::fromStdString(o.answerJson));
        m_table->setItem(row, 3, reason);
    }
    m_table->resizeColumnsToContents();
    m_seen->setEnabled(m_table->rowCount() > 0);
    m_resolvePlan->setEnabled(false);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    else {
        m_sent->clear();
        m_answer->clear();
    }
}

void SyncOutcomesDialog::resolvePlanConflict()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const auto versionId = m_table->item(row, 2)->data(Qt::UserRole).toString().toStdString();
    PlanConflictDialog dialog(m_store, versionId, this);
    if (!dialog.ready()) {
        QMessageBox::information(this, windowTitle(), dialog.problem());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Every conflict of that version is answered by the new draft or by setting it aside.
    auto outcomes = sync::openOutcomes(m_store.db());
    if (outcomes)
        for (const auto &o : *outcomes)
            if (o.entity == "plan_version" && o.entityId == versionId && o.status == "conflict")
                if (auto ok = sync::resolveOutcome(m_store.db(), o.clientId, o.mutationId,
                        m_store.user().meta.id, sync::currentMillis());
                    !ok)
                    m_answer->setPlainText(errorText(ok.error()));
    reload();
}

void SyncOutcomesDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_resolvePlan->setEnabled(false);
        return;
    }
    m_resolvePlan->setEnabled(m_table->item(row, 2)->data(Qt::UserRole + 1).toBool());
    m_sent->setPlainText(
        pretty(m_table->item(row, 1)->data(Qt::UserRole + 1).toString().toStdString()));
    m_answer->setPlainText(
        pretty(m_table->item(row, 3)->data(Qt::UserRole).toString().toStdString()));
}

} // namespace varde::ui
