// varde: the workstation. Parses options, loads the translations, signs in, shows the window.
#include "core/sync/sync_engine.h"
#include "core/sync/sync_state.h"
#include "core/sync/wipe.h"
#include "ui/login/login_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/sync/server_sign_in_dialog.h"
#include "varde/version.h"

#include <QMessageBox>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Varde"));
    QApplication::setOrganizationName(QStringLiteral("Varde"));
    QApplication::setApplicationVersion(QStringLiteral(VARDE_VERSION));

    // Bokmål is the UI language whatever the system says; nynorsk and English come with the
    // language settings.
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator vardeTranslator;
    if (vardeTranslator.load(
            QLocale(), QStringLiteral("varde"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&vardeTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Varde", "Varde clinical workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultFolder = qEnvironmentVariable("VARDE_STORE",
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/store"));
    QCommandLineOption storeOption(QStringList { QStringLiteral("s"), QStringLiteral("store") },
        QApplication::translate("Varde", "Folder of the encrypted store."), QStringLiteral("DIR"),
        defaultFolder);
    QCommandLineOption userOption(QStringList { QStringLiteral("u"), QStringLiteral("user") },
        QApplication::translate("Varde", "User name to suggest at sign-in."),
        QStringLiteral("LOGIN"));
    parser.addOption(storeOption);
    parser.addOption(userOption);
    parser.process(app);

    varde::ui::LoginDialog login(
        QDir(parser.value(storeOption)).absolutePath(), varde::crypto::KdfParams::interactive());
    if (parser.isSet(userOption))
        login.setUserName(parser.value(userOption));
    if (login.exec() != QDialog::Accepted)
        return 0;
    auto store = login.takeStore();
    // A workstation that has not reached its server for too long may hold stale data, or belong
    // to a user who was disabled: it opens only after a new sign-in to the server.
    if (auto state = varde::sync::readSyncState(store->db()); state
        && (varde::sync::userDisabled(*state)
            || varde::sync::offlineTooLong(
                *state, varde::sync::currentMillis(), varde::sync::defaultMaxOfflineDays))) {
        QMessageBox::information(nullptr, QApplication::translate("Varde", "Sign in to the server"),
            varde::sync::userDisabled(*state)
                ? QApplication::translate("Varde",
                    "The server has disabled the user who signed in on this workstation. The "
                    "patient data stay closed until a user the server accepts signs in.")
                : QApplication::translate("Varde",
                    "This workstation has not reached the server for more than %1 days. Sign "
                    "in to the server to bring the patient data up to date before they are "
                    "shown.")
                      .arg(varde::sync::defaultMaxOfflineDays));
        varde::ui::ServerSignInDialog signIn(*store);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    }
    const auto folder = store->paths().folder;
    bool wipe = false;
    int status = 0;
    {
        varde::ui::MainWindow window(std::move(store));
        window.showMaximized();
        status = app.exec();
        wipe = window.wipeOnClose();
    } // the window closes the store
    // Signed out for good, with nothing left waiting: the store and its keys leave this PC.
    if (wipe)
        if (auto ok = varde::sync::removeStoreFiles(folder); !ok)
            QMessageBox::warning(nullptr, QApplication::translate("Varde", "Sign out for good"),
                QApplication::translate("Varde", "Some local files could not be deleted: %1")
                    .arg(QString::fromStdString(ok.error().detail)));
    return status;
}
