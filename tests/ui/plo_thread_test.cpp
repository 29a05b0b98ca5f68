// The message thread in the patient view and the worklist's message markers, on the demo
// store's threads: a reply read marks itself read (audited) and the marker leaves; a message
// without a receipt is flagged; a queued message is exported to a file (audited); refused
// documents are listed for a person.
#include "ui_fixture.h"

#include "core/plo/message_store.h"
#include "ui/patient/patient_view.h"
#include "ui/plo/message_thread.h"
#include "ui/plo/refused_documents.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/worklist_page.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace varde;

namespace
{

// The patient whose flags match `wanted`, from core.
std::string patientWith(store::EncryptedStore &store, bool unreadReply)
{
    auto flags = plo::messageFlags(store, DemoStoreFixture::morning(), 24);
    REQUIRE(flags);
    for (const auto &[id, f] : *flags)
        if (unreadReply ? f.unreadReplies > 0 : f.withoutReceipt > 0)
            return id;
    FAIL("the demo has no patient with " << (unreadReply ? "an unread reply" : "no receipt"));
    return {};
}

QString messagesCell(ui::MainWindow &window, const std::string &patientId)
{
    auto *model = window.worklistPage()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto index = model->index(r, ui::QueueModel::MessagesColumn);
        if (model->index(r, 0).data(ui::QueueModel::PatientIdRole).toString().toStdString()
            == patientId)
            return index.data().toString();
    }
    FAIL("patient not in the worklist");
    return {};
}

} // namespace

TEST_CASE(
    "A reply from the GP is marked in the worklist until it is read in the thread", "[ui][plo]")
{
    DemoStoreFixture fixture(80, 30);
    auto store = fixture.open();
    const auto patient = patientWith(*store, true);
    ui::MainWindow window(std::move(store), &DemoStoreFixture::morning);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    CHECK(messagesCell(window, patient) == QStringLiteral("Nytt svar"));

    REQUIRE(window.openPatient(QString::fromStdString(patient)));
    auto *view = window.patientPage();
    view->showMessages();
    QApplication::processEvents();
    auto *thread = view->messageThread();
    const auto &messages = thread->messages();
    REQUIRE(messages.size() >= 2);
    // Our message with the GP's receipt, and the reply under it.
    auto *first = thread->list()->topLevelItem(0);
    REQUIRE(first);
    CHECK(first->text(1) == QStringLiteral("Til fastlegen"));
    CHECK(first->text(4) == QStringLiteral("Kvittering: OK"));
    REQUIRE(first->childCount() == 1);
    auto *reply = first->child(0);
    CHECK(reply->text(1) == QStringLiteral("Fra fastlegen"));
    CHECK(reply->text(3) == QStringLiteral("Mottatt, ulest"));
    CHECK(reply->font(3).bold());
    CHECK(reply->text(4) == QStringLiteral("Kvittering sendt: OK"));

    auto &db = window.store();
    const int readBefore = auditCount(db, "plo.read", patient);
    thread->list()->setCurrentItem(reply);
    QApplication::processEvents();
    CHECK(reply->text(3) == QStringLiteral("Mottatt"));
    CHECK_FALSE(reply->font(3).bold());
    CHECK(auditCount(db, "plo.read", patient) == readBefore + 1);
    const auto shown = thread->details()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Svar fra fastlege")));
    CHECK(shown.contains(QStringLiteral("Pasient:")));
    REQUIRE(window.grab().save(artifact(QStringLiteral("plo-thread.png"))));

    // Back in the worklist the marker is gone.
    CHECK(messagesCell(window, patient).isEmpty());
}

TEST_CASE("A message without a receipt after 24 hours is flagged, and can be exported", "[ui][plo]")
{
    DemoStoreFixture fixture(80, 30);
    auto store = fixture.open();
    const auto patient = patientWith(*store, false);
    ui::MainWindow window(std::move(store), &DemoStoreFixture::morning);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    CHECK(messagesCell(window, patient) == QStringLiteral("Ingen kvittering"));

    REQUIRE(window.openPatient(QString::fromStdString(patient)));
    auto *thread = window.patientPage()->messageThread();
    auto *item = thread->list()->topLevelItem(thread->list()->topLevelItemCount() - 1);
    REQUIRE(item);
    CHECK(item->text(4) == QStringLiteral("Ingen kvittering ennå"));
    thread->list()->setCurrentItem(item);
    QApplication::processEvents();

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("melding.xml"));
    auto &db = window.store();
    const int before = auditCount(db, "plo.export", patient);
    QString error;
    REQUIRE(thread->exportSelected(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("HELSEOPPLYSNINGER_LEGE"));
    CHECK(auditCount(db, "plo.export", patient) == before + 1);
}

TEST_CASE("Received documents that could not be filed are listed with the reason", "[ui][plo]")
{
    DemoStoreFixture fixture(80, 30);
    auto store = fixture.open();
    ui::RefusedDocumentsDialog dialog(*store);
    REQUIRE(dialog.count() == 1);
    const auto why = dialog.table()->item(0, 3)->text();
    CHECK((why.contains(QStringLiteral("finnes ikke blant tjenestens pasienter"))
        || why.contains(QStringLiteral("fødselsnummer"))));
    CHECK(why.contains(QStringLiteral("avvisende kvittering")));
}
