#pragma once
// Meeting mode: the plans of an agenda of patients, one after another, full screen on the
// meeting room's screen for the interdisciplinary team (and often the patient). Read-only: the
// goals first, then the three zones with their limits and actions; name and age, never the
// national identity number. Decisions noted here become a new draft for the GP to approve; the
// plan in force is never edited. Each patient shown is written to the audit trail.
#include "core/store/encrypted_store.h"
#include "ui/meeting/plan_sheet.h"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QScreen;
class QScrollArea;

namespace varde::ui
{

class MeetingWindow : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<std::int64_t()>;

    MeetingWindow(store::EncryptedStore &store,
        std::vector<std::string> agenda,
        Clock clock,
        QWidget *parent = nullptr);

    int count() const { return int(m_agenda.size()); }
    int position() const { return m_index; } // 0-based; -1 before the first is shown
    QString positionText() const; // "2 / 5"
    const std::string &currentPatientId() const;

    // Shows the agenda's patient at `index` (audited); false when out of range or unreadable.
    bool showPatient(int index);
    void next();
    void previous();

    // Saves the decisions as a new draft of the shown patient's plan; shows the confirmation.
    bool noteDecision(const QString &decisions);
    // Asks for the decisions (the N key and the button), then notes them.
    void askDecision();

    // Every text the window shows now, for tests: nothing may carry the national id.
    QString visibleText() const;
    QString confirmationText() const;

    // The screen to present on: another screen than the one `from` is on (the nurse's own)
    // when there is one, else that screen. The overload decides from a list (testable).
    static QScreen *preferredScreen(const QWidget *from = nullptr);
    static QScreen *preferredScreen(const QList<QScreen *> &screens, QScreen *own);
    // Full screen on `screen`.
    void presentOn(QScreen *screen);

Q_SIGNALS:
    void patientShown(const QString &patientId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildPage(const PlanSheet &sheet);
    void showMessage(const QString &message, bool error);
    void moveToNextScreen();
    void scrollBy(int pages);

    store::EncryptedStore &m_store;
    std::vector<std::string> m_agenda;
    Clock m_clock;
    PlanSheetReader m_reader;
    std::optional<PlanSheet> m_sheet;
    int m_index = -1;

    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_position;
    QScrollArea *m_scroll;
    QLabel *m_message;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_decision;
    QPushButton *m_screen;
    QPushButton *m_leave;
};

// Opens the meeting on the preferred screen, full screen, showing the first patient. The
// window belongs to `parent` and deletes itself when closed.
MeetingWindow *openMeetingMode(store::EncryptedStore &store,
    std::vector<std::string> patientIds,
    std::function<std::int64_t()> clock,
    QWidget *parent);

} // namespace varde::ui
