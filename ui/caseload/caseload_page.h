#pragma once
// The caseload per nurse, for the leader who balances it and the nurses who share it: patients
// in follow-up, trial periods running, plans due, and the patients red, yellow or otherwise
// needing a look, with those over the service's target marked in words and with an icon.
// Counted by core (enrolment::caseload) from the same worklist the nurses see.
#include "core/enrolment/caseload.h"
#include "core/store/encrypted_store.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <vector>

class QLabel;
class QTableWidget;

namespace varde::ui
{

class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;
    enum Column {
        NurseColumn,
        PatientsColumn,
        TrialColumn,
        ReminderColumn,
        RedColumn,
        YellowColumn,
        OtherColumn,
        TargetColumn,
        ColumnCount
    };

    CaseloadPage(store::EncryptedStore &store,
        Clock clock,
        int target = enrolment::defaultCaseloadTarget,
        QWidget *parent = nullptr);

    // Triage again and count; on failure the page says so and keeps what it showed.
    void refresh();
    const std::vector<enrolment::CaseloadRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    int totalPatients() const { return m_total; }
    QString errorMessage() const;

private:
    void fill();

    store::EncryptedStore &m_store;
    Clock m_clock;
    int m_target;
    std::vector<enrolment::CaseloadRow> m_rows;
    int m_total = 0;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_table;
};

} // namespace varde::ui
