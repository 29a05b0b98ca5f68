#include "ui_fixture.h"

#include "ui/login/login_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace varde;

namespace
{

QByteArray folderHash(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        QFile file(folder + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        hash.addData(name.toUtf8());
        hash.addData(file.readAll());
    }
    return hash.result();
}

} // namespace

TEST_CASE(
    "Signing in with a wrong password says so in bokmål and leaves the store intact", "[ui][login]")
{
    DemoStoreFixture fixture(5, 3);
    const QString folder = QString::fromStdString(fixture.folder());
    const QByteArray before = folderHash(folder);

    ui::LoginDialog dialog(folder, crypto::KdfParams::minimal());
    REQUIRE_FALSE(dialog.isFirstStart());
    dialog.show();
    dialog.submit(QStringLiteral("demo"), QStringLiteral("feil-passord"));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorMessage().contains(QStringLiteral("Passordet er feil")));
    CHECK(dialog.takeStore() == nullptr);
    CHECK(folderHash(folder) == before);

    dialog.submit(QStringLiteral("ukjent"), QString::fromLatin1(testPassword));
    CHECK(dialog.errorMessage().contains(QStringLiteral("ingen bruker")));

    dialog.submit(QStringLiteral("demo"), QString::fromLatin1(testPassword));
    CHECK(dialog.result() == QDialog::Accepted);
    auto store = dialog.takeStore();
    REQUIRE(store);
    CHECK(store->user().displayName == "Kari Demo");
}

TEST_CASE("The first start creates the store and its first user", "[ui][login]")
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/ny");
    ui::LoginDialog dialog(folder, crypto::KdfParams::minimal());
    REQUIRE(dialog.isFirstStart());
    dialog.show();
    dialog.submit(QStringLiteral("kari"), QStringLiteral("kort"));
    CHECK(dialog.errorMessage().contains(QStringLiteral("minst 8 tegn")));
    CHECK_FALSE(store::EncryptedStore::exists(folder.toStdString()));
}
