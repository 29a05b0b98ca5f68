#pragma once
// The patient's contact details as they are now (address, phones, relatives and who helps with
// the measurements) and their history: every change with when, who, the field and old → new.
#include "core/domain/patient.h"
#include "core/store/encrypted_store.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace varde::ui
{

class ContactTab : public QWidget
{
    Q_OBJECT

public:
    explicit ContactTab(store::EncryptedStore &store, QWidget *parent = nullptr);

    // Shows the details and reads the history again.
    void setPatient(const domain::Patient &patient);
    QTableWidget *relatives() const { return m_relatives; }
    QTableWidget *history() const { return m_history; }
    // One line per change, "when · who · field: old → new", for tests and screen readers.
    QStringList historyLines() const;

private:
    void fillHistory(const std::string &patientId);

    store::EncryptedStore &m_store;
    QLabel *m_address;
    QTableWidget *m_relatives;
    QTableWidget *m_history;
    QLabel *m_error;
};

// "Mobiltelefon", "Ansvarlig sykepleier" … for a field key of the contact history.
QString contactFieldText(const std::string &field);

} // namespace varde::ui
