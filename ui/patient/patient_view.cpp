#include "ui/patient/patient_view.h"

#include "core/domain/national_id.h"
#include "core/enrolment/follow_up.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "core/worklist/acknowledgement.h"
#include "ui/charts/trend_chart.h"
#include "ui/charts/trend_panel.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/patient/contact_dialog.h"
#include "ui/patient/contact_header.h"
#include "ui/patient/contact_tab.h"
#include "ui/patient/end_follow_up_dialog.h"
#include "ui/patient/reassign_dialog.h"
#include "ui/patient/summary_report.h"
#include "ui/plan/plan_tab.h"
#include "ui/plo/composer_dialog.h"
#include "ui/plo/message_thread.h"
#include "ui/plo/schema_location.h"
#include "ui/queue/reason_presenter.h"
#include "ui/queue/status_presentation.h"
#include "ui/queue/trial_presentation.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

// Export and print are accesses to the patient's record: written to the audit trail together.
Result<> audit(store::EncryptedStore &store,
    const std::string &patientId,
    std::string_view action,
    const std::string &detail)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = store::appendAudit(
            store.db(), store::actorOf(store), action, patientId, "patient", patientId, detail);
        !ok)
        return ok;
    return tx->commit();
}

} // namespace

PatientView::PatientView(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Back to the worklist"), this);
    connect(back, &QPushButton::clicked, this, &PatientView::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &PatientView::backRequested);
    top->addWidget(back);
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    top->addSpacing(12);
    top->addWidget(m_name);
    top->addStretch();
    m_writeToGp = new QPushButton(tr("&Write to the GP…"), this);
    m_writeToGp->setToolTip(tr("A PLO message to the patient's GP, drafted from the open "
                               "findings; you edit every part before it is sent."));
    connect(m_writeToGp, &QPushButton::clicked, this, [this] { writeToGp({}); });
    top->addWidget(m_writeToGp);
    auto *summary = new QPushButton(tr("GP &summary (PDF)…"), this);
    connect(summary, &QPushButton::clicked, this, &PatientView::askSummary);
    auto *png = new QPushButton(tr("Save charts as P&NG…"), this);
    connect(png, &QPushButton::clicked, this, &PatientView::askChartsPng);
    auto *print = new QPushButton(tr("&Print summary…"), this);
    connect(print, &QPushButton::clicked, this, &PatientView::askPrint);
    top->addWidget(print);
    top->addWidget(summary);
    top->addWidget(png);
    layout->addLayout(top);

    auto *identity = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_showId = new QPushButton(tr("Show national &identity number"), this);
    connect(m_showId, &QPushButton::clicked, this, &PatientView::showNationalId);
    identity->addWidget(m_identity);
    identity->addWidget(m_showId);
    identity->addStretch();
    layout->addLayout(identity);
    // Phones and link code, and what changes during follow-up.
    auto *contact = new QHBoxLayout;
    m_contact = new ContactHeader(m_store, m_clock, this);
    contact->addWidget(m_contact, 1);
    m_editContact = new QPushButton(tr("Edit &contact details…"), this);
    connect(m_editContact, &QPushButton::clicked, this, &PatientView::editContactDetails);
    m_reassign = new QPushButton(tr("Change responsible n&urse…"), this);
    connect(m_reassign, &QPushButton::clicked, this, &PatientView::changeResponsibleNurse);
    m_end = new QPushButton(tr("&End follow-up…"), this);
    connect(m_end, &QPushButton::clicked, this, &PatientView::endFollowUp);
    contact->addWidget(m_editContact);
    contact->addWidget(m_reassign);
    contact->addWidget(m_end);
    layout->addLayout(contact);
    m_ended = new QLabel(this);
    m_ended->setWordWrap(true);
    m_ended->setStyleSheet(QStringLiteral("background: #eeeeee; border: 2px solid #4a4a4a; "
                                          "padding: 6px; font-weight: bold;"));
    m_ended->hide();
    layout->addWidget(m_ended);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_reasons = new QLabel(this);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    layout->addWidget(m_reasons);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_trends = new TrendPanel(m_tabs);
    m_tabs->addTab(m_trends, tr("&Trends"));
    m_plan = new PlanTab(m_store, m_clock, m_tabs);
    m_tabs->addTab(m_plan, tr("P&lan"));
    // A plan that takes effect changes the header's "judged by" and the findings.
    connect(m_plan, &PlanTab::planChanged, this, [this] {
        if (m_record)
            loadRecord(patientId());
        Q_EMIT planChanged();
    });
    m_messages = new MessageThread(m_store, m_clock, m_tabs);
    m_tabs->addTab(m_messages, tr("&Messages"));
    connect(m_messages, &MessageThread::composeRequested, this, &PatientView::writeToGp);
    connect(m_messages, &MessageThread::messagesChanged, this, &PatientView::messagesChanged);
    m_history = new QTableWidget(m_tabs);
    m_history->setColumnCount(4);
    m_history->setHorizontalHeaderLabels(
        { tr("Time"), tr("Status"), tr("Finding"), tr("Handled") });
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_tabs->addTab(m_history, tr("&History"));
    m_contactTab = new ContactTab(m_store, m_tabs);
    m_tabs->addTab(m_contactTab, tr("C&ontact details"));
    layout->addWidget(m_tabs, 1);
}

QString PatientView::patientId() const
{
    return m_record ? text(m_record->row.patientId()) : QString();
}

QString PatientView::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PatientView::showError(const QString &message)
{
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
}

bool PatientView::open(const QString &patientId)
{
    m_error->hide();
    m_idShown = false;
    if (!loadRecord(patientId))
        return false;
    if (auto ok = worklist::recordPatientOpened(m_store, patientId.toStdString()); !ok) {
        showError(errorText(ok.error()));
        return false;
    }
    fillPlan();
    m_tabs->setCurrentIndex(0);
    return true;
}

// Reads and shows the record without auditing an opening (after a plan change).
bool PatientView::loadRecord(const QString &patientId)
{
    auto record = worklist::loadPatientRecord(
        m_store, patientId.toStdString(), time::fromEpochMillis(m_clock()));
    if (!record) {
        showError(errorText(record.error()));
        return false;
    }
    m_record = std::make_shared<const worklist::PatientRecord>(std::move(*record));
    fillHeader();
    m_trends->setRecord(m_record);
    fillHistory();
    fillEnded();
    m_contactTab->setPatient(m_record->row.overview.patient);
    m_messages->setPatient(patientId);
    m_writeToGp->setEnabled(m_record->row.overview.patient.status != domain::FollowUpStatus::Ended);
    return true;
}

void PatientView::showMessages() { m_tabs->setCurrentWidget(m_messages); }

ComposerDialog *PatientView::writeToGp(const QString &draftId)
{
    if (!m_record)
        return nullptr;
    ComposerDialog *dialog = nullptr;
    if (draftId.isEmpty()) {
        QStringList open;
        for (const auto &f : m_record->row.result.findings)
            if (f.open)
                open << QString::fromStdString(f.id);
        dialog = new ComposerDialog(m_store, ploSchemas(), m_clock, patientId(), open, this);
    } else {
        const auto &all = m_messages->messages();
        const auto it = std::find_if(all.begin(), all.end(),
            [&](const plo::ThreadMessage &m) { return m.id == draftId.toStdString(); });
        if (it == all.end())
            return nullptr;
        dialog = new ComposerDialog(m_store, ploSchemas(), m_clock, *it, this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Saved, queued or cancelled: the thread, the findings and the worklist follow.
    connect(dialog, &QDialog::finished, this, [this] {
        reload();
        showMessages();
        Q_EMIT messagesChanged();
    });
    dialog->open();
    return dialog;
}

bool PatientView::reload() { return m_record && loadRecord(patientId()); }

// Ended: a line that says when and why, and nothing left to change but to read.
void PatientView::fillEnded()
{
    const auto &p = m_record->row.overview.patient;
    const bool ended = p.status == domain::FollowUpStatus::Ended;
    m_contact->setPatient(p, ended);
    m_editContact->setEnabled(!ended);
    m_reassign->setEnabled(!ended);
    m_end->setEnabled(!ended);
    if (!ended) {
        m_ended->hide();
        m_ended->clear();
        return;
    }
    QString line = tr("Follow-up has ended.");
    if (auto periods = enrolment::enrolments(m_store, p.meta.id); periods) {
        for (auto it = periods->rbegin(); it != periods->rend(); ++it) {
            if (!it->endedAtMillis)
                continue;
            line = it->endReason
                ? tr("Follow-up ended %1 (%2)")
                      .arg(formatDate(*it->endedAtMillis), endReasonText(*it->endReason))
                : tr("Follow-up ended %1").arg(formatDate(*it->endedAtMillis));
            if (!it->endNote.empty())
                line += QStringLiteral(" – ") + text(it->endNote);
            break;
        }
    }
    m_ended->setText(line);
    m_ended->show();
}

QString PatientView::endedText() const { return m_ended->isHidden() ? QString() : m_ended->text(); }

void PatientView::editContactDetails()
{
    if (!m_record)
        return;
    ContactDialog dialog(m_store, m_record->row.overview.patient, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showContactDetails();
    Q_EMIT followUpChanged();
}

void PatientView::changeResponsibleNurse()
{
    if (!m_record)
        return;
    ReassignDialog dialog(m_store, m_record->row.patientId(),
        m_record->row.overview.patient.responsibleNurseId, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT followUpChanged();
}

void PatientView::endFollowUp()
{
    if (!m_record)
        return;
    EndFollowUpDialog dialog(m_store, m_record->row.patientId(),
        text(m_record->row.overview.patient.fullName()), m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT followUpChanged();
}

void PatientView::showPlan() { m_tabs->setCurrentWidget(m_plan); }

void PatientView::showContactDetails() { m_tabs->setCurrentWidget(m_contactTab); }

QString PatientView::headerText() const
{
    return m_name->text() + QLatin1Char('\n') + m_identity->text() + QLatin1Char('\n')
        + m_contact->phonesText() + QLatin1Char('\n') + endedText() + QLatin1Char('\n')
        + m_details->text() + QLatin1Char('\n') + m_reasons->text();
}

void PatientView::fillHeader()
{
    const auto &row = m_record->row;
    const auto &p = row.overview.patient;
    const auto today = time::osloDate(time::fromEpochMillis(m_record->nowMillis));
    m_name->setText(QStringLiteral("%1 %2").arg(text(p.givenName), text(p.familyName)));
    m_identity->setText(
        tr("%1 years · born %2 · national identity number %3")
            .arg(time::ageOn(p.birthDate, today))
            .arg(text(time::formatDate(p.birthDate)),
                text(m_idShown ? p.nationalId : domain::maskNationalId(p.nationalId))));
    m_showId->setVisible(!m_idShown);
    QStringList diagnoses;
    for (const auto &d : p.diagnoses)
        diagnoses << text(d.code) + QLatin1Char(' ') + text(d.text);
    const QString rules = row.personalPlan
        ? tr("personal plan approved by %1").arg(text(row.planApprovedBy))
        : row.builtinRules ? tr("Varde's built-in default rules")
                           : tr("the service's default rules");
    QString followUp = tr("active");
    if (p.status == domain::FollowUpStatus::Trial)
        followUp = row.trial ? trialSummary(*row.trial) : tr("trial period");
    else if (p.status == domain::FollowUpStatus::Paused)
        followUp = tr("paused");
    else if (p.status == domain::FollowUpStatus::Ended)
        followUp = tr("ended");
    m_details->setText(
        tr("Diagnoses: %1\nGP: %2 (%3) · Follow-up: %4 · Judged by %5 · Responsible nurse: %6")
            .arg(diagnoses.join(QStringLiteral("; ")), text(row.overview.gpName),
                text(m_record->gpPractice), followUp, rules,
                row.nurseName.empty() ? tr("none") : text(row.nurseName)));
    QStringList reasons;
    for (const auto &f : row.result.findings)
        if (f.open)
            reasons << QStringLiteral("<b>%1</b>: %2")
                           .arg(levelText(f.level()).toHtmlEscaped(),
                               reasonText(f.reason, time::fromEpochMillis(m_record->nowMillis))
                                   .toHtmlEscaped());
    // The worst and oldest first; a long list would push the trends off the screen, so the rest
    // are counted and left to the history tab.
    constexpr int shown = 5;
    if (reasons.size() > shown + 1) {
        const auto more = reasons.size() - shown;
        reasons = reasons.mid(0, shown);
        reasons << tr("… and %1 more open findings (see History)").arg(more);
    }
    m_reasons->setText(reasons.isEmpty()
            ? tr("Status: %1 – nothing open.").arg(levelText(row.result.status))
            : tr("Status: %1").arg(levelText(row.result.status)) + QStringLiteral("<br>")
                + reasons.join(QStringLiteral("<br>")));
}

void PatientView::showNationalId()
{
    if (!m_record)
        return;
    if (auto ok = audit(m_store, m_record->row.patientId(), "patient.show_id", {}); !ok)
        return showError(errorText(ok.error()));
    m_idShown = true;
    fillHeader();
}

void PatientView::fillPlan()
{
    const auto &p = m_record->row.overview.patient;
    m_plan->setPatient(text(p.meta.id), text(p.serviceId), text(p.fullName()),
        text(m_record->row.overview.gpName));
}

void PatientView::fillHistory()
{
    std::vector<const triage::Finding *> findings;
    for (const auto &f : m_record->row.result.findings)
        findings.push_back(&f);
    std::sort(findings.begin(), findings.end(),
        [](const auto *a, const auto *b) { return a->reason.time > b->reason.time; });
    m_history->setRowCount(int(findings.size()));
    const auto now = time::fromEpochMillis(m_record->nowMillis);
    for (int row = 0; row < int(findings.size()); ++row) {
        const auto &f = *findings[std::size_t(row)];
        QStringList handled;
        if (auto acks = m_record->acknowledgements.find(f.id);
            acks != m_record->acknowledgements.end())
            // The first acknowledgement, then anyone else's (two nurses acting on one finding).
            for (const auto &a : acks->second)
                handled << (handled.isEmpty() ? QString() : tr("Also acknowledged: "))
                        + QStringLiteral("%1 %2: %3%4")
                              .arg(
                                  text(time::formatOsloDateTime(time::fromEpochMillis(a.atMillis))),
                                  text(a.byName), ackActionText(a.action),
                                  a.note.empty() ? QString()
                                                 : QStringLiteral(" – ") + text(a.note));
        m_history->setItem(
            row, 0, new QTableWidgetItem(text(time::formatOsloDateTime(f.reason.time))));
        m_history->setItem(
            row, 1, new QTableWidgetItem(levelIcon(f.level()), levelText(f.level())));
        m_history->setItem(row, 2, new QTableWidgetItem(reasonText(f.reason, now)));
        m_history->setItem(row, 3,
            new QTableWidgetItem(handled.isEmpty() ? (f.open ? tr("Open") : tr("Closed"))
                                                   : handled.join(QLatin1Char('\n'))));
    }
    m_history->resizeColumnsToContents();
}

bool PatientView::exportSummaryPdf(const QString &path, int days)
{
    if (!m_record)
        return false;
    QString error;
    if (!writeSummaryPdf(*m_record, days, path, &error)) {
        showError(error);
        return false;
    }
    if (auto ok = audit(m_store, m_record->row.patientId(), "patient.export_pdf",
            std::to_string(days) + " days");
        !ok) {
        QFile::remove(path);
        showError(errorText(ok.error()));
        return false;
    }
    return true;
}

bool PatientView::exportChartsPng(const QString &folder)
{
    if (!m_record)
        return false;
    QDir().mkpath(folder);
    int n = 0;
    for (auto *chart : m_trends->charts()) {
        const QString file = QStringLiteral("%1/%2-%3.png")
                                 .arg(folder)
                                 .arg(++n)
                                 .arg(chart->chart()->title().section(QLatin1Char(' '), 0, 0));
        if (!chart->grab().save(file)) {
            showError(tr("The chart could not be saved in %1.").arg(folder));
            return false;
        }
    }
    if (auto ok = audit(m_store, m_record->row.patientId(), "patient.export_png",
            std::to_string(n) + " charts");
        !ok) {
        showError(errorText(ok.error()));
        return false;
    }
    return true;
}

bool PatientView::printSummary(QPrinter &printer, int days)
{
    if (!m_record)
        return false;
    // Audited before the pages leave: a printout in the room is an access like any other.
    if (auto ok = audit(
            m_store, m_record->row.patientId(), "patient.print", std::to_string(days) + " days");
        !ok) {
        showError(errorText(ok.error()));
        return false;
    }
    paintSummary(*m_record, days, printer);
    return true;
}

void PatientView::askPrint()
{
    const auto days = askPeriod();
    if (!days)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printSummary(printer, *days);
}

std::optional<int> PatientView::askPeriod()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("GP summary"));
    auto *form = new QFormLayout(&dialog);
    auto *period = new QComboBox(&dialog);
    period->addItem(tr("Last 30 days"), 30);
    period->addItem(tr("Last 90 days"), 90);
    form->addRow(tr("&Period:"), period);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return period->currentData().toInt();
}

void PatientView::askSummary()
{
    const auto days = askPeriod();
    if (!days)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the summary as PDF"),
        QDir::homePath() + QStringLiteral("/sammendrag.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportSummaryPdf(path, *days);
}

void PatientView::askChartsPng()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the chart images"), QDir::homePath());
    if (!folder.isEmpty())
        exportChartsPng(folder);
}

} // namespace varde::ui
