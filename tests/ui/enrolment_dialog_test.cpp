// The enrolment form: core's messages at their fields with nothing stored, a valid form enrolled
// with its link code shown, a patient already in follow-up found instead of made twice, and an
// ended one enrolled again on the same record.
#include "ui/enrolment/enrolment_dialog.h"
#include "ui/enrolment/enrolment_result.h"
#include "ui/enrolment/link_code_slip.h"
#include "ui/enrolment/schedule_defaults.h"

#include "core/enrolment/follow_up.h"
#include "core/store/patient_repository.h"
#include "tests/core/store/store_fixture.h"
#include "ui_fixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>

#include <algorithm>

namespace
{

using namespace varde;
using ui::EnrolmentDialog;

QWidget *input(EnrolmentDialog &dialog, const char *field)
{
    auto *widget = dialog.fieldWidget(QString::fromLatin1(field));
    INFO(field);
    REQUIRE(widget);
    return widget;
}

// As if typed: list rows listen to textEdited, the other fields to textChanged.
void type(EnrolmentDialog &dialog, const char *field, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(input(dialog, field))) {
        combo->setCurrentText(text);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(input(dialog, field));
    REQUIRE(edit);
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
}

void click(EnrolmentDialog &dialog, const char *objectName)
{
    auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(objectName));
    REQUIRE(button);
    button->click();
}

std::size_t patientCount(store::EncryptedStore &store)
{
    auto all = store::PatientRepository(store).all();
    REQUIRE(all);
    return all->size();
}

// Every field right except the national id, which the caller types.
void fillRest(EnrolmentDialog &dialog)
{
    type(dialog, "given_name", QStringLiteral("Solveig"));
    type(dialog, "family_name", QStringLiteral("Berg"));
    type(dialog, "address", QStringLiteral("Storgata 12"));
    type(dialog, "postal_code", QStringLiteral("7010"));
    type(dialog, "city", QStringLiteral("Trondheim"));
    type(dialog, "municipality", QStringLiteral("Trondheim"));
    type(dialog, "phone_mobile", QStringLiteral("912 34 567"));
    click(dialog, "addContact");
    type(dialog, "contacts[0].name", QStringLiteral("Per Berg"));
    type(dialog, "contacts[0].relation", QStringLiteral("sønn"));
    type(dialog, "contacts[0].phone", QStringLiteral("98765432"));
    qobject_cast<QComboBox *>(input(dialog, "gp"))->setCurrentIndex(1);
    type(dialog, "diagnoses[0].code", QStringLiteral("J44.1"));
    type(dialog, "diagnoses[0].text", QStringLiteral("KOLS med akutt forverring"));
    type(dialog, "referrer", QStringLiteral("Turid Moe"));
}

std::string validNationalId()
{
    using namespace std::chrono;
    return test::fodselsnummer(1948y / May / 17, 100);
}

QString message(const std::vector<enrolment::FieldError> &errors, const char *field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return QString::fromStdString(e.message);
    return {};
}

} // namespace

TEST_CASE("Enrolment form shows each problem at its field and stores nothing", "[enrolment]")
{
    DemoStoreFixture fixture(12, 7);
    auto store = fixture.open();
    const auto before = patientCount(*store);
    EnrolmentDialog dialog(*store, [] { return DemoStoreFixture::morning(); });
    dialog.show();

    fillRest(dialog);
    type(dialog, "phone_mobile", QString()); // no phone at all
    type(dialog, "diagnoses[0].code", QStringLiteral("J4X.1"));
    // Before "Enrol" an untouched field waits; a complete but wrong number is shown at once.
    type(dialog, "national_id", QStringLiteral("17054812345"));
    CHECK(dialog.fieldMessage(QStringLiteral("phone_mobile")).isEmpty());
    CHECK_FALSE(dialog.fieldMessage(QStringLiteral("national_id")).isEmpty());
    CHECK(dialog.derivedText().isEmpty());

    click(dialog, "enrolButton");
    QApplication::processEvents();

    const auto errors = dialog.problems();
    for (const char *field : { "national_id", "phone_mobile", "diagnoses[0].code" }) {
        INFO(field);
        const QString expected = message(errors, field);
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(dialog.fieldMessage(QString::fromLatin1(field)).contains(expected));
    }
    CHECK(message(errors, "national_id").contains(QStringLiteral("Fødselsnummeret")));
    CHECK(message(errors, "phone_mobile").contains(QStringLiteral("telefonnummer")));
    CHECK(message(errors, "diagnoses[0].code").contains(QStringLiteral("ICD-10")));
    // The fields that are right say nothing.
    CHECK(dialog.fieldMessage(QStringLiteral("given_name")).isEmpty());
    CHECK(dialog.fieldMessage(QStringLiteral("gp")).isEmpty());
    CHECK_FALSE(dialog.statusMessage().isEmpty());
    CHECK_FALSE(dialog.result());
    CHECK(patientCount(*store) == before);
    dialog.grab().save(artifact(QStringLiteral("enrolment-form-error.png")));

    // Putting the number right clears its message and shows what it says.
    type(dialog, "national_id", QString::fromStdString(validNationalId()));
    CHECK(dialog.fieldMessage(QStringLiteral("national_id")).isEmpty());
    CHECK(dialog.derivedText().contains(QStringLiteral("17.05.1948")));
}

TEST_CASE("A valid enrolment form enrols the patient and shows the link code", "[enrolment]")
{
    DemoStoreFixture fixture(12, 7);
    auto store = fixture.open();
    const auto before = patientCount(*store);
    EnrolmentDialog dialog(*store, [] { return DemoStoreFixture::morning(); });
    QSignalSpy enrolled(&dialog, &EnrolmentDialog::enrolled);
    dialog.show();

    type(dialog, "national_id", QString::fromStdString(validNationalId()));
    CHECK_FALSE(dialog.foundPatient());
    fillRest(dialog);
    // J44 suggests oxygen saturation, pulse and the breathing questions, daily by 11:00.
    const auto schedule = dialog.form().schedule;
    REQUIRE_FALSE(schedule.empty());
    CHECK(std::any_of(schedule.begin(), schedule.end(), [](const auto &i) {
        return i.item == "spo2" && i.daysOfWeek == domain::everyDay && i.dueByMinute == 11 * 60;
    }));
    CHECK(dialog.form().responsibleNurseId == store->user().meta.id); // the signed-in nurse
    CHECK(dialog.form().trialWeeks == 3);
    REQUIRE(dialog.problems().empty());
    QApplication::processEvents();
    dialog.grab().save(artifact(QStringLiteral("enrolment-form-filled.png")));

    click(dialog, "enrolButton");
    QApplication::processEvents();
    REQUIRE(dialog.result());
    const auto &done = *dialog.result();
    REQUIRE(enrolled.count() == 1);
    CHECK(enrolled.at(0).at(0).toString().toStdString() == done.patientId);
    CHECK(patientCount(*store) == before + 1);

    auto found = enrolment::findByNationalId(*store, validNationalId());
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->meta.id == done.patientId);
    CHECK((*found)->status == domain::FollowUpStatus::Trial);
    auto all = store::PatientRepository(*store).all();
    REQUIRE(all);
    const auto stored = std::find_if(
        all->begin(), all->end(), [&](const auto &p) { return p.meta.id == done.patientId; });
    REQUIRE(stored != all->end());
    CHECK(stored->givenName == "Solveig");
    CHECK(stored->birthDate == std::chrono::year_month_day(std::chrono::year(1948) / 5 / 17));
    REQUIRE(stored->contacts.size() == 1);
    CHECK(stored->contacts[0].phone == "98765432");
    CHECK(stored->contacts[0].relation == "sønn");
    REQUIRE(stored->diagnoses.size() == 1);
    CHECK(stored->diagnoses[0].code == "J44.1");
    CHECK(auditCount(*store, "patient.enrol", done.patientId) == 1);

    const QString code = dialog.resultPage()->codeText();
    CHECK(code.toStdString() == done.linkCode.code);
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(code).hasMatch());
    CHECK(dialog.resultPage()->expiryText().contains(QStringLiteral("13.04.2026"))); // 14 days
    dialog.grab().save(artifact(QStringLiteral("enrolment-done.png")));

    // The slip: name, code, expiry and the service, never the national id.
    const QString pdf = artifact(QStringLiteral("link-code-slip.pdf"));
    QString error;
    REQUIRE(ui::writeLinkCodeSlipPdf(pdf, dialog.resultPage()->slip(), &error));
    CHECK(QFile(pdf).size() > 1000);
    CHECK(dialog.resultPage()->slip().patientName == QStringLiteral("Solveig Berg"));
    CHECK_FALSE(dialog.resultPage()->slip().serviceName.isEmpty());
    // Handing the slip out (printed or saved from the result page) is audited.
    Q_EMIT dialog.resultPage()->slipHandedOut(QStringLiteral("pdf"));
    CHECK(auditCount(*store, "linkcode.slip", done.patientId) == 1);
}

TEST_CASE("A patient already in follow-up is found, not enrolled twice", "[enrolment]")
{
    DemoStoreFixture fixture(12, 7);
    auto store = fixture.open();
    auto all = store::PatientRepository(*store).all();
    REQUIRE(all);
    const auto it = std::find_if(all->begin(), all->end(),
        [](const auto &p) { return p.status != domain::FollowUpStatus::Ended; });
    REQUIRE(it != all->end());
    const auto demoPatient = *it;
    const auto before = all->size();

    EnrolmentDialog dialog(*store, [] { return DemoStoreFixture::morning(); });
    dialog.setDemo(true);
    QSignalSpy open(&dialog, &EnrolmentDialog::openPatientRequested);
    dialog.show();
    type(dialog, "national_id", QString::fromStdString(demoPatient.nationalId));
    REQUIRE(dialog.foundPatient());
    CHECK(dialog.foundPatient()->meta.id == demoPatient.meta.id);
    CHECK(dialog.lookupText().contains(QString::fromStdString(demoPatient.fullName())));
    CHECK(dialog.fieldMessage(QStringLiteral("national_id")).isEmpty());
    CHECK_FALSE(dialog.canEnrol());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("enrolButton"))->isEnabled());
    QApplication::processEvents();
    dialog.grab().save(artifact(QStringLiteral("enrolment-found.png")));

    fillRest(dialog);
    CHECK_FALSE(dialog.enrolNow()); // even when asked directly
    CHECK_FALSE(dialog.result());
    CHECK(patientCount(*store) == before);
    CHECK(dialog.statusMessage().contains(QString::fromStdString(demoPatient.fullName())));

    click(dialog, "openFoundPatient");
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString().toStdString() == demoPatient.meta.id);
}

TEST_CASE("An ended patient is enrolled again on the same record", "[enrolment]")
{
    DemoStoreFixture fixture(12, 7);
    auto store = fixture.open();
    auto all = store::PatientRepository(*store).all();
    REQUIRE(all);
    const auto ended = all->front();
    REQUIRE(enrolment::endFollowUp(*store, ended.meta.id, enrolment::EndReason::GoalsMet, {}, true,
        DemoStoreFixture::morning() - 3600 * 1000));
    const auto before = all->size();

    EnrolmentDialog dialog(*store, [] { return DemoStoreFixture::morning(); });
    dialog.setDemo(true);
    dialog.show();
    type(dialog, "national_id", QString::fromStdString(ended.nationalId));
    REQUIRE(dialog.foundPatient());
    CHECK(dialog.canEnrol());
    // Filled in from the record, for the nurse to check.
    CHECK(qobject_cast<QLineEdit *>(input(dialog, "given_name"))->text().toStdString()
        == ended.givenName);
    type(dialog, "referrer", QStringLiteral("Turid Moe"));
    // Demo records may lack what the form requires; the nurse fills it in.
    const auto form = dialog.form();
    if (form.address.empty())
        type(dialog, "address", QStringLiteral("Fjordveien 3"));
    if (form.postalCode.empty())
        type(dialog, "postal_code", QStringLiteral("7010"));
    if (form.city.empty())
        type(dialog, "city", QStringLiteral("Trondheim"));
    if (form.municipality.empty())
        type(dialog, "municipality", QStringLiteral("Trondheim"));
    if (form.phoneMobile.empty() && form.phoneHome.empty())
        type(dialog, "phone_mobile", QStringLiteral("91234567"));
    if (dialog.form().gpId.empty())
        qobject_cast<QComboBox *>(input(dialog, "gp"))->setCurrentIndex(1);
    INFO((dialog.problems().empty() ? std::string() : dialog.problems().front().field));
    REQUIRE(dialog.enrolNow());
    CHECK(dialog.result()->reenrolled);
    CHECK(dialog.result()->patientId == ended.meta.id);
    CHECK(patientCount(*store) == before);
    CHECK(auditCount(*store, "patient.reenrol", ended.meta.id) == 1);
}

TEST_CASE("Measurements suggested for the diagnoses", "[enrolment]")
{
    using enrolment::DiagnosisEntry;
    const auto has = [](const std::vector<plan::ScheduleItem> &items, const char *item, int due) {
        return std::any_of(items.begin(), items.end(), [&](const auto &i) {
            return i.item == item && i.dueByMinute == due && i.daysOfWeek == domain::everyDay;
        });
    };
    const auto copd = ui::suggestedSchedule({ { domain::CodeSystem::Icd10, "J44.1", "KOLS" } });
    CHECK(has(copd, "spo2", 11 * 60));
    CHECK(has(copd, "pulse", 11 * 60));
    CHECK(has(copd, "question:dyspne-verre", 11 * 60));
    const auto heart
        = ui::suggestedSchedule({ { domain::CodeSystem::Icd10, "I50.9", "Hjertesvikt" } });
    CHECK(has(heart, "weight", 10 * 60));
    CHECK(has(heart, "pulse", 11 * 60));
    const auto both = ui::suggestedSchedule({ { domain::CodeSystem::Icd10, "J44.9", "KOLS" },
        { domain::CodeSystem::Icd10, "I50.0", "Hjertesvikt" } });
    CHECK(std::count_if(both.begin(), both.end(), [](const auto &i) { return i.item == "pulse"; })
        == 1);
    CHECK(ui::suggestedSchedule({ { domain::CodeSystem::Icd10, "M54", "Ryggsmerter" } }).empty());
}
