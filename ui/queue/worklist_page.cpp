#include "ui/queue/worklist_page.h"

#include "core/domain/national_id.h"
#include "core/worklist/worklist.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plo/composer_dialog.h"
#include "ui/plo/schema_location.h"
#include "ui/queue/queue_filter.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/reason_presenter.h"
#include "ui/queue/status_presentation.h"
#include "ui/queue/trial_presentation.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

constexpr int findingIdRole = Qt::UserRole + 1;
constexpr int observationIdRole = Qt::UserRole + 2;
constexpr std::array levels { triage::Level::Red, triage::Level::Yellow, triage::Level::Suspect,
    triage::Level::Missing, triage::Level::Green };

} // namespace

WorklistPage::WorklistPage(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_model(new QueueModel(this))
    , m_filter(new QueueFilter(this))
{
    auto *layout = new QVBoxLayout(this);
    buildFilters(this, layout);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        QueueModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Worklist"));
    m_view->sortByColumn(QueueModel::StatusColumn, Qt::AscendingOrder);
    m_view->setStyleSheet(
        QStringLiteral("QTableView::item:focus { border: 2px solid palette(highlight); }"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WorklistPage::showDetails);
    // Double-click or Enter opens the patient in the same window.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openPatientRequested(index.data(QueueModel::PatientIdRole).toString());
    });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] { m_search->setFocus(); });

    // New measurements arrive from import and, later, sync; a new day brings new due times.
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &WorklistPage::refresh);
    m_timer->start();
    refresh();
    if (m_filter->rowCount() > 0)
        m_view->selectRow(0);
}

void WorklistPage::buildFilters(QWidget *parent, QVBoxLayout *layout)
{
    auto *counts = new QHBoxLayout;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        auto *button = new QToolButton(parent);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(levelIcon(levels[i], 22));
        button->setIconSize(QSize(22, 22));
        button->setAutoRaise(false);
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        connect(button, &QToolButton::toggled, this, [this, i](bool on) {
            for (std::size_t k = 0; k < m_countButtons.size(); ++k)
                if (k != i && on)
                    m_countButtons[k]->setChecked(false);
            const bool any = std::any_of(m_countButtons.begin(), m_countButtons.end(),
                [](QToolButton *b) { return b->isChecked(); });
            m_filter->setLevel(any && on ? std::optional<int>(int(levels[i])) : std::nullopt);
        });
        m_countButtons[i] = button;
        counts->addWidget(button);
    }
    counts->addStretch();
    layout->addLayout(counts);

    auto *filters = new QHBoxLayout;
    m_mine = new QCheckBox(tr("&My patients only"), parent);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyNurse(on ? QString::fromStdString(m_store.user().meta.id) : QString());
    });
    filters->addWidget(m_mine);
    auto *municipalityLabel = new QLabel(tr("M&unicipality:"), parent);
    m_municipality = new QComboBox(parent);
    municipalityLabel->setBuddy(m_municipality);
    connect(m_municipality, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setMunicipality(m_municipality->currentData().toString()); });
    filters->addWidget(municipalityLabel);
    filters->addWidget(m_municipality);
    auto *diagnosisLabel = new QLabel(tr("&Diagnosis:"), parent);
    m_diagnosis = new QComboBox(parent);
    diagnosisLabel->setBuddy(m_diagnosis);
    m_diagnosis->addItem(tr("All"), QString());
    m_diagnosis->addItem(tr("COPD (J44)"), QStringLiteral("J44"));
    m_diagnosis->addItem(tr("Heart failure (I50)"), QStringLiteral("I50"));
    m_diagnosis->addItem(tr("Diabetes (E10–E14)"), QStringLiteral("E1"));
    m_diagnosis->addItem(tr("Cancer (C)"), QStringLiteral("C"));
    connect(m_diagnosis, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setDiagnosisPrefix(m_diagnosis->currentData().toString()); });
    filters->addWidget(diagnosisLabel);
    filters->addWidget(m_diagnosis);
    filters->addStretch();
    auto *searchLabel = new QLabel(tr("&Search:"), parent);
    m_search = new QLineEdit(parent);
    m_search->setPlaceholderText(tr("Name or national identity number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setMinimumWidth(260);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QueueFilter::setSearchText);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search);
    layout->addLayout(filters);
}

QWidget *WorklistPage::buildDetails()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    QFont bigger = m_title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_title->setFont(bigger);
    layout->addWidget(m_title);
    m_plan = new QLabel(panel);
    m_plan->setWordWrap(true);
    layout->addWidget(m_plan);
    // The trial period and, when due, the plan reminder: an icon beside the words.
    auto *trial = new QHBoxLayout;
    m_trialIcon = new QLabel(panel);
    m_trial = new QLabel(panel);
    m_trial->setWordWrap(true);
    QFont bold = m_trial->font();
    bold.setBold(true);
    m_trial->setFont(bold);
    trial->addWidget(m_trialIcon);
    trial->addWidget(m_trial, 1);
    layout->addLayout(trial);

    auto *findingsLabel = new QLabel(tr("Open &findings:"), panel);
    m_findings = new QListWidget(panel);
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_findings->setAccessibleName(tr("Open findings"));
    m_findings->setAccessibleDescription(
        tr("Select findings to acknowledge only those; with none selected all are acknowledged."));
    findingsLabel->setBuddy(m_findings);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);

    auto *form = new QFormLayout;
    m_action = new QComboBox(panel);
    for (auto action : worklist::allAckActions())
        m_action->addItem(ackActionText(worklist::ackActionKey(action)), int(action));
    m_action->setAccessibleName(tr("Action taken"));
    form->addRow(tr("&Action taken:"), m_action);
    m_note = new QLineEdit(panel);
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_acknowledge = new QPushButton(tr("A&cknowledge"), panel);
    m_acknowledge->setDefault(true);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        acknowledgeSelected(worklist::AckAction(m_action->currentData().toInt()), m_note->text());
    });
    connect(m_note, &QLineEdit::returnPressed, m_acknowledge, &QPushButton::click);
    layout->addWidget(m_acknowledge);

    m_writeToGp = new QPushButton(tr("&Write to the GP about these findings…"), panel);
    m_writeToGp->setToolTip(tr("A PLO message drafted from the selected findings (all open "
                               "ones when none is selected). Sending it can acknowledge them."));
    connect(m_writeToGp, &QPushButton::clicked, this, [this] { writeToGp(); });
    layout->addWidget(m_writeToGp);

    auto *more = new QHBoxLayout;
    m_markError = new QPushButton(tr("Mark as measurement &error…"), panel);
    connect(m_markError, &QPushButton::clicked, this, &WorklistPage::markMeasurementError);
    m_pause = new QPushButton(tr("&Pause follow-up…"), panel);
    connect(m_pause, &QPushButton::clicked, this, &WorklistPage::pauseFollowUp);
    more->addWidget(m_markError);
    more->addWidget(m_pause);
    layout->addLayout(more);
    m_restore = new QPushButton(tr("&Restore a measurement marked as error…"), panel);
    connect(m_restore, &QPushButton::clicked, this, &WorklistPage::restoreMeasurement);
    layout->addWidget(m_restore);
    panel->setMinimumWidth(330);
    return panel;
}

QString WorklistPage::selectedPatientId() const
{
    const auto current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(QueueModel::PatientIdRole).toString() : QString();
}

void WorklistPage::selectPatient(const QString &patientId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto index = m_filter->index(row, QueueModel::NameColumn);
        if (index.data(QueueModel::PatientIdRole).toString() == patientId) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void WorklistPage::refresh()
{
    const QString selected = selectedPatientId();
    auto list = worklist::buildWorklist(m_store, time::fromEpochMillis(m_clock()));
    if (!list) {
        showError(errorText(list.error()));
        return;
    }
    m_error->hide();
    // New red findings raise a notification without personal data (see MainWindow).
    QSet<QString> red;
    for (const auto &row : list->rows)
        for (const auto &f : row.result.findings)
            if (f.open && f.level() == triage::Level::Red)
                red.insert(QString::fromStdString(f.id));
    const bool firstLoad = m_model->rowCount() == 0;
    const bool newRed = !firstLoad && !(red - m_seenRed).isEmpty();
    m_seenRed = red;

    QSet<QString> municipalities;
    for (const auto &row : list->rows)
        municipalities.insert(QString::fromStdString(row.overview.patient.municipality));
    // Message markers are a hint beside triage: a failure to read them shows, but does not
    // hold back the worklist.
    std::map<std::string, plo::MessageFlags> flags;
    if (auto hours = plo::receiptAlertHours(m_store)) {
        if (auto read = plo::messageFlags(m_store, m_clock(), *hours))
            flags = std::move(*read);
        else
            showError(errorText(read.error()));
    }
    m_model->setWorklist(std::move(*list), std::move(flags));
    // Every column fits its content except the reason, which takes the rest and elides; its
    // full text is in the tooltip and in the details beside the table.
    for (int column = 0; column < QueueModel::ColumnCount; ++column)
        if (column != QueueModel::ReasonColumn)
            m_view->resizeColumnToContents(column);
    if (m_municipality->count() == 0 || m_municipality->count() != municipalities.size() + 1) {
        const QString current = m_municipality->currentData().toString();
        m_municipality->blockSignals(true);
        m_municipality->clear();
        m_municipality->addItem(tr("All"), QString());
        QStringList names = municipalities.values();
        names.sort();
        for (const auto &name : names)
            m_municipality->addItem(name, name);
        m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(current)));
        m_municipality->blockSignals(false);
    }
    updateCounts();
    if (!selected.isEmpty())
        selectPatient(selected);
    showDetails();
    if (newRed)
        Q_EMIT newRedFinding();
}

void WorklistPage::updateCounts()
{
    const auto &counts = m_model->worklist().countByLevel;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const int n = counts[std::size_t(levels[i])];
        m_countButtons[i]->setText(QStringLiteral("%1 %2").arg(levelText(levels[i])).arg(n));
        m_countButtons[i]->setAccessibleName(
            tr("%1: %2 patients").arg(levelText(levels[i])).arg(n));
    }
}

QString WorklistPage::countsText() const
{
    QStringList parts;
    for (auto *button : m_countButtons)
        parts << button->text();
    return parts.join(QStringLiteral(" · "));
}

QString WorklistPage::trialDetailText() const { return m_trial->text(); }

QString WorklistPage::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void WorklistPage::showError(const QString &text)
{
    m_error->setText(QStringLiteral("⚠ ") + text);
    m_error->show();
}

void WorklistPage::showDetails()
{
    m_findings->clear();
    const auto id = selectedPatientId();
    const auto *row = id.isEmpty() ? nullptr : m_model->rowForPatient(id);
    m_acknowledge->setEnabled(row && row->result.openCount > 0);
    m_writeToGp->setEnabled(row != nullptr);
    m_markError->setEnabled(row);
    m_pause->setEnabled(row);
    m_restore->setEnabled(false);
    m_trial->clear();
    m_trialIcon->clear();
    m_trialIcon->hide();
    if (!row) {
        m_title->setText(tr("No patient selected"));
        m_plan->clear();
        return;
    }
    if (id != m_openedPatient) {
        // Showing a patient's findings opens their record: audited.
        m_openedPatient = id;
        if (auto ok = worklist::recordPatientOpened(m_store, id.toStdString()); !ok)
            showError(errorText(ok.error()));
    }
    const auto &p = row->overview.patient;
    m_title->setText(
        QStringLiteral("%1 %2, %3 · %4")
            .arg(QString::fromStdString(p.givenName), QString::fromStdString(p.familyName),
                tr("%1 y").arg(time::ageOn(p.birthDate, time::osloDate(m_model->worklist().now))),
                QString::fromStdString(domain::maskNationalId(p.nationalId))));
    QString plan = row->personalPlan ? tr("Judged by the personal plan approved by %1.")
                                           .arg(QString::fromStdString(row->planApprovedBy))
        : row->builtinRules
        ? tr("No approved personal plan and no approved default rules for the service: judged by "
             "Varde's built-in default rules.")
        : tr("No approved personal plan: judged by the follow-up service's default rules.");
    if (row->pause)
        plan += QLatin1Char(' ')
            + tr("Follow-up paused until %1.").arg(formatDate(row->pause->untilMillis));
    m_plan->setText(plan);
    if (row->trial) {
        m_trial->setText(row->trial->planReminder ? trialText(*row->trial) + QLatin1Char('\n')
                    + tr("Make a personal plan and send it to the GP for approval.")
                                                  : trialText(*row->trial));
        if (row->trial->planReminder) {
            m_trialIcon->setPixmap(planReminderIcon(22).pixmap(22, 22));
            m_trialIcon->show();
        }
    }
    for (const auto &f : row->result.findings) {
        if (!f.open)
            continue;
        auto *item = new QListWidgetItem(levelIcon(f.level()),
            levelText(f.level()) + QStringLiteral(": ")
                + reasonText(f.reason, m_model->worklist().now));
        item->setData(findingIdRole, QString::fromStdString(f.id));
        item->setData(observationIdRole, QString::fromStdString(f.observationId));
        m_findings->addItem(item);
    }
    if (row->result.openCount == 0)
        m_findings->addItem(tr("Nothing open: all findings are acknowledged."));
    // Excluded measurements stay visible, marked as such, and can be restored.
    auto excluded = worklist::excludedMeasurements(m_store, id.toStdString());
    if (excluded) {
        for (const auto &e : *excluded) {
            auto *item = new QListWidgetItem(
                tr("Marked as measurement error: %1 %2 (%3) – %4")
                    .arg(kindShortName(e.measurement.kind),
                        formatValue(e.measurement.kind, e.measurement.canonicalValue),
                        formatWhen(e.measurement.measuredAtMillis,
                            time::toEpochMillis(m_model->worklist().now)),
                        QString::fromStdString(e.reason)));
            item->setForeground(QBrush(Qt::darkGray));
            m_findings->addItem(item);
        }
        m_restore->setEnabled(!excluded->empty());
    }
}

std::vector<std::string> WorklistPage::selectedFindingIds() const
{
    const auto id = selectedPatientId();
    const auto *row = id.isEmpty() ? nullptr : m_model->rowForPatient(id);
    std::vector<std::string> ids;
    if (!row)
        return ids;
    for (auto *item : m_findings->selectedItems())
        if (!item->data(findingIdRole).toString().isEmpty())
            ids.push_back(item->data(findingIdRole).toString().toStdString());
    if (ids.empty())
        for (const auto &f : row->result.findings)
            if (f.open)
                ids.push_back(f.id);
    return ids;
}

ComposerDialog *WorklistPage::writeToGp()
{
    const auto id = selectedPatientId();
    if (id.isEmpty())
        return nullptr;
    QStringList findings;
    for (const auto &f : selectedFindingIds())
        findings << QString::fromStdString(f);
    auto *dialog = new ComposerDialog(m_store, ploSchemas(), m_clock, id, findings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        refresh();
        m_view->setFocus();
    });
    dialog->open();
    return dialog;
}

bool WorklistPage::acknowledgeSelected(worklist::AckAction action, const QString &note)
{
    const auto id = selectedPatientId();
    const auto *row = id.isEmpty() ? nullptr : m_model->rowForPatient(id);
    if (!row || row->result.openCount == 0)
        return false;
    const auto ids = selectedFindingIds();
    const int position = m_view->selectionModel()->currentIndex().row();
    auto ok = worklist::acknowledgeFindings(
        m_store, id.toStdString(), ids, action, note.toStdString(), m_clock());
    if (!ok) {
        showError(errorText(ok.error()));
        return false;
    }
    m_note->clear();
    refresh();
    // The nurse works from the top: the next patient takes the place of the one just handled.
    if (position >= 0 && m_filter->rowCount() > 0)
        m_view->selectRow(std::min(position, m_filter->rowCount() - 1));
    m_view->setFocus();
    return true;
}

void WorklistPage::markMeasurementError()
{
    const auto *item = m_findings->currentItem();
    const QString observation = item ? item->data(observationIdRole).toString() : QString();
    if (observation.isEmpty()) {
        showError(tr("Select the finding of the measurement that is wrong."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Measurement error"),
        tr("Why is this measurement wrong? It leaves triage and stays visible."), QLineEdit::Normal,
        QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    auto done = worklist::excludeMeasurement(m_store, selectedPatientId().toStdString(),
        observation.toStdString(), reason.trimmed().toStdString());
    if (!done)
        return showError(errorText(done.error()));
    refresh();
}

void WorklistPage::restoreMeasurement()
{
    const auto patient = selectedPatientId().toStdString();
    auto excluded = worklist::excludedMeasurements(m_store, patient);
    if (!excluded)
        return showError(errorText(excluded.error()));
    if (excluded->empty())
        return;
    QStringList choices;
    for (const auto &e : *excluded)
        choices << QStringLiteral("%1 %2 (%3)")
                       .arg(kindShortName(e.measurement.kind),
                           formatValue(e.measurement.kind, e.measurement.canonicalValue),
                           formatWhen(e.measurement.measuredAtMillis,
                               time::toEpochMillis(m_model->worklist().now)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore measurement"),
        tr("The measurement is judged again by triage:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const auto index = choices.indexOf(chosen);
    auto done = worklist::restoreMeasurement(
        m_store, patient, (*excluded)[std::size_t(index)].measurement.meta.id);
    if (!done)
        return showError(errorText(done.error()));
    refresh();
}

void WorklistPage::pauseFollowUp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Pause follow-up"));
    auto *form = new QFormLayout(&dialog);
    auto *reason = new QComboBox(&dialog);
    reason->addItem(tr("Hospital stay"), QStringLiteral("hospital"));
    reason->addItem(tr("Holiday"), QStringLiteral("holiday"));
    reason->addItem(tr("Other"), QStringLiteral("other"));
    form->addRow(tr("&Reason:"), reason);
    auto *until = new QDateEdit(&dialog);
    until->setCalendarPopup(true);
    until->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    const auto today = time::osloDate(time::fromEpochMillis(m_clock()));
    until->setDate(
        QDate(int(today.year()), int(unsigned(today.month())), int(unsigned(today.day())))
            .addDays(7));
    form->addRow(tr("&Until (inclusive):"), until);
    auto *note = new QLineEdit(&dialog);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate last = until->date().addDays(1);
    const auto end = time::osloStartOfDay(std::chrono::year_month_day {
        std::chrono::year { last.year() }, std::chrono::month { unsigned(last.month()) },
        std::chrono::day { unsigned(last.day()) } });
    auto done = worklist::pauseFollowUp(m_store, selectedPatientId().toStdString(),
        reason->currentData().toString().toStdString(), m_clock(), time::toEpochMillis(end),
        note->text().toStdString());
    if (!done)
        return showError(errorText(done.error()));
    refresh();
}

} // namespace varde::ui
