// The plan editor as a nurse uses it: problems shown at the field that has them, sending
// blocked until they are fixed, undo and redo, and drafts saved as she types.
#include "plan_test_support.h"

#include "core/plan/plan_repository.h"
#include "ui/plan/plan_editor.h"
#include "ui/plan/record_approval_dialog.h"
#include "ui/plan/replay_panel.h"
#include "ui/plan/rule_fields.h"
#include "ui/plan/suggestion_panel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace varde;

namespace
{

struct EditorSetup {
    DemoStoreFixture fixture;
    std::unique_ptr<store::EncryptedStore> store = fixture.open("demo");
    domain::Patient patient = plan_test::patientWithSpo2(*store);
    plan::PlanVersion draft = plan_test::newDraft(*store, patient);
    ui::PlanEditor editor { *store, &DemoStoreFixture::morning };

    EditorSetup()
    {
        editor.resize(1920, 1080);
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
        REQUIRE(editor.open(draft, QString::fromStdString(patient.fullName())));
        QApplication::processEvents();
    }

    QLineEdit *limit(domain::KindId kind, const char *key)
    {
        const int i = editor.bandRuleIndex(kind);
        REQUIRE(i >= 0);
        auto *edit = qobject_cast<QLineEdit *>(
            editor.fieldWidget(QStringLiteral("rules[%1].%2").arg(i).arg(QLatin1String(key))));
        REQUIRE(edit);
        return edit;
    }

    QString message(domain::KindId kind, const char *key)
    {
        return editor.fieldMessage(
            QStringLiteral("rules[%1].%2").arg(editor.bandRuleIndex(kind)).arg(QLatin1String(key)));
    }

    const triage::BandRule &band(domain::KindId kind)
    {
        return std::get<triage::BandRule>(
            editor.version().rules[std::size_t(editor.bandRuleIndex(kind))]);
    }
};

constexpr auto spo2 = domain::KindId::OxygenSaturation;

} // namespace

TEST_CASE("The plan editor shows a limit problem at its field and holds the plan back", "[plan]")
{
    EditorSetup s;
    CHECK(s.editor.problemTexts().isEmpty());
    CHECK(s.editor.sendButton()->isVisible());
    CHECK(s.editor.sendButton()->isEnabled());

    // Red above yellow on SpO2, the wrong way round.
    plan_test::typeInto(s.limit(spo2, "yellow_above"), QStringLiteral("99"));
    plan_test::typeInto(s.limit(spo2, "red_above"), QStringLiteral("98"));
    const QString message = s.message(spo2, "red_above");
    CAPTURE(message.toStdString());
    CHECK(message.contains(QStringLiteral("SpO2")));
    CHECK(message.contains(QStringLiteral("rød grense 98")));
    CHECK(message.contains(QStringLiteral("høyere enn gul grense 99")));
    CHECK_FALSE(s.editor.sendButton()->isEnabled());
    CHECK(s.editor.sendBlockedReason().contains(QStringLiteral("rødt")));
    CHECK(s.editor.sendButton()->toolTip() == s.editor.sendBlockedReason());

    SECTION("a screenshot with the problem visible")
    {
        plan_test::typeInto(s.limit(domain::KindId::Pulse, "red_below"), QStringLiteral("4x"));
        CHECK(s.message(domain::KindId::Pulse, "red_below").contains(QStringLiteral("«4x»")));
        QApplication::processEvents();
        const QString path = artifact(QStringLiteral("plan-editor.png"));
        REQUIRE(s.editor.grab().save(path));
        WARN("screenshot: " << path.toStdString());
    }

    SECTION("fixing the limit clears the message and allows sending")
    {
        plan_test::typeInto(s.limit(spo2, "red_above"), QString());
        CHECK(s.message(spo2, "red_above").isEmpty());
        CHECK(s.editor.problemTexts().isEmpty());
        CHECK(s.editor.sendButton()->isEnabled());
    }

    SECTION("a value that cannot be measured names the possible range")
    {
        plan_test::typeInto(s.limit(spo2, "red_above"), QStringLiteral("120"));
        CHECK(s.message(spo2, "red_above").contains(QStringLiteral("50–100")));
    }

    SECTION("the core refuses to send what the editor marks")
    {
        REQUIRE(s.editor.saveNow());
        auto sent = plan::submitPlan(*s.store, s.draft.id, DemoStoreFixture::morning());
        REQUIRE_FALSE(sent);
        CHECK(sent.error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("Undo and redo in the plan editor restore a limit", "[plan]")
{
    EditorSetup s;
    const double before = *s.band(spo2).yellowBelow;
    s.limit(spo2, "yellow_below")->setFocus();
    plan_test::typeInto(s.limit(spo2, "yellow_below"), QStringLiteral("90"));
    CHECK(*s.band(spo2).yellowBelow == 90);
    CHECK(s.editor.undoStack()->count() == 1); // the keystrokes of one field are one step

    QTest::keyClick(s.limit(spo2, "yellow_below"), Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(*s.band(spo2).yellowBelow == before);
    CHECK(s.limit(spo2, "yellow_below")->text() == ui::numberText(before));

    QTest::keyClick(
        s.limit(spo2, "yellow_below"), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK(*s.band(spo2).yellowBelow == 90);
    CHECK(s.limit(spo2, "yellow_below")->text() == QStringLiteral("90"));

    SECTION("a removed row comes back")
    {
        const auto rules = s.editor.version().rules.size();
        auto *remove
            = plan_test::buttonNear(s.limit(spo2, "yellow_below"), QStringLiteral("Fjern"));
        REQUIRE(remove);
        remove->click();
        QApplication::processEvents();
        CHECK(s.editor.version().rules.size() == rules - 1);
        CHECK(s.editor.bandRuleIndex(spo2) < 0);
        s.editor.undoStack()->undo();
        QApplication::processEvents();
        CHECK(s.editor.version().rules.size() == rules);
        CHECK(*s.band(spo2).yellowBelow == 90);
    }
}

TEST_CASE("The plan editor saves the draft as the nurse types", "[plan]")
{
    EditorSetup s;
    plan_test::typeInto(s.limit(spo2, "red_below"), QStringLiteral("87"));
    auto *notes = qobject_cast<QPlainTextEdit *>(
        s.editor.fieldWidget(QStringLiteral("content.evaluation_notes")));
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Evaluering med fastlegen"));
    CHECK(s.editor.hasUnsavedChanges());

    // 1.5 s after the last change, without pressing anything.
    QTRY_VERIFY_WITH_TIMEOUT(!s.editor.hasUnsavedChanges(), 5000);
    CHECK(s.editor.saveStatus().contains(QStringLiteral("lagret")));
    auto reader = s.fixture.open("demo");
    auto stored = plan::loadPlanVersion(*reader, s.draft.id);
    REQUIRE(stored);
    const auto i = std::size_t(s.editor.bandRuleIndex(spo2));
    CHECK(std::get<triage::BandRule>(stored->rules[i]).redBelow == 87.0);
    CHECK(stored->content.evaluationNotes == "Evaluering med fastlegen");

    SECTION("when the store refuses, the nurse is told the changes are only on screen")
    {
        // Another nurse sends the draft meanwhile: it can no longer be saved as a draft.
        REQUIRE(plan::submitPlan(*reader, s.draft.id, DemoStoreFixture::morning()));
        plan_test::typeInto(s.limit(spo2, "red_below"), QStringLiteral("86"));
        CHECK_FALSE(s.editor.saveNow());
        CHECK(s.editor.hasUnsavedChanges());
        CHECK(s.editor.saveStatus().contains(QStringLiteral("Ikke lagret")));
    }
}

TEST_CASE("Suggestion and replay panels read the patient's own measurements", "[plan]")
{
    EditorSetup s;
    const auto &suggestion = s.editor.suggestions()->suggestion();
    REQUIRE_FALSE(suggestion.basis.empty());
    const auto spo2Basis = std::find_if(suggestion.basis.begin(), suggestion.basis.end(),
        [](const auto &b) { return domain::kindForCode(b.code) == spo2; });
    REQUIRE(spo2Basis != suggestion.basis.end());
    auto *table = s.editor.suggestions()->table();
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
    CAPTURE(cells.join(QLatin1Char('|')).toStdString());
    CHECK(cells.join(QLatin1Char('|')).contains(QStringLiteral("SpO2")));
    // Either a level and spread or the reason there is none, in words.
    CHECK((cells.join(QLatin1Char('|')).contains(QStringLiteral("vanlig nivå"))
        || cells.join(QLatin1Char('|')).contains(QStringLiteral("Ingen forslag"))));

    if (!suggestion.rules.empty()) {
        s.editor.suggestions()->takeButton()->click();
        QApplication::processEvents();
        CHECK(s.editor.version().status == plan::PlanStatus::Draft);
        CHECK(s.editor.statusMessage().contains(QStringLiteral("godkjent")));
        CHECK(s.editor.undoStack()->count() == 1);
    }

    // Replay: the same rules as in force raise the same counts.
    const auto &replay = s.editor.replay()->result();
    CHECK(replay.draft30 == replay.inForce30);
    CHECK(replay.draft90 == replay.inForce90);
    plan_test::typeInto(s.limit(spo2, "yellow_below"), QStringLiteral("99"));
    plan_test::typeInto(s.limit(spo2, "red_below"), QStringLiteral("98"));
    QTRY_VERIFY_WITH_TIMEOUT(s.editor.replay()->result().draft90.red > replay.inForce90.red, 3000);
}

TEST_CASE("Recording a GP's approval asks for the reference", "[plan]")
{
    ui::RecordApprovalDialog dialog(QStringLiteral("Turid Moe"), DemoStoreFixture::morning());
    CHECK_FALSE(dialog.canAccept());
    dialog.reference()->setPlainText(QStringLiteral("Telefon 10:15"));
    CHECK(dialog.canAccept());
    dialog.method()->setCurrentIndex(1);
    const auto approval = dialog.approval();
    CHECK(approval.method == plan::ApprovalMethod::Phone);
    CHECK(approval.gpName == "Turid Moe");
    CHECK(approval.givenAtMillis == DemoStoreFixture::morning());
}
