#pragma once
// The login dialog's second step (issue 10): the local password has opened the store; when the
// store belongs to a server and needs a new sign-in there (the session ended, the user was
// disabled, or the workstation was offline too long), the nurse signs in to the server here
// with her user name and server password. A wrong server password says so and keeps the local
// session; she may work without the server unless the cache must stay closed.
#include "core/sync/sync_state.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

// Why the store needs a server sign-in now, or nullopt when it does not.
enum class ServerSignInReason { SessionEnded, OfflineTooLong, UserDisabled };
std::optional<ServerSignInReason> serverSignInReason(const sync::SyncState &state, qint64 now);

class ServerStep : public QWidget
{
    Q_OBJECT

public:
    ServerStep(store::EncryptedStore &store,
        const sync::SyncState &state,
        ServerSignInReason reason,
        QWidget *parent = nullptr);

    bool mayWorkWithoutServer() const { return m_reason == ServerSignInReason::SessionEnded; }
    QString errorMessage() const;
    QLineEdit *password() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *withoutServerButton() const { return m_without; }

Q_SIGNALS:
    void done(); // signed in, or going on without the server
    void cancelled();

private:
    void signIn();

    store::EncryptedStore &m_store;
    std::string m_serverUrl;
    ServerSignInReason m_reason;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_without;
};

} // namespace varde::ui
