#include "ui/meeting/agenda_dialog.h"

#include "core/plan/plan_repository.h"
#include "core/store/audit_log.h"
#include "core/store/patient_repository.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "ui/common/error_text.h"
#include "ui/meeting/meeting_window.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace varde::ui
{
namespace
{

constexpr int evaluationWindowDays = 7; // a plan due within the week is discussed this week

QString text(const std::string &s) { return QString::fromStdString(s); }

struct Candidate {
    std::string id;
    QString name;
    QString reason; // empty: not suggested
};

} // namespace

AgendaDialog::AgendaDialog(
    store::EncryptedStore &store, std::function<std::int64_t()> clock, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Meeting agenda"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Patients for the meeting. Ticked: plans waiting for approval and "
                                "plans due for evaluation within a week."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *start = buttons->addButton(tr("Start meeting"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this,
        [this, start] { start->setEnabled(!agenda().empty()); });
    resize(720, 640);
    load(store, clock());
    start->setEnabled(!agenda().empty());
}

void AgendaDialog::load(store::EncryptedStore &store, std::int64_t nowMillis)
{
    auto patients = store::PatientRepository(store).all();
    auto pending = plan::pendingApprovals(store);
    if (!patients || !pending) {
        m_list->addItem(errorText(!patients ? patients.error() : pending.error()));
        return;
    }
    // The names go on screen: an access like the patient list's, recorded first.
    const auto audited = [&]() -> Result<> {
        auto tx = store::Transaction::begin(store.db());
        if (!tx)
            return fail(tx.error());
        if (auto ok = store::appendAudit(store.db(), store::actorOf(store),
                store::audit::patientListed, {}, {}, {}, "meeting agenda");
            !ok)
            return ok;
        return tx->commit();
    }();
    if (!audited) {
        m_list->addItem(errorText(audited.error()));
        return;
    }
    std::set<std::string> awaiting;
    for (const auto &p : *pending)
        awaiting.insert(p.version.patientId);
    const auto today = std::chrono::sys_days { time::osloDate(time::fromEpochMillis(nowMillis)) };

    std::vector<Candidate> candidates;
    for (const auto &p : *patients) {
        if (p.status == domain::FollowUpStatus::Ended)
            continue;
        Candidate c { p.meta.id, text(p.fullName()), {} };
        if (awaiting.count(p.meta.id))
            c.reason = tr("plan waiting for approval");
        else if (auto versions = plan::loadPatientPlans(store, p.meta.id)) {
            for (const auto &v : *versions)
                if (v.status == plan::PlanStatus::Active && v.content.evaluationDate
                    && std::chrono::sys_days { *v.content.evaluationDate }
                        <= today + std::chrono::days { evaluationWindowDays })
                    c.reason = tr("evaluation %1")
                                   .arg(text(time::formatDate(*v.content.evaluationDate)));
        }
        candidates.push_back(std::move(c));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (a.reason.isEmpty() != b.reason.isEmpty())
            return !a.reason.isEmpty();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const auto &c : candidates) {
        auto *item = new QListWidgetItem(
            c.reason.isEmpty() ? c.name : QStringLiteral("%1 – %2").arg(c.name, c.reason), m_list);
        item->setData(Qt::UserRole, text(c.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.reason.isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
}

std::vector<std::string> AgendaDialog::agenda() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (const auto *item = m_list->item(i); item->checkState() == Qt::Checked)
            ids.push_back(item->data(Qt::UserRole).toString().toStdString());
    return ids;
}

MeetingWindow *planMeeting(
    store::EncryptedStore &store, std::function<std::int64_t()> clock, QWidget *parent)
{
    AgendaDialog dialog(store, clock, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.agenda().empty())
        return nullptr;
    return openMeetingMode(store, dialog.agenda(), std::move(clock), parent);
}

} // namespace varde::ui
