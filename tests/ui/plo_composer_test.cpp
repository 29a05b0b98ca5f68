// The PLO composer ("Skriv melding til fastlege"): core's draft from a COPD patient's red finding
// in every field, the GP's view kept up to date, problems said in bokmål at their field with the
// send button off, and queuing as one step that stores the message, acknowledges the findings
// and audits.
#include "ui/plo/composer_dialog.h"

#include "core/domain/measurement_kind.h"
#include "core/plo/message_store.h"
#include "core/plo/reader.h"
#include "core/plo/schemas.h"
#include "core/triage/reason_text.h"
#include "core/worklist/patient_record.h"
#include "core/worklist/worklist.h"
#include "ui_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace varde;
using ui::ComposerDialog;

namespace
{

struct Picked {
    std::string patientId;
    QStringList openFindingIds;
    triage::Finding worst;
};

// A COPD patient (ICD-10 J44) whose worst open finding is red at the fixture's morning.
Picked copdPatientWithRedFinding(store::EncryptedStore &store)
{
    auto list = worklist::buildWorklist(store, time::fromEpochMillis(DemoStoreFixture::morning()));
    REQUIRE(list);
    for (const auto &row : list->rows) {
        const auto &diagnoses = row.overview.patient.diagnoses;
        const bool copd = std::any_of(diagnoses.begin(), diagnoses.end(),
            [](const domain::Diagnosis &d) { return d.code.rfind("J44", 0) == 0; });
        if (!copd || row.result.status != triage::Level::Red)
            continue;
        Picked picked { row.patientId(), {}, row.result.findings.front() };
        for (const auto &f : row.result.findings)
            if (f.open)
                picked.openFindingIds << QString::fromStdString(f.id);
        REQUIRE(picked.worst.open);
        REQUIRE(picked.worst.level() == triage::Level::Red);
        return picked;
    }
    FAIL("no COPD patient with an open red finding in the demo cohort");
    return {};
}

QString shot(QWidget &widget, const char *name)
{
    QApplication::processEvents();
    const QString path = artifact(QString::fromLatin1(name));
    REQUIRE(widget.grab().save(path));
    WARN("screenshot: " << path.toStdString());
    return path;
}

QString withoutMnemonic(QString text) { return text.remove(QLatin1Char('&')); }

// The patient's thread (the demo cohort may already hold messages for them).
std::vector<plo::ThreadMessage> threadOf(store::EncryptedStore &store, const std::string &patient)
{
    auto thread = plo::patientThread(store, patient);
    REQUIRE(thread);
    return *thread;
}

plo::ThreadMessage messageIn(const std::vector<plo::ThreadMessage> &thread, const std::string &id)
{
    const auto found
        = std::find_if(thread.begin(), thread.end(), [&](const auto &m) { return m.id == id; });
    REQUIRE(found != thread.end());
    return *found;
}

} // namespace

TEST_CASE(
    "The PLO composer drafts from a red COPD finding, explains problems and queues", "[ui][plo]")
{
    DemoStoreFixture fixture(80, 30);
    auto store = fixture.open();
    const plo::SchemaSet schemas;
    const auto picked = copdPatientWithRedFinding(*store);
    const QString patientId = QString::fromStdString(picked.patientId);
    const auto now = time::fromEpochMillis(DemoStoreFixture::morning());

    ComposerDialog dialog(
        *store, schemas, &DemoStoreFixture::morning, patientId, picked.openFindingIds);
    REQUIRE(dialog.isLoaded());
    dialog.resize(1600, 1000);
    dialog.show();
    QApplication::processEvents();

    // Core's draft in the fields: the worst finding in bokmål, the values of its kind.
    CHECK(dialog.kind() == plo::OutgoingKind::DialogForesporsel);
    CHECK(dialog.kindBox()->currentText() == QStringLiteral("Forespørsel til fastlege"));
    const QString problem = dialog.problemEdit()->toPlainText();
    CAPTURE(problem.toStdString());
    CHECK(
        problem.startsWith(QString::fromStdString(triage::reasonTextNb(picked.worst.reason, now))));
    REQUIRE(picked.worst.reason.kind);
    const QString measurements = dialog.measurementsEdit()->toPlainText();
    CAPTURE(measurements.toStdString());
    CHECK(measurements.contains(
        QString::fromUtf8(domain::kindInfo(*picked.worst.reason.kind).shortNameNb.data())));
    CHECK(measurements.count(QLatin1Char('\n')) >= 1);
    const QFontMetrics fixed(dialog.measurementsEdit()->font()); // the table lines up
    CHECK(fixed.horizontalAdvance(QStringLiteral("iiii"))
        == fixed.horizontalAdvance(QStringLiteral("MMMM")));
    CHECK(dialog.questionEdit()->toPlainText()
        == QStringLiteral("Ønsker din vurdering av videre tiltak."));
    CHECK(dialog.problemCounterText()
        == QStringLiteral("%1 av 500 tegn").arg(problem.toUcs4().size()));
    CHECK(dialog.toText().contains(QStringLiteral("HER-id 8")));
    CHECK(dialog.acknowledgeBox()->isVisible());
    CHECK(dialog.acknowledgeBox()->isChecked());
    CHECK(withoutMnemonic(dialog.acknowledgeBox()->text())
        == QStringLiteral("Kvitter funnene som «Sendt PLO-melding»"));

    // Without the nurse's phone number: said in words at the field, sending is off.
    dialog.nursePhoneEdit()->clear();
    const QString noPhone = QStringLiteral("Telefonnummeret til ansvarlig sykepleier mangler.");
    CHECK(dialog.fieldMessage(QStringLiteral("sender.nurse_phone")) == noPhone);
    CHECK_FALSE(dialog.queueButton()->isEnabled());
    CHECK(dialog.sendBlockedText().contains(noPhone));
    dialog.refreshNow();
    CHECK(dialog.previewText().contains(problem));
    shot(dialog, "plo-composer-problems.png");

    dialog.nursePhoneEdit()->setFocus();
    QTest::keyClicks(dialog.nursePhoneEdit(), QStringLiteral("71 25 40 00"));
    CHECK(dialog.fieldMessage(QStringLiteral("sender.nurse_phone")).isEmpty());
    CHECK(dialog.queueButton()->isEnabled());
    CHECK(dialog.sendBlockedText().isEmpty());
    CHECK(dialog.problems().empty());

    // The GP's view, read back from the composed XML (after the debounce).
    REQUIRE(QTest::qWaitFor(
        [&] { return dialog.previewText().contains(QStringLiteral("71 25 40 00")); }, 3000));
    const QString preview = dialog.previewText();
    CAPTURE(preview.toStdString());
    CHECK(preview.contains(QStringLiteral("Til: ")));
    CHECK(preview.contains(QStringLiteral("Fra: Digital hjemmeoppfølging Romsdal")));
    CHECK(preview.contains(QStringLiteral("Pasient: ")));
    CHECK(preview.contains(problem));
    // The reader gives texts with white space collapsed.
    CHECK(
        preview.simplified().contains(measurements.section(QLatin1Char('\n'), 0, 0).simplified()));
    CHECK(preview.contains(QStringLiteral("Ønsker din vurdering av videre tiltak.")));
    auto storedPatient = fixture.open(); // a second connection sees what was committed
    const auto threadBefore = threadOf(*storedPatient, picked.patientId).size();
    const int queuedBefore = auditCount(*storedPatient, "plo.queue", picked.patientId);
    const auto nationalId = dialog.message().patient.nationalId;
    CHECK_FALSE(preview.contains(QString::fromStdString(nationalId)));
    shot(dialog, "plo-composer.png");

    SECTION("every input has an accessible name, and no button sends on Enter")
    {
        for (QWidget *w : std::initializer_list<QWidget *> { dialog.kindBox(),
                 dialog.nursePhoneEdit(), dialog.problemEdit(), dialog.measurementsEdit(),
                 dialog.planEdit(), dialog.actionsEdit(), dialog.medicationEdit(),
                 dialog.questionEdit(), dialog.attachSummaryBox(), dialog.acknowledgeBox() })
            CHECK_FALSE(w->accessibleName().isEmpty());
        for (auto *button : dialog.findChildren<QPushButton *>())
            CHECK_FALSE(button->isDefault());
    }

    SECTION("problems are said in bokmål at their field and keep the message in the dialog")
    {
        dialog.problemEdit()->clear();
        const QString noProblem
            = QStringLiteral("Skriv problemet i én setning: hvorfor skriver du til fastlegen?");
        CHECK(dialog.fieldMessage(QStringLiteral("content.problem")) == noProblem);
        CHECK_FALSE(dialog.queueButton()->isEnabled());
        CHECK(dialog.sendBlockedText()
            == QStringLiteral("⚠ Kan ikke legges i kø ennå: ") + noProblem);

        dialog.nursePhoneEdit()->clear();
        CHECK(dialog.fieldMessage(QStringLiteral("sender.nurse_phone")) == noPhone);
        CHECK(dialog.sendBlockedText().contains(noPhone));
        CHECK(dialog.sendBlockedText().contains(QStringLiteral("1 problem til")));
        dialog.nursePhoneEdit()->setText(QStringLiteral("71 25 40 00 ring meg"));
        CHECK(dialog.fieldMessage(QStringLiteral("sender.nurse_phone"))
                  .contains(QStringLiteral("bare ha sifre")));
        dialog.nursePhoneEdit()->setText(QStringLiteral("71 25 40 00"));

        dialog.problemEdit()->setPlainText(QString(501, QLatin1Char('x')));
        CHECK(dialog.problemCounterText().startsWith(QStringLiteral("⚠ 501 av 500 tegn")));
        CHECK(dialog.fieldMessage(QStringLiteral("content.problem"))
            == QStringLiteral("Problemet er lengre enn 500 tegn. Gjør det kortere."));

        // Refused before core is asked: nothing is stored.
        CHECK_FALSE(dialog.queue());
        CHECK(dialog.statusText().contains(QStringLiteral("ikke lagt i kø")));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(threadOf(*storedPatient, picked.patientId).size() == threadBefore);
        CHECK(auditCount(*storedPatient, "plo.queue", picked.patientId) == queuedBefore);
    }

    SECTION("a GP without a HER-id is a clear warning under To, and the message stays here")
    {
        plo::ThreadMessage draft; // as a saved draft would come back, with the GP's id gone
        draft.id = "unsaved";
        draft.patientId = picked.patientId;
        draft.state = plo::MessageState::Draft;
        auto message = dialog.message();
        message.receiver.gpHerId.clear();
        draft.draft = message;
        ComposerDialog missing(*store, schemas, &DemoStoreFixture::morning, draft);
        REQUIRE(missing.isLoaded());
        CHECK(missing.toText().contains(QStringLiteral("⚠ HER-id mangler")));
        const QString noHerId = QStringLiteral("Fastlegen har ingen HER-id i fastlegelisten. "
                                               "Meldingen kan ikke sendes før den er registrert.");
        CHECK(missing.fieldMessage(QStringLiteral("receiver.gp_her_id")) == noHerId);
        CHECK(missing.fieldWidget(QStringLiteral("receiver.gp_her_id")) != nullptr);
        CHECK_FALSE(missing.queueButton()->isEnabled());
        CHECK(missing.sendBlockedText().contains(noHerId));
        CHECK(missing.previewText().contains(QStringLiteral("(⚠ HER-id mangler)")));
    }

    SECTION("switching the kind keeps the nurse's edits; a helsefaglig dialog attaches the PDF")
    {
        dialog.medicationEdit()->setPlainText(QStringLiteral("Spiriva 18 µg x 1"));
        dialog.setKind(plo::OutgoingKind::HelseopplysningerLege);
        CHECK(dialog.medicationEdit()->toPlainText() == QStringLiteral("Spiriva 18 µg x 1"));
        CHECK(dialog.problemEdit()->toPlainText() == problem);
        CHECK_FALSE(dialog.attachSummaryBox()->isVisible());
        dialog.setKind(plo::OutgoingKind::HelsefagligDialog);
        CHECK(dialog.kindBox()->currentText() == QStringLiteral("Helsefaglig dialog"));
        CHECK(dialog.medicationEdit()->toPlainText() == QStringLiteral("Spiriva 18 µg x 1"));
        REQUIRE(dialog.attachSummaryBox()->isVisible());
        CHECK(withoutMnemonic(dialog.attachSummaryBox()->text())
            == QStringLiteral("Legg ved oppsummering for fastlege (PDF)"));
        dialog.attachSummaryBox()->setChecked(true);
        const auto message = dialog.message();
        REQUIRE(message.attachments.size() == 1);
        CHECK(message.attachments[0].mimeType == "application/pdf");
        CHECK(message.attachments[0].bytes.rfind("%PDF", 0) == 0);
        CHECK(message.attachments[0].bytes.size() > 10000);
        dialog.refreshNow();
        CHECK(dialog.previewText().contains(QStringLiteral("Spiriva 18 µg x 1")));
        CHECK(dialog.previewText().contains(
            QStringLiteral("Vedlegg: Oppsummering for fastlege (PDF, ")));
        shot(dialog, "plo-composer-helsefaglig.png");

        QSignalSpy queued(&dialog, &ComposerDialog::messageQueued);
        REQUIRE(dialog.queue());
        REQUIRE(queued.count() == 1);
        const auto stored = messageIn(threadOf(*storedPatient, picked.patientId),
            queued.front().front().toString().toStdString());
        auto read = plo::readDocument(stored.document);
        REQUIRE(read);
        CHECK(read->type == "DIALOG_HELSEFAGLIG");
        CHECK(read->attachments.size() == 1);
    }

    SECTION("queuing stores the message, acknowledges the findings as sent_plo, and audits")
    {
        QSignalSpy queued(&dialog, &ComposerDialog::messageQueued);
        REQUIRE(dialog.queue());
        REQUIRE(queued.count() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
        const QString messageId = queued.front().front().toString();

        const auto thread = threadOf(*storedPatient, picked.patientId);
        CHECK(thread.size() == threadBefore + 1);
        const auto stored = messageIn(thread, messageId.toStdString());
        CHECK(stored.state == plo::MessageState::Queued);
        CHECK(stored.type == "DIALOG_FORESPORSEL");
        CHECK(QString::fromStdString(stored.summary) == problem);
        CHECK(auditCount(*storedPatient, "plo.queue", picked.patientId) == queuedBefore + 1);
        auto read = plo::readDocument(stored.document);
        REQUIRE(read);
        CHECK(QString::fromStdString(read->text()).contains(problem));

        auto record = worklist::loadPatientRecord(*storedPatient, picked.patientId, now);
        REQUIRE(record);
        for (const auto &id : picked.openFindingIds) {
            CAPTURE(id.toStdString());
            const auto acks = record->acknowledgements.find(id.toStdString());
            REQUIRE(acks != record->acknowledgements.end());
            CHECK(std::any_of(acks->second.begin(), acks->second.end(),
                [](const auto &a) { return a.action == "sent_plo"; }));
        }
        CHECK(record->row.result.status != triage::Level::Red);
    }

    SECTION("a saved draft opens again where the nurse left it, and sending it sends that row")
    {
        dialog.medicationEdit()->setPlainText(QStringLiteral("Symbicort 160/4,5 2 x 2"));
        QSignalSpy saved(&dialog, &ComposerDialog::draftSaved);
        REQUIRE(dialog.saveDraft());
        REQUIRE(saved.count() == 1);
        CHECK(dialog.statusText().startsWith(QStringLiteral("Utkastet er lagret")));
        REQUIRE(dialog.saveDraft()); // saving again replaces the same draft
        auto thread = threadOf(*storedPatient, picked.patientId);
        CHECK(thread.size() == threadBefore + 1);
        const auto draft = messageIn(thread, dialog.draftId().toStdString());
        CHECK(draft.state == plo::MessageState::Draft);
        CHECK(draft.findingId == picked.openFindingIds.front().toStdString());

        ComposerDialog again(*store, schemas, &DemoStoreFixture::morning, draft);
        REQUIRE(again.isLoaded());
        CHECK(again.draftId() == dialog.draftId());
        CHECK(again.medicationEdit()->toPlainText() == QStringLiteral("Symbicort 160/4,5 2 x 2"));
        CHECK(again.nursePhoneEdit()->text() == QStringLiteral("71 25 40 00"));
        CHECK(again.problemEdit()->toPlainText() == problem);
        CHECK(again.acknowledgeBox()->isChecked());
        QSignalSpy queued(&again, &ComposerDialog::messageQueued);
        REQUIRE(again.queue());
        REQUIRE(queued.count() == 1);
        CHECK(queued.front().front().toString() == again.draftId()); // the draft's own row
        thread = threadOf(*storedPatient, picked.patientId);
        CHECK(thread.size() == threadBefore + 1);
        const auto sent = messageIn(thread, draft.id);
        CHECK(sent.state == plo::MessageState::Queued);

        SECTION("a message that is no longer a draft cannot be opened for editing")
        {
            ComposerDialog late(*store, schemas, &DemoStoreFixture::morning, sent);
            CHECK_FALSE(late.isLoaded());
            CHECK(late.loadError().contains(QStringLiteral("ikke lenger et utkast")));
            CHECK_FALSE(late.queueButton()->isEnabled());
            CHECK_FALSE(late.saveButton()->isEnabled());
        }
    }

    SECTION("without the acknowledgement tick the findings stay open")
    {
        dialog.acknowledgeBox()->setChecked(false);
        REQUIRE(dialog.queue());
        auto record = worklist::loadPatientRecord(*storedPatient, picked.patientId, now);
        REQUIRE(record);
        CHECK(record->row.result.status == triage::Level::Red);
        CHECK(auditCount(*storedPatient, "plo.queue", picked.patientId) == queuedBefore + 1);
    }
}
