#pragma once
// Sign-in to the central server: its address, the user's server login and password. The local
// store stays unlocked with the local password; this only connects the workstation. On success
// the session (refresh token) is kept in the encrypted store and sync can start.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

class ServerSignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSignInDialog(store::EncryptedStore &store, QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *caField() const { return m_ca; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override; // signs in; stays open with the reason when it fails

private:
    store::EncryptedStore &m_store;
    QLineEdit *m_address;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_ca;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace varde::ui
