// During and ending follow-up in the UI: phones and link code in the patient header, editing
// contact details with their history, moving a patient to another nurse, ending follow-up with
// open findings, and the trial period in the worklist.
#include "ui_fixture.h"

#include "core/enrolment/caseload.h"
#include "core/enrolment/follow_up.h"
#include "core/worklist/worklist.h"
#include "ui/caseload/caseload_page.h"
#include "ui/patient/contact_dialog.h"
#include "ui/patient/contact_header.h"
#include "ui/patient/contact_tab.h"
#include "ui/patient/end_follow_up_dialog.h"
#include "ui/patient/patient_view.h"
#include "ui/patient/reassign_dialog.h"
#include "ui/queue/queue_filter.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/worklist_page.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace varde;

namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

worklist::Worklist worklistOf(store::EncryptedStore &store)
{
    auto list = worklist::buildWorklist(store, time::fromEpochMillis(DemoStoreFixture::morning()));
    REQUIRE(list);
    return std::move(*list);
}

std::string nurseIdOf(store::EncryptedStore &store, const std::string &login)
{
    auto nurses = enrolment::nursesOf(store);
    REQUIRE(nurses);
    for (const auto &n : *nurses)
        if (n.login == login)
            return n.meta.id;
    FAIL("no nurse " << login);
    return {};
}

int patientsOf(const worklist::Worklist &list, const std::string &nurseId)
{
    int n = 0;
    for (const auto &row : list.rows)
        n += row.overview.patient.responsibleNurseId == nurseId;
    return n;
}

} // namespace

TEST_CASE(
    "The patient header shows the phones with a copy button and the link code", "[ui][followup]")
{
    DemoStoreFixture fixture(40, 21);
    auto store = fixture.open();
    const auto list = worklistOf(*store);
    const worklist::WorklistRow *chosen = nullptr;
    for (const auto &row : list.rows)
        if (!row.overview.patient.phoneMobile.empty()) {
            chosen = &row;
            break;
        }
    REQUIRE(chosen);
    const auto &patient = chosen->overview.patient;
    ui::PatientView view(*store, &DemoStoreFixture::morning);
    view.resize(1920, 1080);
    view.show();
    REQUIRE(view.open(q(patient.meta.id)));
    QApplication::processEvents();

    CHECK(view.headerText().contains(q(patient.phoneMobile)));
    const auto buttons = view.contactHeader()->copyButtons();
    REQUIRE_FALSE(buttons.isEmpty());
    QApplication::clipboard()->clear();
    buttons.front()->click();
    CHECK(QApplication::clipboard()->text() == q(patient.phoneMobile));

    SECTION("a new link code replaces the old and is shown with its expiry")
    {
        REQUIRE(view.contactHeader()->renewLinkCode());
        auto code = enrolment::currentLinkCode(*store, patient.meta.id);
        REQUIRE(code);
        REQUIRE(code->has_value());
        CHECK(view.contactHeader()->linkCodeText().contains(q((*code)->code)));
        CHECK(view.contactHeader()->linkCodeText().contains(QStringLiteral("gyldig til")));
        CHECK(auditCount(*store, "linkcode.create", patient.meta.id) >= 1);
        QApplication::processEvents();
        REQUIRE(view.grab().save(artifact(QStringLiteral("patient-header-contact.png"))));
    }
}

TEST_CASE("Editing the phone saves it and the history shows old and new with who", "[ui][followup]")
{
    DemoStoreFixture fixture(20, 14);
    auto store = fixture.open();
    const auto list = worklistOf(*store);
    REQUIRE_FALSE(list.rows.empty());
    const auto patient = list.rows.front().overview.patient;
    ui::PatientView view(*store, &DemoStoreFixture::morning);
    REQUIRE(view.open(q(patient.meta.id)));
    const auto historyBefore = enrolment::contactHistory(*store, patient.meta.id);
    REQUIRE(historyBefore);

    SECTION("a valid number is saved and listed in the history")
    {
        ui::ContactDialog dialog(*store, patient, &DemoStoreFixture::morning);
        CHECK(dialog.mobileField()->text() == q(patient.phoneMobile));
        dialog.mobileField()->setText(QStringLiteral("912 34 567"));
        REQUIRE(dialog.save());
        REQUIRE(view.reload());
        CHECK(view.headerText().contains(QStringLiteral("912 34 567")));
        view.resize(1920, 1080);
        view.show();
        view.showContactDetails();
        QApplication::processEvents();
        REQUIRE(view.grab().save(artifact(QStringLiteral("patient-contact-history.png"))));
        const auto lines = view.contactTab()->historyLines();
        CAPTURE(lines);
        const QString old
            = patient.phoneMobile.empty() ? QStringLiteral("(tom)") : q(patient.phoneMobile);
        CHECK(lines.filter(QStringLiteral("Kari Demo · Mobiltelefon: %1 → 912 34 567").arg(old))
                  .size()
            == 1);
        CHECK(auditCount(*store, "patient.contact", patient.meta.id) == 1);
    }

    SECTION("an invalid number shows core's message at the field and saves nothing")
    {
        ui::ContactDialog dialog(*store, patient, &DemoStoreFixture::morning);
        dialog.mobileField()->setText(QStringLiteral("12 34"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.message(QStringLiteral("phone_mobile")).contains(QStringLiteral("8 sifre")));
        CHECK(dialog.message().contains(QStringLiteral("Ingenting ble lagret")));
        dialog.show();
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(artifact(QStringLiteral("contact-dialog-invalid.png"))));
        const auto history = enrolment::contactHistory(*store, patient.meta.id);
        REQUIRE(history);
        CHECK(history->size() == historyBefore->size());
        CHECK(auditCount(*store, "patient.contact", patient.meta.id) == 0);
        REQUIRE(view.reload());
        CHECK(view.headerText().contains(q(patient.phoneMobile)));
    }

    SECTION("a relative's invalid phone is shown in the relative's row")
    {
        ui::ContactDialog dialog(*store, patient, &DemoStoreFixture::morning);
        auto details = dialog.details();
        details.contacts.push_back({ "Siri Hansen", "datter", "99", true, true });
        dialog.setDetails(details);
        CHECK_FALSE(dialog.save());
        const QString field = QStringLiteral("contacts[%1].phone").arg(details.contacts.size() - 1);
        CHECK_FALSE(dialog.message(field).isEmpty());
        CHECK(auditCount(*store, "patient.contact", patient.meta.id) == 0);
    }
}

TEST_CASE("Changing the responsible nurse moves the patient", "[ui][followup]")
{
    DemoStoreFixture fixture(40, 14);
    auto store = fixture.open();
    const auto demoNurse = nurseIdOf(*store, "demo");
    const auto ingrid = nurseIdOf(*store, "ingrid");
    const auto before = worklistOf(*store);
    const worklist::WorklistRow *chosen = nullptr;
    for (const auto &row : before.rows)
        if (row.overview.patient.responsibleNurseId == demoNurse) {
            chosen = &row;
            break;
        }
    REQUIRE(chosen);
    const auto id = chosen->patientId();

    ui::ReassignDialog dialog(*store, id, demoNurse, &DemoStoreFixture::morning);
    CHECK(dialog.nurses()->count() >= 3);
    REQUIRE(dialog.setNurse(q(ingrid)));
    REQUIRE(dialog.submit());

    ui::WorklistPage page(*store, &DemoStoreFixture::morning);
    const auto *row = page.model()->rowForPatient(q(id));
    REQUIRE(row);
    CHECK(row->nurseName == "Ingrid Sætre");
    const auto after = page.model()->worklist();
    CHECK(patientsOf(after, demoNurse) == patientsOf(before, demoNurse) - 1);
    CHECK(patientsOf(after, ingrid) == patientsOf(before, ingrid) + 1);
    CHECK(auditCount(*store, "patient.reassign", id) == 1);

    ui::CaseloadPage caseload(*store, &DemoStoreFixture::morning);
    caseload.refresh();
    for (const auto &c : caseload.rows())
        if (c.nurseId == ingrid)
            CHECK(c.patients == patientsOf(after, ingrid));

    ui::PatientView view(*store, &DemoStoreFixture::morning);
    REQUIRE(view.open(q(id)));
    CHECK(view.headerText().contains(QStringLiteral("Ansvarlig sykepleier: Ingrid Sætre")));
    CHECK(
        view.contactTab()->historyLines().filter(QStringLiteral("Kari Demo → Ingrid Sætre")).size()
        == 1);
}

TEST_CASE("Ending follow-up with open findings is refused until they are closed with it",
    "[ui][followup]")
{
    DemoStoreFixture fixture(40, 21);
    auto store = fixture.open();
    const auto list = worklistOf(*store);
    const worklist::WorklistRow *chosen = nullptr;
    for (const auto &row : list.rows)
        if (row.result.openCount > 0) {
            chosen = &row;
            break;
        }
    REQUIRE(chosen);
    const auto id = chosen->patientId();
    const int open = chosen->result.openCount;

    ui::EndFollowUpDialog dialog(
        *store, id, q(chosen->overview.patient.fullName()), &DemoStoreFixture::morning);
    CHECK(dialog.openFindings() == open);
    CHECK(dialog.openFindingsText().contains(QString::number(open)));

    SECTION("reason Other needs a note")
    {
        dialog.setReason(enrolment::EndReason::Other);
        dialog.setCloseOpenFindings(true);
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.errorMessage().contains(QStringLiteral("notat")));
        CHECK(auditCount(*store, "followup.end", id) == 0);
    }

    SECTION("refused with the count, then ended with the findings closed")
    {
        dialog.setReason(enrolment::EndReason::GoalsMet);
        CHECK_FALSE(dialog.submit());
        CAPTURE(dialog.errorMessage());
        CHECK(dialog.errorMessage().contains(
            QStringLiteral("ikke avsluttet: %1 %2")
                .arg(open)
                .arg(open == 1 ? QStringLiteral("åpent") : QStringLiteral("åpne"))));
        dialog.show();
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(artifact(QStringLiteral("end-follow-up-refused.png"))));
        CHECK(auditCount(*store, "followup.end", id) == 0);

        dialog.setCloseOpenFindings(true);
        REQUIRE(dialog.submit());
        CHECK(auditCount(*store, "followup.end", id) == 1);

        ui::WorklistPage page(*store, &DemoStoreFixture::morning);
        CHECK(page.model()->rowForPatient(q(id)) == nullptr);
        CHECK(page.model()->rowCount() == int(list.rows.size()) - 1);

        ui::PatientView view(*store, &DemoStoreFixture::morning);
        REQUIRE(view.open(q(id)));
        CAPTURE(view.endedText());
        CHECK(view.endedText().startsWith(QStringLiteral("Oppfølgingen er avsluttet 30.03.2026")));
        CHECK(view.endedText().contains(QStringLiteral("(Mål nådd)")));
        CHECK(view.headerText().contains(QStringLiteral("Oppfølging: avsluttet")));
        view.resize(1920, 1080);
        view.show();
        QApplication::processEvents();
        REQUIRE(view.grab().save(artifact(QStringLiteral("patient-ended.png"))));
    }
}

TEST_CASE("The worklist shows the trial period's days left and the plan reminder", "[ui][followup]")
{
    DemoStoreFixture fixture(80, 21);
    auto store = fixture.open();
    ui::WorklistPage page(*store, &DemoStoreFixture::morning);
    page.resize(1920, 1080);
    page.show();
    QApplication::processEvents();

    const auto &list = page.model()->worklist();
    // A patient in the trial period, one with the plan reminder if there is one.
    const worklist::WorklistRow *trial = nullptr;
    for (const auto &row : list.rows)
        if (row.trial && row.trial->running) {
            if (!trial || (row.trial->planReminder && !trial->trial->planReminder))
                trial = &row;
        }
    REQUIRE(trial);
    const QString id = q(trial->patientId());
    page.selectPatient(id);
    QApplication::processEvents();

    const auto *filter = page.filter();
    QModelIndex cell;
    for (int r = 0; r < filter->rowCount(); ++r)
        if (filter->index(r, 0).data(ui::QueueModel::PatientIdRole).toString() == id)
            cell = filter->index(r, ui::QueueModel::TrialColumn);
    REQUIRE(cell.isValid());
    const QString text = cell.data().toString();
    CAPTURE(text, trial->trial->daysLeft);
    CHECK(text.startsWith(QStringLiteral("Oppstart")));
    if (trial->trial->daysLeft > 1)
        CHECK(text.contains(QStringLiteral("%1 dager igjen").arg(trial->trial->daysLeft)));
    CHECK(page.trialDetailText().startsWith(QStringLiteral("Oppstart")));
    CHECK(
        filter->headerData(ui::QueueModel::TrialColumn, Qt::Horizontal, Qt::DisplayRole).toString()
        == QStringLiteral("Oppstart"));

    // The reminder is words and an icon, never colour alone.
    for (int r = 0; r < filter->rowCount(); ++r) {
        const auto patient = filter->index(r, 0).data(ui::QueueModel::PatientIdRole).toString();
        const auto *row = page.model()->rowForPatient(patient);
        const auto index = filter->index(r, ui::QueueModel::TrialColumn);
        if (row->trial && row->trial->planReminder) {
            CHECK(index.data().toString().contains(QStringLiteral("Lag personlig plan")));
            CHECK_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
        } else if (!row->trial) {
            CHECK(index.data().toString().isEmpty());
        }
    }
    REQUIRE(page.grab().save(artifact(QStringLiteral("worklist-trial.png"))));
}

TEST_CASE(
    "The main window follows an ending and shows the caseload to nurses only", "[ui][followup]")
{
    DemoStoreFixture fixture(20, 14);
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    REQUIRE(window.caseloadPage());
    auto *worklist = window.worklistPage()->model();
    const int before = worklist->rowCount();
    REQUIRE(before > 0);
    const auto id = worklist->worklist().rows.back().patientId();
    REQUIRE(window.openPatient(q(id)));

    // Ended elsewhere (another workstation, or the dialog): the lists follow the view's signal.
    auto other = fixture.open("ingrid");
    REQUIRE(enrolment::endFollowUp(
        *other, id, enrolment::EndReason::Moved, {}, true, DemoStoreFixture::morning()));
    REQUIRE(window.patientPage()->reload());
    CHECK(window.patientPage()->endedText().contains(QStringLiteral("(Flyttet)")));
    Q_EMIT window.patientPage()->followUpChanged();
    CHECK(worklist->rowCount() == before - 1);
    CHECK(worklist->rowForPatient(q(id)) == nullptr);

    ui::MainWindow gp(fixture.open("lege"), &DemoStoreFixture::morning);
    CHECK(gp.caseloadPage() == nullptr);
}
