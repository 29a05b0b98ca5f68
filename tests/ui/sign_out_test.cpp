// Signing out for good asks first and never deletes a workstation whose changes and access log
// exist nowhere else (the paths with a server are in tests/sync/wipe_test.cpp).
#include "ui_fixture.h"

#include "ui/shell/main_window.h"
#include "ui/sync/sign_out_for_good.h"
#include "ui/sync/sync_controller.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace varde;

namespace
{

struct Answers : ui::SignOutQuestions {
    bool yes = true;
    QStringList told;
    bool confirm(const QString &, const QString &) override { return yes; }
    void tell(const QString &, const QString &text) override { told << text; }
};

} // namespace

TEST_CASE(
    "A workstation that never had a server is not deleted by signing out for good", "[ui][sync]")
{
    DemoStoreFixture fixture(6, 7);
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    Answers answers;
    CHECK_FALSE(ui::signOutForGood(window.store(), *window.syncController(), answers));
    REQUIRE(answers.told.size() == 1);
    CHECK(answers.told.front().contains(QStringLiteral("aldri vært koblet til en server")));
    CHECK_FALSE(window.wipeOnClose());
    CHECK(QFile::exists(QString::fromStdString(fixture.folder() + "/varde.keys")));
}
