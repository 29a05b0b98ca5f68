#pragma once
// Editing the contact details that change during follow-up: address, phones and the relatives
// around the patient. Core checks them as at enrolment and keeps each change in the history;
// a problem is shown at its field (core's field name and bokmål message) and nothing is saved.
#include "core/domain/patient.h"
#include "core/enrolment/follow_up.h"
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <cstdint>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace varde::ui
{

class ContactListEditor;
class FieldMarks;

class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    ContactDialog(store::EncryptedStore &store,
        const domain::Patient &patient,
        Clock clock,
        QWidget *parent = nullptr);

    enrolment::ContactDetails details() const;
    void setDetails(const enrolment::ContactDetails &details);
    // Saves through core; false (the problem shown, nothing saved) if core refuses.
    bool save();
    // The message shown for a field ("phone_mobile", "contacts[0].phone"), or the general one.
    QString message(const QString &field = {}) const;

    QLineEdit *mobileField() const { return m_mobile; }
    ContactListEditor *contactEditor() const { return m_contacts; }

    void accept() override;

private:
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &field);

    store::EncryptedStore &m_store;
    std::string m_patientId;
    Clock m_clock;
    FieldMarks *m_marks;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_home = nullptr;
    ContactListEditor *m_contacts = nullptr;
    QLabel *m_error = nullptr;
};

// The patient's contact details as the dialog edits them.
enrolment::ContactDetails contactDetailsOf(const domain::Patient &patient);

} // namespace varde::ui
