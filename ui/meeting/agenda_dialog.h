#pragma once
// Choosing the patients for the interdisciplinary meeting. Suggested (ticked) are those whose
// plan waits for the GP's approval and those whose plan is due for evaluation within a week;
// the nurse ticks others or unticks. Lists names, so opening it is audited (patient.list).
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class QListWidget;

namespace varde::ui
{

class MeetingWindow;

class AgendaDialog : public QDialog
{
    Q_OBJECT
public:
    AgendaDialog(store::EncryptedStore &store,
        std::function<std::int64_t()> clock,
        QWidget *parent = nullptr);

    // The ticked patients, suggested ones first, in the order listed.
    std::vector<std::string> agenda() const;
    QListWidget *list() const { return m_list; }

private:
    void load(store::EncryptedStore &store, std::int64_t nowMillis);

    QListWidget *m_list;
};

// Asks for the agenda, then opens the meeting on it (nullptr when cancelled): what the main
// window's "Meeting mode" action calls.
MeetingWindow *planMeeting(
    store::EncryptedStore &store, std::function<std::int64_t()> clock, QWidget *parent);

} // namespace varde::ui
