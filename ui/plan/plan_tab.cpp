#include "ui/plan/plan_tab.h"

#include "core/plan/compare.h"
#include "core/plan/plan_repository.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plan/plan_document.h"
#include "ui/plan/plan_editor.h"
#include "ui/plan/plan_handout.h"
#include "ui/plan/plan_words.h"
#include "ui/plan/record_approval_dialog.h"
#include "ui/queue/status_presentation.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

QIcon statusIcon(plan::PlanStatus status)
{
    switch (status) {
    case plan::PlanStatus::Active:
        return levelIcon(triage::Level::Green, 16);
    case plan::PlanStatus::AwaitingApproval:
        return levelIcon(triage::Level::Missing, 16);
    case plan::PlanStatus::Rejected:
        return levelIcon(triage::Level::Red, 16);
    default:
        return {};
    }
}

} // namespace

PlanTab::PlanTab(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto *overview = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(overview);
    m_error = new QLabel(overview);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *columns = new QHBoxLayout;
    m_planView = new QTextBrowser(overview);
    m_planView->setOpenLinks(false);
    m_planView->setAccessibleName(tr("The plan in force"));
    addZoneImages(m_planView->document());
    columns->addWidget(m_planView, 3);

    auto *side = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_draft = new QPushButton(overview);
    connect(m_draft, &QPushButton::clicked, this, &PlanTab::openDraft);
    m_record = new QPushButton(tr("&Record GP's approval…"), overview);
    connect(m_record, &QPushButton::clicked, this, &PlanTab::askRecordApproval);
    // The patient's own copy: the plan in force as an A4 handout, exported or printed (audited).
    auto *handout = new QPushButton(tr("&Handout for the patient (PDF)…"), overview);
    connect(handout, &QPushButton::clicked, this, &PlanTab::askHandoutPdf);
    auto *printHandout = new QPushButton(tr("Print &handout…"), overview);
    connect(printHandout, &QPushButton::clicked, this, &PlanTab::askPrintHandout);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_record);
    buttons->addStretch();
    buttons->addWidget(handout);
    buttons->addWidget(printHandout);
    side->addLayout(buttons);
    m_notice = new QLabel(overview);
    m_notice->setWordWrap(true);
    side->addWidget(m_notice);

    auto *versions = new QGroupBox(tr("Versions"), overview);
    auto *versionLayout = new QVBoxLayout(versions);
    m_history = new QTableWidget(versions);
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels(
        { tr("Status"), tr("Created"), tr("Sent"), tr("Approved or rejected"), tr("Comment") });
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setWordWrap(true);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setAccessibleName(tr("Plan versions"));
    connect(m_history, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        // Newest first on screen; a double-click reads the version in the editor.
        const auto index = std::size_t(int(m_versions.size()) - 1 - row);
        if (index < m_versions.size()) {
            m_editor->open(m_versions[index], m_patientName);
            m_pages->setCurrentWidget(m_editor);
        }
    });
    versionLayout->addWidget(m_history);
    side->addWidget(versions, 2);

    auto *compareBox = new QGroupBox(tr("Compare versions"), overview);
    auto *compareLayout = new QVBoxLayout(compareBox);
    auto *pick = new QHBoxLayout;
    m_from = new QComboBox(compareBox);
    m_to = new QComboBox(compareBox);
    m_from->setAccessibleName(tr("Compare from"));
    m_to->setAccessibleName(tr("Compare with"));
    pick->addWidget(m_from, 1);
    pick->addWidget(new QLabel(QStringLiteral("→"), compareBox));
    pick->addWidget(m_to, 1);
    compareLayout->addLayout(pick);
    m_changes = new QTextBrowser(compareBox);
    m_changes->setAccessibleName(tr("Differences between the versions"));
    compareLayout->addWidget(m_changes);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PlanTab::showComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PlanTab::showComparison);
    side->addWidget(compareBox, 3);
    columns->addLayout(side, 2);
    layout->addLayout(columns, 1);
    m_pages->addWidget(overview);

    m_editor = new PlanEditor(m_store, m_clock, m_pages);
    m_pages->addWidget(m_editor);
    connect(m_editor, &PlanEditor::closeRequested, this, [this] {
        reload();
        m_pages->setCurrentIndex(0);
    });
    connect(m_editor, &PlanEditor::versionMoved, this, [this] {
        reload();
        Q_EMIT planChanged();
    });
}

bool PlanTab::isEditing() const { return m_pages->currentWidget() == m_editor; }

bool PlanTab::setPatient(const QString &patientId,
    const QString &serviceId,
    const QString &patientName,
    const QString &gpName)
{
    if (isEditing())
        m_editor->saveNow();
    m_patientId = patientId.toStdString();
    m_serviceId = serviceId.toStdString();
    m_patientName = patientName;
    m_gpName = gpName;
    m_pages->setCurrentIndex(0);
    return reload();
}

void PlanTab::showError(const QString &text)
{
    m_error->setText(QStringLiteral("⚠ ") + text);
    m_error->show();
}

QString PlanTab::errorMessage() const { return !m_error->isHidden() ? m_error->text() : QString(); }

bool PlanTab::reload()
{
    m_error->hide();
    auto actor = plan::currentActor(m_store);
    auto versions = plan::loadPatientPlans(m_store, m_patientId);
    auto inForce = plan::loadPlanInForce(m_store, m_patientId);
    if (!actor || !versions || !inForce) {
        showError(errorText(!actor ? actor.error()
                : !versions        ? versions.error()
                                   : inForce.error()));
        return false;
    }
    m_actor = *actor;
    m_versions = std::move(*versions);
    m_inForce = *inForce;
    m_serviceDefault.reset();
    if (auto defaults = plan::loadServiceDefaults(m_store, m_serviceId))
        for (const auto &v : *defaults)
            if (v.status == plan::PlanStatus::Active)
                m_serviceDefault = v;
    fill();
    return true;
}

const plan::PlanVersion *PlanTab::awaiting() const
{
    for (const auto &v : m_versions)
        if (v.status == plan::PlanStatus::AwaitingApproval)
            return &v;
    return nullptr;
}

void PlanTab::fill()
{
    // The plan in force.
    if (!m_inForce)
        m_planView->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No rules are in force.")));
    else if (m_inForce->isServiceDefault())
        m_planView->setHtml(QStringLiteral("<p><b>%1</b></p>")
                                .arg(tr("No personal plan has been approved yet: the service's "
                                        "default rules judge the values."))
            + planHtml(*m_inForce));
    else
        m_planView->setHtml(planHtml(*m_inForce));

    const plan::PlanVersion *draft = nullptr;
    for (const auto &v : m_versions)
        if (v.status == plan::PlanStatus::Draft)
            draft = &v;
    const auto *waiting = awaiting();
    const bool mayDraft = m_actor && plan::mayDraft(*m_actor);
    m_draft->setText(draft ? tr("&Continue the draft") : tr("&New draft of the plan"));
    m_draft->setEnabled(mayDraft);
    m_draft->setToolTip(mayDraft ? QString() : tr("Your role cannot draft plans."));
    m_record->setVisible(waiting != nullptr);
    m_record->setEnabled(mayDraft);
    QStringList notes;
    if (waiting)
        notes << tr("A version was sent to the GP for approval on %1. Until it is approved, the "
                    "plan in force judges the values.")
                     .arg(
                         formatDate(waiting->submittedAtMillis.value_or(waiting->createdAtMillis)));
    if (draft)
        notes << tr("A draft by %1 was last changed %2.")
                     .arg(q(draft->createdByName), formatWhen(draft->updatedAtMillis, m_clock()));
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_notice->setVisible(!notes.isEmpty());

    // Every version, newest first.
    m_history->setRowCount(int(m_versions.size()));
    for (int row = 0; row < int(m_versions.size()); ++row) {
        const auto &v = m_versions[m_versions.size() - 1 - std::size_t(row)];
        m_history->setItem(
            row, 0, new QTableWidgetItem(statusIcon(v.status), planStatusText(v.status)));
        m_history->setItem(row, 1,
            new QTableWidgetItem(
                QStringLiteral("%1, %2").arg(formatDate(v.createdAtMillis), q(v.createdByName))));
        m_history->setItem(row, 2,
            new QTableWidgetItem(
                v.submittedAtMillis ? formatDate(*v.submittedAtMillis) : QString()));
        QString decided;
        if (v.approval)
            decided = approvalText(*v.approval);
        else if (v.reviewedAtMillis)
            decided = tr("Rejected by %1 on %2")
                          .arg(q(v.reviewedByName), formatDate(*v.reviewedAtMillis));
        m_history->setItem(row, 3, new QTableWidgetItem(decided));
        m_history->setItem(row, 4, new QTableWidgetItem(q(v.reviewComment)));
    }
    m_history->resizeColumnsToContents();
    m_history->resizeRowsToContents();

    // The comparison: any two versions, and the service's rules a first plan starts from.
    m_choices.clear();
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
        m_choices.push_back(&*it);
    if (m_serviceDefault)
        m_choices.push_back(&*m_serviceDefault);
    for (auto *combo : { m_from, m_to }) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto *v : m_choices)
            combo->addItem(versionLabel(*v));
    }
    // Newest against what is in force (or the one before it).
    int from = -1;
    for (int i = 0; i < int(m_choices.size()); ++i)
        if (m_inForce && m_choices[std::size_t(i)]->id == m_inForce->id)
            from = i;
    if (from <= 0)
        from = std::min(1, int(m_choices.size()) - 1);
    compare(from, 0);
}

void PlanTab::compare(int from, int to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setCurrentIndex(from);
        m_to->setCurrentIndex(to);
    }
    showComparison();
}

void PlanTab::showComparison()
{
    const int a = m_from->currentIndex();
    const int b = m_to->currentIndex();
    if (a < 0 || b < 0 || a >= int(m_choices.size()) || b >= int(m_choices.size())) {
        m_changes->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Nothing to compare yet.")));
        return;
    }
    if (a == b) {
        m_changes->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Choose two different versions.")));
        return;
    }
    m_changes->setHtml(
        changesHtml(plan::comparePlans(*m_choices[std::size_t(a)], *m_choices[std::size_t(b)])));
}

bool PlanTab::openDraft()
{
    auto draft = plan::openDraft(m_store, m_patientId, m_serviceId, m_clock());
    if (!draft) {
        showError(errorText(draft.error()));
        return false;
    }
    m_editor->open(*draft, m_patientName);
    m_pages->setCurrentWidget(m_editor);
    reload(); // a new draft shows in the history when the nurse comes back
    return true;
}

bool PlanTab::recordApproval(const plan::OutsideApproval &approval)
{
    const auto *waiting = awaiting();
    if (!waiting)
        return false;
    auto moved = plan::recordApproval(m_store, waiting->id, approval, m_clock());
    if (!moved) {
        showError(errorText(moved.error()));
        return false;
    }
    reload();
    Q_EMIT planChanged();
    return true;
}

void PlanTab::askRecordApproval()
{
    RecordApprovalDialog dialog(m_gpName, m_clock(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordApproval(dialog.approval());
}

QString PlanTab::planText() const { return m_planView->toPlainText(); }

QString PlanTab::comparisonText() const { return m_changes->toPlainText(); }

void PlanTab::askHandoutPdf()
{
    const auto suggested = QDir::home().filePath(tr("plan-%1.pdf").arg(m_patientName));
    const auto path = QFileDialog::getSaveFileName(
        this, tr("Save the patient's handout"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePlanHandoutPdf(m_store, m_patientId, path, m_clock(), &error))
        QMessageBox::warning(this, tr("Handout"), error);
}

void PlanTab::askPrintHandout()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printPlanHandout(m_store, m_patientId, printer, m_clock(), &error))
        QMessageBox::warning(this, tr("Handout"), error);
}

} // namespace varde::ui
