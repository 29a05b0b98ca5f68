#include "ui/caseload/caseload_page.h"

#include "core/worklist/worklist.h"
#include "ui/common/error_text.h"
#include "ui/queue/status_presentation.h"
#include "ui/queue/trial_presentation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QTableWidgetItem *number(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CaseloadPage::CaseloadPage(store::EncryptedStore &store, Clock clock, int target, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_target(target)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    top->addWidget(m_summary);
    top->addStretch();
    auto *update = new QPushButton(tr("&Update"), this);
    connect(update, &QPushButton::clicked, this, &CaseloadPage::refresh);
    top->addWidget(update);
    layout->addLayout(top);
    auto *explain = new QLabel(tr("Patients in follow-up per responsible nurse. The status "
                                  "columns count patients by their status now; the target is %1 "
                                  "patients per nurse.")
                                   .arg(m_target),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(ColumnCount);
    const auto header = [this](int column, const QString &text, const QIcon &icon = {}) {
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(icon, text));
    };
    header(NurseColumn, tr("Nurse"));
    header(PatientsColumn, tr("Patients"));
    header(TrialColumn, tr("In trial period"));
    header(ReminderColumn, tr("Plan due"), planReminderIcon());
    header(RedColumn, levelText(triage::Level::Red), levelIcon(triage::Level::Red));
    header(YellowColumn, levelText(triage::Level::Yellow), levelIcon(triage::Level::Yellow));
    header(OtherColumn, tr("Suspect or missing"), levelIcon(triage::Level::Missing));
    header(TargetColumn, tr("Caseload"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Caseload per nurse"));
    layout->addWidget(m_table, 1);
}

void CaseloadPage::refresh()
{
    auto list = worklist::buildWorklist(m_store, time::fromEpochMillis(m_clock()));
    if (!list) {
        m_error->setText(QStringLiteral("⚠ ") + errorText(list.error()));
        m_error->show();
        return;
    }
    auto nurses = enrolment::nursesOf(m_store);
    if (!nurses) {
        m_error->setText(QStringLiteral("⚠ ") + errorText(nurses.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_rows = enrolment::caseload(*list, *nurses, m_target);
    fill();
}

void CaseloadPage::fill()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    m_total = 0;
    int over = 0;
    int nurses = 0;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const auto &row = m_rows[std::size_t(r)];
        m_total += row.patients;
        over += row.overTarget;
        nurses += !row.nurseId.empty();
        m_table->setItem(r, NurseColumn,
            new QTableWidgetItem(row.nurseId.empty() ? tr("(no responsible nurse)")
                                                     : QString::fromStdString(row.nurseName)));
        m_table->setItem(r, PatientsColumn, number(row.patients));
        m_table->setItem(r, TrialColumn, number(row.inTrial));
        m_table->setItem(r, ReminderColumn, number(row.planReminders));
        m_table->setItem(r, RedColumn, number(row.openRed));
        m_table->setItem(r, YellowColumn, number(row.openYellow));
        m_table->setItem(r, OtherColumn, number(row.openOther));
        // Over the target: a warning icon and the words, bold; never colour alone.
        auto *load = row.overTarget
            ? new QTableWidgetItem(warning,
                tr("Over target: %1 more than %2").arg(row.patients - m_target).arg(m_target))
            : new QTableWidgetItem(tr("Within target"));
        if (row.overTarget) {
            QFont bold = load->font();
            bold.setBold(true);
            load->setFont(bold);
            for (int column = 0; column < TargetColumn; ++column)
                m_table->item(r, column)->setBackground(QColor(0xfd, 0xe8, 0xc8));
            load->setBackground(QColor(0xfd, 0xe8, 0xc8));
        }
        m_table->setItem(r, TargetColumn, load);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(over == 0 ? tr("Caseload: %1 patients, %2 nurses").arg(m_total).arg(nurses)
                                 : tr("Caseload: %1 patients, %2 nurses, %3 over the target")
                                       .arg(m_total)
                                       .arg(nurses)
                                       .arg(over));
}

QString CaseloadPage::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace varde::ui
