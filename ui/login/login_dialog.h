#pragma once
// Signs a user in to the encrypted store in a folder, or, on the first start (no store there
// yet), creates the store with its first user. On success the opened store is handed over with
// takeStore(); on failure the dialog says why in words and stays open with the password cleared.
#include "core/crypto/key_file.h"
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace varde::ui
{

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(QString storeFolder, crypto::KdfParams kdf, QWidget *parent = nullptr);

    bool isFirstStart() const { return m_firstStart; }
    void setUserName(const QString &login);
    std::unique_ptr<store::EncryptedStore> takeStore() { return std::move(m_store); }
    QString errorMessage() const;
    // After the local password opened the store: the server sign-in step, if it is shown.
    class ServerStep *serverStep() const { return m_server; }

    // For tests and scripts: fills the fields and presses the button.
    void submit(const QString &login, const QString &password);

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &text);

    QString m_folder;
    crypto::KdfParams m_kdf;
    bool m_firstStart;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    std::unique_ptr<store::EncryptedStore> m_store;
    QWidget *m_localPage = nullptr; // user name and local password
    class ServerStep *m_server = nullptr; // shown after unlocking when the server asks
};

} // namespace varde::ui
