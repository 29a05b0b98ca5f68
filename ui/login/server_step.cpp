#include "ui/login/server_step.h"

#include "core/store/encrypted_store.h"
#include "core/sync/sync_engine.h"
#include "ui/common/error_text.h"
#include "ui/sync/sync_controller.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace varde::ui
{

std::optional<ServerSignInReason> serverSignInReason(const sync::SyncState &state, qint64 now)
{
    if (state.serverUrl.empty())
        return std::nullopt; // a workstation without a server never asks
    if (sync::userDisabled(state))
        return ServerSignInReason::UserDisabled;
    if (sync::offlineTooLong(state, now, maxOfflineDays()))
        return ServerSignInReason::OfflineTooLong;
    if (state.refreshToken.empty())
        return ServerSignInReason::SessionEnded;
    return std::nullopt;
}

ServerStep::ServerStep(store::EncryptedStore &store,
    const sync::SyncState &state,
    ServerSignInReason reason,
    QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_serverUrl(state.serverUrl)
    , m_reason(reason)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in to the &server"), this))
    , m_without(new QPushButton(tr("&Work without the server"), this))
{
    const QString server = QString::fromStdString(m_serverUrl);
    QString why;
    switch (reason) {
    case ServerSignInReason::SessionEnded:
        why = tr("Your session with the server %1 has ended. Sign in to the server to send and "
                 "fetch changes. You may also work without it: your changes wait safely here.")
                  .arg(server);
        break;
    case ServerSignInReason::OfflineTooLong:
        why = tr("This workstation has not reached the server %1 for more than %2 days. The "
                 "patient data open when you have signed in to the server.")
                  .arg(server)
                  .arg(maxOfflineDays());
        break;
    case ServerSignInReason::UserDisabled:
        why = tr("The server %1 has disabled the user who signed in here. The patient data open "
                 "when a user the server accepts has signed in.")
                  .arg(server);
        break;
    }
    auto *intro = new QLabel(why, this);
    intro->setWordWrap(true);
    m_login->setText(
        QString::fromStdString(state.serverLogin.empty() ? store.user().login : state.serverLogin));
    m_login->setAccessibleName(tr("User name on the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password on the server"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->setAccessibleName(tr("Error message"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("User name on the &server:"), m_login);
    form->addRow(tr("Password on the server:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    if (mayWorkWithoutServer())
        buttons->addButton(m_without, QDialogButtonBox::ActionRole);
    else
        m_without->hide();
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &ServerStep::signIn);
    connect(m_without, &QPushButton::clicked, this, &ServerStep::done);
    connect(cancel, &QPushButton::clicked, this, &ServerStep::cancelled);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ServerStep::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ServerStep::signIn()
{
    const auto show = [this](const QString &text) {
        m_error->setText(QStringLiteral("⚠ ") + text);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
    };
    if (m_password->text().isEmpty())
        return show(tr("Write your password on the server."));
    auto db = m_store.openAnotherConnection();
    if (!db)
        return show(errorText(db.error()));
    sync::ServerAddress address { m_serverUrl,
        qEnvironmentVariable(
            "VARDE_SERVER_CA", QSettings().value(QStringLiteral("server/caFile")).toString())
            .toStdString() };
    sync::SyncEngine engine(std::move(*db), address);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session
        = engine.signIn(m_login->text().trimmed().toStdString(), m_password->text().toStdString());
    QApplication::restoreOverrideCursor();
    if (!session) {
        if (session.error().code == ErrorCode::WrongPassword)
            return show(tr("The server did not accept this user name and password. You are "
                           "still signed in on this workstation."));
        return show(errorText(session.error()));
    }
    m_password->clear();
    Q_EMIT done();
}

} // namespace varde::ui
