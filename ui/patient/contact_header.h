#pragma once
// The line under the patient's name the nurse uses most: their phone numbers, each with a copy
// button (calling the patient is the most common action), and the link code for the patient's
// app with its expiry, with a new code when the old one is lost or has expired.
#include "core/domain/patient.h"
#include "core/store/encrypted_store.h"

#include <QWidget>

#include <cstdint>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace varde::ui
{

class ContactHeader : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    ContactHeader(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    // `ended`: no new link code once follow-up has ended.
    void setPatient(const domain::Patient &patient, bool ended);
    // Makes a new link code without asking (the button asks first); false with the reason shown.
    bool renewLinkCode();

    QString phonesText() const;
    QString linkCodeText() const;
    QString errorMessage() const;
    // The copy buttons, mobile first.
    QList<QToolButton *> copyButtons() const { return m_copyButtons; }
    QPushButton *newCodeButton() const { return m_newCode; }

Q_SIGNALS:
    // A phone number was put on the clipboard (shown briefly in the header).
    void copied(const QString &number);

private:
    void addPhone(const QString &label, const std::string &number);
    void showLinkCode();
    void askRenew();

    store::EncryptedStore &m_store;
    Clock m_clock;
    std::string m_patientId;
    bool m_ended = false;
    QHBoxLayout *m_phones;
    QList<QWidget *> m_phoneWidgets;
    QList<QToolButton *> m_copyButtons;
    QLabel *m_copied;
    QLabel *m_linkCode;
    QPushButton *m_newCode;
    QLabel *m_error;
};

} // namespace varde::ui
