#pragma once
// The patient's relatives and others around them (pårørende) as an editable list: name, role,
// phone, next of kin and whether they help with the measurements. Rows are registered with
// FieldMarks under core's names ("contacts[1].phone") so a problem shows in its row.
#include "core/enrolment/enrolment_form.h"

#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace varde::ui
{

class FieldMarks;

class ContactListEditor : public QWidget
{
    Q_OBJECT

public:
    ContactListEditor(FieldMarks &marks, QWidget *parent = nullptr);

    const std::vector<enrolment::ContactEntry> &contacts() const { return m_contacts; }
    void setContacts(std::vector<enrolment::ContactEntry> contacts);
    void addContact();

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QWidget *row(std::size_t i);

    FieldMarks &m_marks;
    std::vector<enrolment::ContactEntry> m_contacts;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace varde::ui
