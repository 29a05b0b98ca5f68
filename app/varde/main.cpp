// varde: the workstation. Parses options, loads the translations, signs in, shows the window.
#include "core/sync/wipe.h"
#include "ui/login/login_dialog.h"
#include "ui/shell/main_window.h"
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
    // The login dialog has asked for a server sign-in where one was needed; a cache that must
    // stay closed (offline too long, user disabled) never gets here without one.
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
