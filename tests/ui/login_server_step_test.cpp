// The login dialog's server step: after the local password opened the store, a store whose
// server session ended asks for the server password and lets the nurse work without it; a
// failed server sign-in says why and keeps the local session; a cache that must stay closed
// (user disabled on the server) offers no way past the server sign-in.
#include "ui_fixture.h"

#include "core/sync/sync_engine.h"
#include "core/sync/sync_state.h"
#include "ui/login/login_dialog.h"
#include "ui/login/server_step.h"
#include "ui/sync/sync_controller.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace varde;

namespace
{

// The demo store as if it had signed in to a server (port 9 on loopback: nobody answers).
void belongToServer(const DemoStoreFixture &fixture, bool disabled)
{
    auto store = fixture.open();
    REQUIRE(sync::saveSignIn(
        store->db(), "https://127.0.0.1:9", "demo", "user-1", "", sync::currentMillis()));
    if (disabled)
        REQUIRE(sync::markUserDisabled(store->db(), sync::currentMillis()));
}

} // namespace

TEST_CASE("The login asks for the server sign-in the store needs, and never loses the local "
          "session",
    "[ui][login][sync]")
{
    DemoStoreFixture fixture(5, 3);
    const QString folder = QString::fromStdString(fixture.folder());

    SECTION("an ended session: sign in, or work without the server")
    {
        belongToServer(fixture, false);
        ui::LoginDialog dialog(folder, crypto::KdfParams::minimal());
        dialog.show();
        dialog.submit(QStringLiteral("demo"), QString::fromUtf8(testPassword));
        QApplication::processEvents();
        REQUIRE(dialog.serverStep());
        CHECK(dialog.result() != QDialog::Accepted); // not yet: the server step is showing
        CHECK(dialog.serverStep()->mayWorkWithoutServer());
        dialog.grab().save(artifact(QStringLiteral("login-server-step.png")));

        dialog.serverStep()->password()->setText(QStringLiteral("tjener-passord"));
        dialog.serverStep()->signInButton()->click();
        QApplication::processEvents();
        CHECK(dialog.serverStep()->errorMessage().contains(QStringLiteral("serveren")));
        CHECK(dialog.result() != QDialog::Accepted);

        dialog.serverStep()->withoutServerButton()->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.takeStore() != nullptr); // the local session
    }
    SECTION("a user disabled on the server: no way past the sign-in")
    {
        belongToServer(fixture, true);
        ui::LoginDialog dialog(folder, crypto::KdfParams::minimal());
        dialog.show();
        dialog.submit(QStringLiteral("demo"), QString::fromUtf8(testPassword));
        REQUIRE(dialog.serverStep());
        CHECK_FALSE(dialog.serverStep()->mayWorkWithoutServer());
        CHECK_FALSE(dialog.serverStep()->withoutServerButton()->isVisible());
        dialog.reject();
    }
}

TEST_CASE("The days a workstation may stay offline and the history it caches are settings",
    "[ui][login][sync]")
{
    QSettings settings;
    sync::SyncState state;
    state.serverUrl = "https://varde.example:8443";
    state.refreshToken = "token";
    const qint64 day = 86'400'000;
    const qint64 now = sync::currentMillis();
    state.lastContactAt = now - 3 * day;
    CHECK_FALSE(ui::serverSignInReason(state, now)); // default 14 days
    settings.setValue(QStringLiteral("sync/maxOfflineDays"), 2);
    CHECK(ui::serverSignInReason(state, now) == ui::ServerSignInReason::OfflineTooLong);
    settings.remove(QStringLiteral("sync/maxOfflineDays"));
    CHECK(ui::syncOptions().historyDays == 400);
    settings.setValue(QStringLiteral("sync/historyDays"), 30);
    CHECK(ui::syncOptions().historyDays == 30);
    settings.remove(QStringLiteral("sync/historyDays"));
}
