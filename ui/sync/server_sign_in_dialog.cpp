#include "ui/sync/server_sign_in_dialog.h"

#include "core/store/encrypted_store.h"
#include "core/sync/sync_engine.h"
#include "core/sync/sync_state.h"
#include "ui/common/error_text.h"

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

ServerSignInDialog::ServerSignInDialog(store::EncryptedStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_address(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to the server"));
    auto *intro = new QLabel(tr("Connect this workstation to the follow-up service's server. "
                                "Your patient data stay encrypted on this PC and are kept in "
                                "step with the server; the local password still opens them."),
        this);
    intro->setWordWrap(true);
    m_address->setPlaceholderText(QStringLiteral("https://varde.kommune.no:8443"));
    m_password->setEchoMode(QLineEdit::Password);
    m_ca->setPlaceholderText(tr("Optional: a PEM file from your IT department"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->hide();

    if (auto state = sync::readSyncState(store.db())) {
        m_address->setText(QString::fromStdString(state->serverUrl));
        m_login->setText(QString::fromStdString(
            state->serverLogin.empty() ? store.user().login : state->serverLogin));
    }
    m_ca->setText(QSettings().value(QStringLiteral("server/caFile")).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_address);
    form->addRow(tr("&User name on the server:"), m_login);
    form->addRow(tr("&Password on the server:"), m_password);
    form->addRow(tr("Extra trusted &certificate:"), m_ca);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    (m_address->text().isEmpty() ? m_address : m_password)->setFocus();
}

void ServerSignInDialog::accept()
{
    const auto show = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        adjustSize(); // room for the whole reason
    };
    sync::ServerAddress address { m_address->text().trimmed().toStdString(),
        m_ca->text().trimmed().toStdString() };
    if (auto ok = sync::ServerClient::checkAddress(address); !ok)
        return show(tr("The server address must look like https://server:port."));
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return show(tr("Write your user name and password on the server."));
    auto db = m_store.openAnotherConnection();
    if (!db)
        return show(errorText(db.error()));
    sync::SyncEngine engine(std::move(*db), address);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session
        = engine.signIn(m_login->text().trimmed().toStdString(), m_password->text().toStdString());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        if (session.error().code == ErrorCode::WrongPassword)
            return show(tr("The server did not accept this user name and password."));
        if (session.error().code == ErrorCode::NotAllowed)
            return show(tr("Too many failed sign-ins. Wait a few minutes and try again."));
        return show(errorText(session.error()) + QLatin1Char('\n')
            + QString::fromStdString(session.error().detail));
    }
    QSettings().setValue(QStringLiteral("server/caFile"), m_ca->text().trimmed());
    QDialog::accept();
}

} // namespace varde::ui
