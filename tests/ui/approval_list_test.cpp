// From the nurse's draft to the plan in force: sent for approval, seen and approved (or
// rejected with a comment) by the GP in their list, or approved by phone and recorded by the
// nurse. Only doctors approve; the plan tab and the worklist follow the new version.
#include "plan_test_support.h"

#include "core/plan/plan_repository.h"
#include "core/worklist/worklist.h"
#include "ui/patient/patient_view.h"
#include "ui/plan/approval_list.h"
#include "ui/plan/plan_editor.h"
#include "ui/plan/plan_tab.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace varde;

namespace
{

constexpr auto spo2 = domain::KindId::OxygenSaturation;

// The nurse opens the patient's plan tab, drafts stricter SpO2 limits and a goal, and sends it.
struct SentPlan {
    DemoStoreFixture fixture;
    std::unique_ptr<ui::MainWindow> nurse;
    domain::Patient patient;
    std::string versionId;

    SentPlan()
    {
        {
            auto store = fixture.open("demo");
            patient = plan_test::patientWithSpo2(*store);
        }
        nurse = std::make_unique<ui::MainWindow>(fixture.open("demo"), &DemoStoreFixture::morning);
        nurse->resize(1920, 1080);
        nurse->show();
        REQUIRE(nurse->openPatient(QString::fromStdString(patient.meta.id)));
        nurse->patientPage()->showPlan();
        auto *tab = nurse->patientPage()->planTab();
        REQUIRE(tab->openDraft());
        auto *editor = tab->editor();
        const int i = editor->bandRuleIndex(spo2);
        REQUIRE(i >= 0);
        plan_test::typeInto(limit(i, "yellow_below"), QStringLiteral("99"));
        plan_test::typeInto(limit(i, "red_below"), QStringLiteral("98"));
        versionId = editor->version().id;
        REQUIRE(editor->sendButton()->isEnabled());
        REQUIRE(editor->send());
        CHECK(editor->version().status == plan::PlanStatus::AwaitingApproval);
        CHECK(editor->recordButton()->isVisible());
        CHECK_FALSE(editor->sendButton()->isVisible());
        Q_EMIT editor->closeRequested();
    }

    ui::PlanTab *tab() const { return nurse->patientPage()->planTab(); }

    QLineEdit *limit(int i, const char *key) const
    {
        return qobject_cast<QLineEdit *>(tab()->editor()->fieldWidget(
            QStringLiteral("rules[%1].%2").arg(i).arg(QLatin1String(key))));
    }

    QString patientName() const { return QString::fromStdString(patient.fullName()); }
};

int rowOf(ui::ApprovalList &list, const QString &name)
{
    for (int r = 0; r < list.table()->rowCount(); ++r)
        if (list.table()->item(r, 0)->text().startsWith(name))
            return r;
    return -1;
}

QString historyStatus(ui::PlanTab &tab, int row) { return tab.history()->item(row, 0)->text(); }

} // namespace

TEST_CASE("A GP approves a sent plan in the approval list and triage follows it", "[plan]")
{
    SentPlan sent;
    CHECK(historyStatus(*sent.tab(), 0) == QStringLiteral("Venter på godkjenning"));
    CHECK(sent.tab()->recordButton()->isVisible());

    ui::MainWindow gp(sent.fixture.open("lege"), &DemoStoreFixture::morning);
    gp.resize(1920, 1080);
    gp.show();
    auto *list = gp.approvalList();
    const int pending = list->count();
    REQUIRE(pending >= 1);
    CHECK(gp.listTabs()->tabText(2).contains(QStringLiteral("(%1)").arg(pending)));
    const int row = rowOf(*list, sent.patientName());
    REQUIRE(row >= 0);
    list->select(row);
    CHECK(list->readOnlyReason().isEmpty());
    CHECK(list->approveButton()->isEnabled());
    const QString detail = list->detailText();
    CAPTURE(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("Oksygenmetning under 98 %")));
    CHECK(detail.contains(QStringLiteral("trenger fastlegens godkjenning")));
    CHECK(detail.contains(QStringLiteral("Siste 30 dager")));
    CHECK(list->table()->item(row, 5)->text().contains(QStringLiteral("rød")));

    gp.listTabs()->setCurrentWidget(list);
    list->select(row);
    QApplication::processEvents();
    const QString shot = artifact(QStringLiteral("approval-list.png"));
    REQUIRE(gp.grab().save(shot));
    WARN("screenshot: " << shot.toStdString());

    REQUIRE(list->approveSelected());
    CHECK(list->count() == pending - 1);
    CHECK(rowOf(*list, sent.patientName()) < 0);
    CHECK(gp.listTabs()->tabText(2).contains(QStringLiteral("(%1)").arg(pending - 1)));
    CHECK(list->message().contains(QStringLiteral("Godkjent")));

    // The nurse's plan tab shows the new version in force, approved in Varde by the GP.
    REQUIRE(sent.tab()->reload());
    const QString plan = sent.tab()->planText();
    CAPTURE(plan.toStdString());
    auto gpStore = sent.fixture.open("lege");
    CHECK(plan.contains(QStringLiteral("Godkjent av %1 i Varde")
                            .arg(QString::fromStdString(gpStore->user().displayName))));
    CHECK(plan.contains(QStringLiteral("SpO2: gul under 99")));
    CHECK(historyStatus(*sent.tab(), 0) == QStringLiteral("Aktiv"));
    CHECK_FALSE(sent.tab()->recordButton()->isVisible());
    CHECK(sent.tab()->comparisonText().contains(QStringLiteral("Oksygenmetning")));

    // Triage judges by the approved plan: the patient's SpO2 under 98 % is red now.
    auto check = sent.fixture.open("demo");
    auto worklist = worklist::buildWorklist(
        *check, time::fromEpochMillis(DemoStoreFixture::morning()), sent.patient.meta.id);
    REQUIRE(worklist);
    REQUIRE(worklist->rows.size() == 1);
    CHECK(worklist->rows.front().planVersionId == sent.versionId);
    CHECK(worklist->rows.front().personalPlan);
    CHECK(worklist->rows.front().result.status == triage::Level::Red);
    sent.nurse->patientPage()->open(QString::fromStdString(sent.patient.meta.id));
    sent.nurse->patientPage()->showPlan();
    CHECK(sent.nurse->patientPage()->headerText().contains(QStringLiteral("personlig plan")));
    // Every SpO2 value is red now: the header lists the five worst and counts the rest.
    const auto open = std::count_if(worklist->rows.front().result.findings.begin(),
        worklist->rows.front().result.findings.end(), [](const auto &f) { return f.open; });
    REQUIRE(open > 6);
    CHECK(sent.nurse->patientPage()->headerText().contains(
        QStringLiteral("og %1 åpne funn til").arg(open - 5)));
    QApplication::processEvents();
    const QString tabShot = artifact(QStringLiteral("plan-tab.png"));
    REQUIRE(sent.nurse->grab().save(tabShot));
    WARN("screenshot: " << tabShot.toStdString());

    SECTION("a new draft that changes only goals may be activated by the nurse")
    {
        REQUIRE(sent.tab()->openDraft());
        auto *editor = sent.tab()->editor();
        CHECK(editor->activateButton()->isVisible());
        CHECK(editor->activateButton()->isEnabled());
        auto *add
            = plan_test::buttonNear(editor->fieldWidget(QStringLiteral("content.trial_weeks")),
                QStringLiteral("Legg til mål"));
        if (!add) // the goals come before the trial period; any "add goal" button will do
            for (auto *b : editor->findChildren<QPushButton *>())
                if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Legg til mål"))
                    add = b;
        REQUIRE(add);
        add->click();
        QApplication::processEvents();
        plan_test::typeInto(
            qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("content.goals[0]"))),
            QStringLiteral("Gå tur med barnebarna"));
        CHECK(editor->activateButton()->isEnabled()); // goals need no approval
        REQUIRE(editor->activate());
        CHECK(editor->version().status == plan::PlanStatus::Active);
        REQUIRE(editor->version().approval);
        CHECK(editor->version().approval->method == plan::ApprovalMethod::UnchangedLimits);
    }
}

TEST_CASE("Rejecting a plan needs a comment, which the nurse sees", "[plan]")
{
    SentPlan sent;
    ui::MainWindow gp(sent.fixture.open("lege"), &DemoStoreFixture::morning);
    auto *list = gp.approvalList();
    const int row = rowOf(*list, sent.patientName());
    REQUIRE(row >= 0);
    list->select(row);
    CHECK_FALSE(list->rejectButton()->isEnabled());
    CHECK_FALSE(list->rejectSelected(QStringLiteral("   ")));
    CHECK(list->message().contains(QStringLiteral("kommentar")));
    // The core refuses as well.
    auto gpStore = sent.fixture.open("lege");
    auto refused = plan::rejectPlan(*gpStore, sent.versionId, " ", DemoStoreFixture::morning());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);

    list->commentField()->setPlainText(QStringLiteral("Rød grense 98 % gir for mange alarmer."));
    CHECK(list->rejectButton()->isEnabled());
    list->rejectButton()->click();
    CHECK(rowOf(*list, sent.patientName()) < 0);

    REQUIRE(sent.tab()->reload());
    CHECK(historyStatus(*sent.tab(), 0) == QStringLiteral("Avvist"));
    CHECK(sent.tab()->history()->item(0, 4)->text()
        == QStringLiteral("Rød grense 98 % gir for mange alarmer."));
    CHECK(sent.tab()->history()->item(0, 3)->text().startsWith(QStringLiteral("Avvist av")));
}

TEST_CASE("A nurse sees the approval list read-only and cannot approve", "[plan]")
{
    SentPlan sent;
    auto *list = sent.nurse->approvalList();
    list->refresh();
    const int row = rowOf(*list, sent.patientName());
    REQUIRE(row >= 0);
    list->select(row);
    CHECK_FALSE(list->approveButton()->isEnabled());
    CHECK_FALSE(list->rejectButton()->isEnabled());
    CHECK(list->readOnlyReason().contains(QStringLiteral("fastlege")));
    CHECK_FALSE(list->approveSelected());
    auto nurseStore = sent.fixture.open("ingrid");
    auto refused = plan::approvePlan(*nurseStore, sent.versionId, DemoStoreFixture::morning());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowed);
}

TEST_CASE("A GP's approval by phone is recorded by the nurse and shown as such", "[plan]")
{
    SentPlan sent;
    plan::OutsideApproval phone;
    phone.method = plan::ApprovalMethod::Phone;
    phone.gpName = "Turid Moe (fastlege)";
    phone.givenAtMillis = DemoStoreFixture::morning();
    phone.reference = "Ringte legekontoret 10:15";
    REQUIRE(sent.tab()->recordApproval(phone));
    const QString plan = sent.tab()->planText();
    CAPTURE(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("Godkjent av Turid Moe (fastlege)")));
    CHECK(plan.contains(QStringLiteral("per telefon, registrert av Kari Demo")));
    CHECK(plan.contains(QStringLiteral("Ringte legekontoret 10:15")));
    CHECK(historyStatus(*sent.tab(), 0) == QStringLiteral("Aktiv"));
    CHECK(sent.tab()->history()->item(0, 3)->text().contains(QStringLiteral("per telefon")));
}
