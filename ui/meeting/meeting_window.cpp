#include "ui/meeting/meeting_window.h"

#include "core/plan/plan_repository.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/meeting/decision_dialog.h"
#include "ui/meeting/meeting_style.h"
#include "ui/meeting/zone_panel.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

// Showing a plan to the meeting is an access to the patient: audited before it is on screen.
Result<> auditPresented(store::EncryptedStore &store, const PlanSheet &sheet)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = store::appendAudit(store.db(), store::actorOf(store), store::audit::planPresented,
            sheet.patientId, "plan_version", sheet.versionId, "meeting");
        !ok)
        return ok;
    return tx->commit();
}

} // namespace

MeetingWindow::MeetingWindow(
    store::EncryptedStore &store, std::vector<std::string> agenda, Clock clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_agenda(std::move(agenda))
    , m_clock(std::move(clock))
    , m_reader(store)
{
    using namespace meeting;
    setWindowTitle(tr("Varde – meeting"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, ink);
    setPalette(palette);
    // The window takes every key: nothing inside may swallow Space or the arrows.
    setFocusPolicy(Qt::StrongFocus);

    m_name = label({}, typeface(namePt, true), ink, this);
    m_name->setWordWrap(false);
    m_details = label({}, typeface(labelPt), quietInk, this);
    m_position = label({}, typeface(headingPt, true), ink, this);
    m_position->setWordWrap(false);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignTop);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_message = label({}, typeface(controlPt, true), ink, this);
    m_message->hide();

    const auto button = [this](const QString &caption) {
        auto *b = new QPushButton(caption, this);
        b->setFont(meeting::typeface(meeting::controlPt));
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    m_previous = button(tr("‹ Previous"));
    m_next = button(tr("Next ›"));
    m_decision = button(tr("Note decision (N)"));
    m_screen = button(tr("Other screen (S)"));
    m_leave = button(tr("Leave (Esc)"));
    connect(m_previous, &QPushButton::clicked, this, &MeetingWindow::previous);
    connect(m_next, &QPushButton::clicked, this, &MeetingWindow::next);
    connect(m_decision, &QPushButton::clicked, this, &MeetingWindow::askDecision);
    connect(m_screen, &QPushButton::clicked, this, &MeetingWindow::moveToNextScreen);
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 12);
    layout->setSpacing(8);
    // Name, age and plan on one row: the zones below need the height.
    auto *header = new QHBoxLayout;
    header->setSpacing(28);
    header->addWidget(m_name, 0, Qt::AlignBottom);
    header->addWidget(m_details, 1, Qt::AlignBottom);
    header->addWidget(m_position, 0, Qt::AlignBottom);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addStretch();
    for (auto *b : { m_previous, m_next, m_decision, m_screen, m_leave })
        footer->addWidget(b);
    layout->addLayout(footer);

    if (!showPatient(0) && count() == 0) {
        m_position->setText(positionText());
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_decision->setEnabled(false);
        showMessage(tr("No patients on the agenda."), false);
    }
}

const std::string &MeetingWindow::currentPatientId() const
{
    static const std::string none;
    return m_index >= 0 && m_index < count() ? m_agenda[std::size_t(m_index)] : none;
}

QString MeetingWindow::positionText() const
{
    return QStringLiteral("%1 / %2").arg(m_index + 1).arg(count());
}

bool MeetingWindow::showPatient(int index)
{
    if (index < 0 || index >= count())
        return false;
    m_message->hide();
    auto sheet = m_reader.read(m_agenda[std::size_t(index)], m_clock());
    if (sheet) {
        if (auto ok = auditPresented(m_store, *sheet); !ok)
            sheet = fail(ok.error());
    }
    m_index = index;
    m_position->setText(positionText());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count());
    if (!sheet) {
        // Nothing of the plan is shown when it could not be read or its showing not recorded.
        m_sheet.reset();
        m_name->setText(m_reader.nameOf(m_agenda[std::size_t(index)]));
        m_details->clear();
        delete m_scroll->takeWidget();
        m_decision->setEnabled(false);
        showMessage(errorText(sheet.error()), true);
        return false;
    }
    m_sheet = std::move(*sheet);
    m_decision->setEnabled(true);
    buildPage(*m_sheet);
    Q_EMIT patientShown(text(m_sheet->patientId));
    return true;
}

void MeetingWindow::buildPage(const PlanSheet &sheet)
{
    using namespace meeting;
    m_name->setText(sheet.name);
    QStringList details { tr("%1 years").arg(sheet.age) };
    if (!sheet.gpName.isEmpty())
        details << tr("GP %1").arg(sheet.gpName);
    const QString approved = sheet.approvedAtMillis
        ? tr("approved by %1 on %2").arg(sheet.approvedBy, formatDate(*sheet.approvedAtMillis))
        : QString();
    if (sheet.personalPlan)
        details << tr("Plan %1").arg(approved);
    else if (!sheet.versionId.empty())
        details << tr("No personal plan yet: the service's default limits, %1").arg(approved);
    else
        details << tr("No personal plan yet: Varde's built-in limits");
    m_details->setText(details.join(QStringLiteral(" · ")));

    auto *page = new QWidget;
    page->setAutoFillBackground(true);
    page->setPalette(palette());
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 8, 0, 8);
    column->setSpacing(4);

    // What matters to the patient comes first: the plan is theirs.
    column->addWidget(label(tr("What matters to you?"), typeface(headingPt, true), ink, page));
    if (sheet.content.goals.empty())
        column->addWidget(
            label(tr("No goals written down yet."), typeface(bodyPt), quietInk, page));
    // Goals side by side (up to three a row), each with its sub-goals below: the zones need
    // the height.
    auto *goals = new QGridLayout;
    goals->setHorizontalSpacing(32);
    goals->setVerticalSpacing(4);
    const int across = std::min<int>(3, int(sheet.content.goals.size()));
    for (std::size_t i = 0; i < sheet.content.goals.size(); ++i) {
        const auto &goal = sheet.content.goals[i];
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(label(QStringLiteral("• ") + text(goal.text), typeface(bodyPt), ink, page));
        for (const auto &sub : goal.subGoals) {
            auto *l = label(QStringLiteral("– ") + text(sub), typeface(bodyPt), ink, page);
            l->setIndent(40);
            cell->addWidget(l);
        }
        cell->addStretch(1);
        goals->addLayout(cell, int(i) / across, int(i) % across);
    }
    for (int c = 0; c < across; ++c)
        goals->setColumnStretch(c, 1);
    column->addLayout(goals);
    column->addSpacing(12);

    auto *zones = new QHBoxLayout;
    zones->setSpacing(16);
    for (auto zone : plan::allZones)
        zones->addWidget(new ZonePanel(sheet, zone, page), 1);
    column->addLayout(zones);
    column->addStretch(1);

    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_scroll->verticalScrollBar()->setValue(0);
}

void MeetingWindow::next() { showPatient(m_index + 1); }

void MeetingWindow::previous() { showPatient(m_index - 1); }

bool MeetingWindow::noteDecision(const QString &decisions)
{
    const QString trimmed = decisions.trimmed();
    if (!m_sheet || trimmed.isEmpty())
        return false;
    auto draft
        = plan::draftFromMeeting(m_store, m_sheet->patientId, trimmed.toStdString(), m_clock());
    if (!draft) {
        showMessage(errorText(draft.error()), true);
        return false;
    }
    showMessage(
        tr("Saved as a new draft for the GP to approve. The plan in force is unchanged."), false);
    return true;
}

void MeetingWindow::askDecision()
{
    if (!m_sheet)
        return;
    DecisionDialog dialog(m_sheet->name, this);
    if (dialog.exec() == QDialog::Accepted)
        noteDecision(dialog.decisions());
}

void MeetingWindow::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xB0, 0x00, 0x20) : meeting::ink);
    m_message->setPalette(palette);
    m_message->show();
}

QString MeetingWindow::confirmationText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString MeetingWindow::visibleText() const
{
    QStringList texts { windowTitle() };
    for (const auto *l : findChildren<QLabel *>())
        if (l->isVisibleTo(this))
            texts << l->text();
    for (const auto *b : findChildren<QAbstractButton *>())
        if (b->isVisibleTo(this))
            texts << b->text();
    return texts.join(QLatin1Char('\n'));
}

QScreen *MeetingWindow::preferredScreen(const QList<QScreen *> &screens, QScreen *own)
{
    for (auto *screen : screens)
        if (screen != own)
            return screen;
    return own ? own : (screens.isEmpty() ? nullptr : screens.first());
}

QScreen *MeetingWindow::preferredScreen(const QWidget *from)
{
    QScreen *own = from ? from->screen() : QGuiApplication::primaryScreen();
    return preferredScreen(QGuiApplication::screens(), own);
}

void MeetingWindow::presentOn(QScreen *screen)
{
    if (!screen)
        return;
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    activateWindow();
    setFocus();
}

void MeetingWindow::moveToNextScreen()
{
    const auto screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return;
    const auto at = screens.indexOf(screen());
    presentOn(screens[(at + 1) % screens.size()]);
}

void MeetingWindow::scrollBy(int steps)
{
    auto *bar = m_scroll->verticalScrollBar();
    bar->setValue(bar->value() + steps * m_scroll->viewport()->height() / 3);
}

void MeetingWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        showPatient(0);
        break;
    case Qt::Key_End:
        showPatient(count() - 1);
        break;
    case Qt::Key_Down:
        scrollBy(1);
        break;
    case Qt::Key_Up:
        scrollBy(-1);
        break;
    case Qt::Key_N:
        askDecision();
        break;
    case Qt::Key_S:
        moveToNextScreen();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

MeetingWindow *openMeetingMode(store::EncryptedStore &store,
    std::vector<std::string> patientIds,
    std::function<std::int64_t()> clock,
    QWidget *parent)
{
    auto *window = new MeetingWindow(store, std::move(patientIds), std::move(clock), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->presentOn(MeetingWindow::preferredScreen(parent));
    return window;
}

} // namespace varde::ui
