#include "ui/login/login_dialog.h"

#include "core/sync/sync_engine.h"
#include "core/sync/sync_state.h"
#include "ui/common/error_text.h"
#include "ui/login/server_step.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{

LoginDialog::LoginDialog(QString storeFolder, crypto::KdfParams kdf, QWidget *parent)
    : QDialog(parent)
    , m_folder(std::move(storeFolder))
    , m_kdf(kdf)
    , m_firstStart(!store::EncryptedStore::exists(m_folder.toStdString()))
{
    setWindowTitle(m_firstStart ? tr("Varde – first start") : tr("Varde – sign in"));
    m_localPage = new QWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_localPage);
    auto *layout = new QVBoxLayout(m_localPage);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro
        = new QLabel(m_firstStart ? tr("No patient data exists on this computer yet. Create the "
                                       "first user; the data will be encrypted with a key that "
                                       "only your password opens.")
                                  : tr("Sign in with your own user name and password."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_login);
    if (m_firstStart) {
        m_displayName = new QLineEdit(this);
        m_displayName->setAccessibleName(tr("Full name"));
        form->addRow(tr("&Full name:"), m_displayName);
        m_role = new QComboBox(this);
        m_role->addItem(tr("Nurse"), int(domain::Role::Nurse));
        m_role->addItem(tr("GP"), int(domain::Role::Gp));
        m_role->addItem(tr("Leader"), int(domain::Role::Leader));
        m_role->addItem(tr("Administrator"), int(domain::Role::Admin));
        form->addRow(tr("&Role:"), m_role);
    }
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    if (m_firstStart) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Repeat password"));
        form->addRow(tr("R&epeat password:"), m_repeat);
    }
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->setAccessibleName(tr("Error message"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *folder = new QLabel(tr("Data folder: %1").arg(m_folder), this);
    folder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    folder->setWordWrap(true);
    layout->addWidget(folder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_firstStart ? tr("Create and sign in") : tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setUserName(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

QString LoginDialog::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::submit(const QString &login, const QString &password)
{
    m_login->setText(login);
    m_password->setText(password);
    if (m_repeat)
        m_repeat->setText(password);
    accept();
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(QStringLiteral("⚠ ") + text);
    m_error->show();
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    m_password->setFocus();
}

void LoginDialog::accept()
{
    const std::string folder = m_folder.toStdString();
    const std::string login = m_login->text().trimmed().toStdString();
    const std::string password = m_password->text().toStdString();
    if (login.empty()) {
        showError(tr("Enter your user name."));
        m_login->setFocus();
        return;
    }
    if (m_firstStart) {
        if (m_repeat->text() != m_password->text()) {
            showError(tr("The two passwords are not the same."));
            return;
        }
        if (password.size() < 8) {
            showError(tr("The password must have at least 8 characters."));
            return;
        }
        const store::NewUser user { login, m_displayName->text().trimmed().toStdString(),
            domain::Role(m_role->currentData().toInt()), {} };
        if (user.displayName.empty()) {
            showError(tr("Enter your full name."));
            return;
        }
        if (!domain::isValidLogin(login)) {
            showError(
                tr("User names have 2–32 characters: small letters a–z, digits, '.', '_' or '-'."));
            return;
        }
        auto created = store::EncryptedStore::create(folder, user, password, m_kdf);
        if (!created)
            return showError(errorText(created.error()));
        m_store = std::make_unique<store::EncryptedStore>(std::move(*created));
    } else {
        auto opened = store::EncryptedStore::open(folder, login, password);
        if (!opened)
            return showError(errorText(opened.error()));
        m_store = std::make_unique<store::EncryptedStore>(std::move(*opened));
    }
    // The store is open. Does its server want a new sign-in first?
    if (auto state = sync::readSyncState(m_store->db()); state)
        if (const auto reason = serverSignInReason(*state, sync::currentMillis())) {
            m_server = new ServerStep(*m_store, *state, *reason, this);
            connect(m_server, &ServerStep::done, this, [this] { QDialog::accept(); });
            connect(m_server, &ServerStep::cancelled, this, [this] {
                m_store.reset(); // the cache closes again
                QDialog::reject();
            });
            m_localPage->hide();
            layout()->addWidget(m_server);
            m_server->password()->setFocus();
            return;
        }
    QDialog::accept();
}

} // namespace varde::ui
