#include "ui_fixture.h"

#include "core/store/audit_log.h"
#include "core/triage/case_json.h"
#include "core/triage/reason_text.h"
#include "core/triage/triage_engine.h"
#include "ui/queue/queue_filter.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/reason_presenter.h"
#include "ui/queue/worklist_page.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace varde;

namespace
{

int levelAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, ui::QueueModel::StatusColumn).data(ui::QueueModel::LevelRole).toInt();
}

int auditCount(store::EncryptedStore &store, const std::string &action)
{
    auto events = store::recentAudit(store.db(), 100000);
    REQUIRE(events);
    int n = 0;
    for (const auto &e : *events)
        n += e.action == action;
    return n;
}

} // namespace

TEST_CASE(
    "The worklist shows who needs help first and acknowledging moves them down", "[ui][worklist]")
{
    DemoStoreFixture fixture(80, 21);
    auto store = fixture.open();
    ui::WorklistPage page(*store, &DemoStoreFixture::morning);
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1500, 800);
    page.show();
    QApplication::processEvents();

    const auto *view = page.filter();
    // Patients whose follow-up has ended are not in the worklist.
    const auto ended = int(varde::demo::generateCohort(fixture.options).endings.size());
    REQUIRE(view->rowCount() == 80 - ended);
    for (int row = 1; row < view->rowCount(); ++row) {
        CAPTURE(row);
        CHECK(
            levelAt(*view, row - 1) >= levelAt(*view, row)); // red, yellow, suspect, missing, green
    }
    const auto &counts = page.model()->worklist().countByLevel;
    REQUIRE(counts[int(triage::Level::Red)] + counts[int(triage::Level::Yellow)] > 0);
    CHECK(page.countsText().contains(QStringLiteral("Rød")));
    CHECK(page.countsText().contains(QStringLiteral("Grønn")));

    SECTION("the status is a word and an icon, never colour alone")
    {
        const auto index = view->index(0, ui::QueueModel::StatusColumn);
        CHECK_FALSE(index.data(Qt::DisplayRole).toString().isEmpty());
        CHECK_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK(index.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Status: ")));
    }

    SECTION("acknowledging the top patient moves them down and is audited")
    {
        page.view()->selectRow(0);
        const QString top = page.selectedPatientId();
        const int levelBefore = levelAt(*view, 0);
        REQUIRE(levelBefore >= int(triage::Level::Yellow));
        REQUIRE(page.findingList()->count() > 0);
        const int before = auditCount(*store, "finding.acknowledge");
        REQUIRE(page.acknowledgeSelected(
            worklist::AckAction::CalledPatient, QStringLiteral("Ringte, avtalt ny måling")));
        CHECK(auditCount(*store, "finding.acknowledge") == before + 1);
        const auto *row = page.model()->rowForPatient(top);
        REQUIRE(row);
        CHECK(int(row->result.status) < levelBefore);
        CHECK(view->index(0, 0).data(ui::QueueModel::PatientIdRole).toString() != top);
        CHECK(page.selectedPatientId() != top); // the next patient is ready
    }

    SECTION("keyboard: moving down the list opens the next patient, and opening is audited")
    {
        page.view()->setFocus();
        page.view()->selectRow(0);
        const QString first = page.selectedPatientId();
        const int before = auditCount(*store, "patient.open");
        QTest::keyClick(page.view(), Qt::Key_Down);
        QApplication::processEvents();
        CHECK(page.selectedPatientId() != first);
        CHECK(auditCount(*store, "patient.open") == before + 1);
    }

    SECTION("filters: status and search")
    {
        page.filter()->setLevel(int(triage::Level::Green));
        for (int row = 0; row < view->rowCount(); ++row)
            CHECK(levelAt(*view, row) == int(triage::Level::Green));
        page.filter()->setLevel(std::nullopt);
        const auto &someone = page.model()->worklist().rows.back().overview.patient;
        page.filter()->setSearchText(QString::fromStdString(someone.nationalId.substr(0, 8)));
        CHECK(view->rowCount() >= 1);
        page.filter()->setSearchText(QString());
        CHECK(view->rowCount() == 80 - ended);
    }

    SECTION("a screenshot of the worklist is saved as a test artifact")
    {
        page.view()->selectRow(0);
        QApplication::processEvents();
        QDir().mkpath(QStringLiteral(VARDE_ARTIFACT_DIR));
        const QString path = QStringLiteral(VARDE_ARTIFACT_DIR "/worklist.png");
        REQUIRE(page.grab().save(path));
        WARN("screenshot: " << path.toStdString());
    }
}

TEST_CASE(
    "The screen's bokmål reasons equal core's formatter for every scenario", "[ui][i18n][triage]")
{
    int compared = 0;
    for (const auto &entry : std::filesystem::directory_iterator(VARDE_TEST_DATA_DIR "/triage")) {
        if (entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = triage::parseTriageCase(text.str());
        if (!parsed)
            continue; // refused inputs have no reasons
        triage::TriageInput input;
        input.patientId = "case";
        input.rules = &parsed->rules;
        input.observations = parsed->observations;
        input.answers = parsed->answers;
        input.now = parsed->now;
        for (const auto &f : triage::triage(input).findings) {
            CAPTURE(entry.path().filename().string());
            CHECK(ui::reasonText(f.reason, parsed->now).toStdString()
                == triage::reasonTextNb(f.reason, parsed->now));
            ++compared;
        }
    }
    CHECK(compared > 50);
}
