// What the nurse sees of sync: the status bar says in words (and a sign, not colour alone)
// whether the workstation is connected, when it last synced and what waits to be sent; the
// server sign-in says what is wrong in words; quitting with unsent changes asks first.
#include "ui_fixture.h"

#include "ui/common/formatting.h"
#include "ui/shell/main_window.h"
#include "ui/sync/server_sign_in_dialog.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_outcomes_dialog.h"
#include "ui/sync/sync_status_label.h"

#include "core/store/audit_log.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace varde;

TEST_CASE("The status bar says in words whether the workstation is connected and what waits",
    "[ui][sync]")
{
    SECTION("a demo store without a server says so")
    {
        DemoStoreFixture fixture(6, 7);
        ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
        window.show();
        QApplication::processEvents();
        CHECK(window.syncStatusLabel()->text()
            == QStringLiteral("Ikke koblet til server (bare lokale data)"));
        // Nothing to send anywhere: quitting asks nothing.
        CHECK(window.close());
    }
    SECTION("offline, with the last sync time and the changes waiting")
    {
        ui::SyncStatus status;
        status.state = ui::SyncStatus::State::Offline;
        status.lastSyncAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
        status.waiting = 3;
        status.problems = 1;
        const auto text = ui::syncStatusText(status, true);
        CHECK(text.startsWith(QStringLiteral("○ Frakoblet")));
        CHECK(text.contains(QStringLiteral("synkronisert ")
            + ui::formatWhen(status.lastSyncAt, QDateTime::currentMSecsSinceEpoch())));
        CHECK(text.contains(QStringLiteral("venter på sending: 3")));
        CHECK(text.contains(QStringLiteral("konflikter å se på: 1")));
        status.state = ui::SyncStatus::State::Online;
        CHECK(ui::syncStatusText(status, true).startsWith(QStringLiteral("● Tilkoblet")));
    }
}

TEST_CASE("A workstation whose server cannot be reached shows it, keeps the changes, and asks "
          "before quitting with changes unsent",
    "[ui][sync]")
{
    DemoStoreFixture fixture(6, 7);
    {
        auto store = fixture.open();
        // Signed in once to a server that is now gone (nothing listens on port 9).
        REQUIRE(store->db().exec("UPDATE sync_state SET server_url = 'https://127.0.0.1:9', "
                                 "server_login = 'demo', refresh_token = 'spent', "
                                 "last_contact_at = 1"));
        REQUIRE(store->db().exec("DELETE FROM outbox"));
    }
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    window.show();
    auto *label = window.syncStatusLabel();
    QElapsedTimer waited;
    waited.start();
    while (!label->text().contains(QStringLiteral("Frakoblet")) && waited.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    INFO(label->text().toStdString());
    CHECK(label->text().contains(QStringLiteral("Frakoblet")));
    CHECK(window.syncController()->waitingChanges() >= 1); // the store's own open event

    // Quitting asks; "No" keeps the window open.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("ikke nådd serveren")));
        box->button(QMessageBox::No)->click();
    });
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    window.grab().save(artifact(QStringLiteral("sync-offline-status.png")));
    // The sync thread stops before the test ends; the changes stay in the outbox.
    window.syncController()->stop();
    CHECK(window.syncController()->waitingChanges() >= 1);
}

TEST_CASE("The server sign-in says what is wrong in words and stays open", "[ui][sync]")
{
    DemoStoreFixture fixture(4, 7);
    auto store = fixture.open();
    ui::ServerSignInDialog dialog(*store);
    dialog.show();
    dialog.addressField()->setText(QStringLiteral("varde.kommune.no"));
    dialog.passwordField()->setText(QStringLiteral("x"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorLabel()->text()
        == QStringLiteral("Serveradressen må se slik ut: https://server:port."));

    // A server that does not answer: offline, said in words, and the password is not kept.
    dialog.addressField()->setText(QStringLiteral("https://127.0.0.1:9"));
    dialog.passwordField()->setText(QStringLiteral("x"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorLabel()->text().startsWith(QStringLiteral("Får ikke kontakt med serveren")));
    CHECK(dialog.passwordField()->text().isEmpty());
    dialog.grab().save(artifact(QStringLiteral("server-sign-in.png")));
}

TEST_CASE("A change the server did not take stays listed, beside the server's version, until "
          "someone marks it as seen",
    "[ui][sync]")
{
    DemoStoreFixture fixture(4, 7);
    auto store = fixture.open();
    REQUIRE(store->db().exec(
        "INSERT INTO sync_outcome(mutation_id, client_id, entity, entity_id, op, status, reason, "
        "message, answer, payload, recorded_at) VALUES (7, 'c1', 'plan_version', 'p2', 'create', "
        "'conflict', 'stale_base', 'made from an older version', "
        "'{\"current\":{\"id\":\"p1\",\"status\":\"active\"}}', '{\"id\":\"p2\"}', 1)"));
    ui::SyncOutcomesDialog dialog(*store);
    dialog.show();
    REQUIRE(dialog.count() == 1);
    const auto texts = dialog.findChildren<QPlainTextEdit *>();
    REQUIRE(texts.size() == 2);
    CHECK(texts[0]->toPlainText().contains(QStringLiteral("\"p2\"")));
    CHECK(texts[1]->toPlainText().contains(QStringLiteral("\"active\"")));
    dialog.grab().save(artifact(QStringLiteral("sync-outcomes.png")));
    for (auto *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Merk som sett"))
            button->click();
    CHECK(dialog.count() == 0);
    auto resolved = store->db().queryText("SELECT count(*) FROM sync_outcome WHERE resolved_at "
                                          "IS NOT NULL AND resolved_by <> ''");
    REQUIRE(resolved);
    CHECK(*resolved == "1");
}
