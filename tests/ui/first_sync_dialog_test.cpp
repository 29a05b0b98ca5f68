// A new workstation's first sync as the nurse sees it: the counts of what has arrived, a busy
// bar (the total is not known), "stop, continue later" that asks the sync to stop and then
// offers to continue, and the dialog gone when the cache is up to date.
#include "ui_fixture.h"

#include "ui/sync/first_sync_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>

using namespace varde;

TEST_CASE("The first sync shows what has arrived and can be stopped and continued", "[ui][sync]")
{
    ui::FirstSyncDialog dialog;
    QSignalSpy stops(&dialog, &ui::FirstSyncDialog::stopRequested);
    QSignalSpy resumes(&dialog, &ui::FirstSyncDialog::resumeRequested);
    dialog.show();
    dialog.showProgress(12, 118000, 2431);
    QApplication::processEvents();
    CHECK(dialog.countsText()
        == QStringLiteral("Hentet: 12 sider, 118\u00a0000 målinger, 2\u00a0431 andre endringer"));
    CHECK(dialog.stopButton()->text() == QStringLiteral("&Stopp, fortsett senere"));
    dialog.grab().save(artifact(QStringLiteral("first-sync.png")));

    dialog.stopButton()->click();
    CHECK(stops.count() == 1);
    CHECK(dialog.stopped());
    CHECK(dialog.stopButton()->text() == QStringLiteral("&Fortsett"));
    dialog.stopButton()->click();
    CHECK(resumes.count() == 1);
    CHECK_FALSE(dialog.stopped());

    dialog.finished();
    CHECK_FALSE(dialog.isVisible());
}
