#include "ui/plan/plan_conflict_dialog.h"

#include "core/plan/plan_repository.h"
#include "core/store/encrypted_store.h"
#include "ui/common/error_text.h"
#include "ui/plan/plan_document.h"
#include "ui/plan/plan_words.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

// The combo boxes' data: a plan::Keep, or -1 while nothing is chosen.
constexpr int unchosen = -1;

// The lines of `changes` in one area, one per line; "No change" when there are none.
QString linesIn(const std::vector<plan::PlanChange> &changes, plan::ChangeArea area)
{
    QStringList lines;
    for (const auto &c : changes)
        if (c.area == area)
            lines << QString::fromStdString(c.text);
    return lines.isEmpty() ? PlanConflictDialog::tr("No change") : lines.join(QLatin1Char('\n'));
}

QString stateText(plan::PartChange change)
{
    switch (change) {
    case plan::PartChange::Mine:
        return PlanConflictDialog::tr("Only you changed this");
    case plan::PartChange::Theirs:
        return PlanConflictDialog::tr("Only the version in force changed this");
    case plan::PartChange::BothAlike:
        return PlanConflictDialog::tr("Changed the same way in both");
    case plan::PartChange::Conflict:
        return PlanConflictDialog::tr("Changed differently in both: choose");
    case plan::PartChange::Neither:
        break;
    }
    return {};
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

PlanConflictDialog::PlanConflictDialog(
    store::EncryptedStore &store, const std::string &versionId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("The plan was changed in two places"));
    auto *layout = new QVBoxLayout(this);
    m_ready = load(versionId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_ready) {
        layout->addWidget(wrapped(m_problem, this));
        layout->addWidget(buttons);
        return;
    }
    layout->addWidget(wrapped(tr("While you worked on this plan, another version came into force "
                                 "on the server: %1. Your version (%2) has not come into force. "
                                 "Choose for each part which change shall apply; your version is "
                                 "then made again from the version in force, as a draft to be "
                                 "sent for approval again. Or set your version aside: it stays "
                                 "in the plan's history here.")
                                  .arg(versionLabel(m_theirs), versionLabel(m_mine)),
        this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildAreas());
    layout->addWidget(scroll, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_redraft = buttons->addButton(tr("&Make a new draft"), QDialogButtonBox::AcceptRole);
    m_setAside = buttons->addButton(tr("&Set my version aside"), QDialogButtonBox::DestructiveRole);
    m_redraft->setAccessibleDescription(
        tr("Makes your version again from the version in force with the parts you chose"));
    m_setAside->setAccessibleDescription(
        tr("Keeps the version in force; yours is kept in the history, not sent"));
    connect(m_redraft, &QPushButton::clicked, this, &PlanConflictDialog::redraft);
    connect(m_setAside, &QPushButton::clicked, this, &PlanConflictDialog::setAside);
    layout->addWidget(buttons);
    resize(1000, 560);
    updateButtons();
}

bool PlanConflictDialog::load(const std::string &versionId)
{
    auto mine = plan::loadPlanVersion(m_store, versionId);
    if (!mine) {
        m_problem = errorText(mine.error());
        return false;
    }
    m_mine = *mine;
    if (m_mine.status != plan::PlanStatus::Draft
        && m_mine.status != plan::PlanStatus::AwaitingApproval) {
        m_problem = tr("This version is no longer a draft here (%1): nothing to resolve.")
                        .arg(planStatusText(m_mine.status));
        return false;
    }
    auto versions = m_mine.isServiceDefault() ? plan::loadServiceDefaults(m_store, m_mine.serviceId)
                                              : plan::loadPatientPlans(m_store, m_mine.patientId);
    if (!versions) {
        m_problem = errorText(versions.error());
        return false;
    }
    bool found = false;
    for (const auto &v : *versions) {
        if (v.status == plan::PlanStatus::Active) {
            m_theirs = v;
            found = true;
        }
        if (v.id == m_mine.baseVersionId)
            m_base = v;
    }
    if (!found || m_theirs.id == m_mine.baseVersionId) {
        m_problem = tr("The version now in force has not reached this workstation yet. Try again "
                       "after the next synchronisation.");
        return false;
    }
    m_parts = plan::threeWay(m_base, m_mine, m_theirs);
    return true;
}

QWidget *PlanConflictDialog::buildAreas()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("<b>Part</b>"), page), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Your change</b>"), page), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Change in the version in force</b>"), page), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Keep</b>"), page), 0, 3);
    const auto mineChanges = plan::comparePlans(m_base, m_mine);
    const auto theirChanges = plan::comparePlans(m_base, m_theirs);
    int row = 1;
    for (const auto &part : m_parts) {
        if (part.change == plan::PartChange::Neither)
            continue;
        auto *name = wrapped(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(changeAreaText(part.area), stateText(part.change)),
            page);
        name->setTextFormat(Qt::RichText);
        grid->addWidget(name, row, 0);
        grid->addWidget(wrapped(linesIn(mineChanges, part.area), page), row, 1);
        grid->addWidget(wrapped(linesIn(theirChanges, part.area), page), row, 2);
        if (part.change == plan::PartChange::Mine || part.change == plan::PartChange::Conflict) {
            auto *box = new QComboBox(page);
            if (part.change == plan::PartChange::Conflict)
                box->addItem(tr("Choose …"), unchosen);
            box->addItem(tr("Your change"), int(plan::Keep::Mine));
            box->addItem(tr("The version in force"), int(plan::Keep::Theirs));
            if (part.change == plan::PartChange::Conflict && plan::canKeepBoth(part.area))
                box->addItem(tr("Both changes"), int(plan::Keep::Both));
            box->setAccessibleName(tr("Keep for %1").arg(changeAreaText(part.area)));
            connect(box, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
            m_choices[part.area] = box;
            grid->addWidget(box, row, 3, Qt::AlignTop);
        } else {
            grid->addWidget(wrapped(tr("The version in force"), page), row, 3);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    return page;
}

QComboBox *PlanConflictDialog::choice(plan::ChangeArea area) const
{
    const auto it = m_choices.find(area);
    return it == m_choices.end() ? nullptr : it->second;
}

plan::Choices PlanConflictDialog::choices() const
{
    plan::Choices out;
    for (const auto &[area, box] : m_choices)
        if (const int keep = box->currentData().toInt(); keep != unchosen)
            out[area] = plan::Keep(keep);
    return out;
}

void PlanConflictDialog::updateButtons()
{
    const auto chosen = choices();
    const int open = int(m_choices.size() - chosen.size());
    QStringList fromMine;
    for (const auto &[area, keep] : chosen)
        if (keep != plan::Keep::Theirs)
            fromMine << changeAreaText(area).toLower()
                    + (keep == plan::Keep::Both ? tr(" (both changes)") : QString());
    m_redraft->setEnabled(open == 0);
    m_status->setText(open == 0
            ? tr("The new draft keeps the version in force and takes from yours: %1.")
                  .arg(fromMine.isEmpty() ? tr("nothing") : fromMine.join(QStringLiteral(", ")))
            : tr("Choose a side for each part changed in both (%1 left).").arg(open));
}

void PlanConflictDialog::redraft()
{
    const auto combined = plan::combine(m_base, m_mine, m_theirs, choices());
    auto done = plan::redraftAfterConflict(
        m_store, m_mine.id, m_theirs, combined, QDateTime::currentMSecsSinceEpoch());
    if (!done) {
        m_status->setText(errorText(done.error()));
        return;
    }
    accept();
}

void PlanConflictDialog::setAside()
{
    auto done
        = plan::setAsideAfterConflict(m_store, m_mine.id, QDateTime::currentMSecsSinceEpoch());
    if (!done) {
        m_status->setText(errorText(done.error()));
        return;
    }
    accept();
}

} // namespace varde::ui
