// The caseload per nurse: every nurse with their counts, adding up to the worklist.
#include "ui_fixture.h"

#include "core/enrolment/caseload.h"
#include "core/worklist/worklist.h"
#include "ui/caseload/caseload_page.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTabWidget>
#include <QTableWidget>

using namespace varde;

TEST_CASE("The caseload shows each nurse with counts that add up to the worklist",
    "[ui][followup][caseload]")
{
    DemoStoreFixture fixture(80, 21);
    auto store = fixture.open();
    auto list = worklist::buildWorklist(*store, time::fromEpochMillis(DemoStoreFixture::morning()));
    REQUIRE(list);
    auto nurses = enrolment::nursesOf(*store);
    REQUIRE(nurses);
    REQUIRE(nurses->size() == 3);

    ui::CaseloadPage page(*store, &DemoStoreFixture::morning);
    page.refresh();
    CHECK(page.errorMessage().isEmpty());
    const auto &rows = page.rows();
    REQUIRE(rows.size() >= nurses->size());
    auto *table = page.table();
    REQUIRE(table->rowCount() == int(rows.size()));

    // Every nurse is there by name, in the table as in core's rows.
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names << table->item(r, ui::CaseloadPage::NurseColumn)->text();
    for (const auto &n : *nurses)
        CHECK(names.contains(QString::fromStdString(n.displayName)));

    int patients = 0, red = 0, yellow = 0, other = 0, trial = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto count = [&](int column) { return table->item(r, column)->text().toInt(); };
        patients += count(ui::CaseloadPage::PatientsColumn);
        red += count(ui::CaseloadPage::RedColumn);
        yellow += count(ui::CaseloadPage::YellowColumn);
        other += count(ui::CaseloadPage::OtherColumn);
        trial += count(ui::CaseloadPage::TrialColumn);
    }
    const auto &by = list->countByLevel;
    CHECK(patients == int(list->rows.size()));
    CHECK(page.totalPatients() == patients);
    CHECK(red == by[int(triage::Level::Red)]);
    CHECK(yellow == by[int(triage::Level::Yellow)]);
    CHECK(other == by[int(triage::Level::Suspect)] + by[int(triage::Level::Missing)]);
    int running = 0;
    for (const auto &row : list->rows)
        running += row.trial && row.trial->running;
    CHECK(trial == running);

    SECTION("a nurse over the target is marked in words and with an icon")
    {
        ui::CaseloadPage small(*store, &DemoStoreFixture::morning, 25);
        small.refresh();
        bool anyOver = false;
        for (int r = 0; r < small.table()->rowCount(); ++r) {
            const auto &row = small.rows()[std::size_t(r)];
            const auto *load = small.table()->item(r, ui::CaseloadPage::TargetColumn);
            CAPTURE(row.nurseName, row.patients);
            CHECK(row.overTarget == (row.patients > 25));
            if (row.overTarget) {
                anyOver = true;
                CHECK(load->text().startsWith(QStringLiteral("Over målet")));
                CHECK_FALSE(load->icon().isNull());
            } else {
                CHECK(load->text() == QStringLiteral("Innenfor målet"));
            }
        }
        CHECK(anyOver);
        small.resize(1400, 400);
        small.show();
        QApplication::processEvents();
        REQUIRE(small.grab().save(artifact(QStringLiteral("caseload-over-target.png"))));
    }

    SECTION("the main window has a caseload tab, and the screenshot")
    {
        ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
        window.resize(1920, 1080);
        window.show();
        auto *tabs = window.listTabs();
        const int index = tabs->indexOf(window.caseloadPage());
        REQUIRE(index >= 0);
        CHECK(tabs->tabText(index).remove(QLatin1Char('&')) == QStringLiteral("Saksmengde"));
        tabs->setCurrentIndex(index);
        QApplication::processEvents();
        CHECK(window.caseloadPage()->totalPatients() == int(list->rows.size()));
        REQUIRE(window.grab().save(artifact(QStringLiteral("caseload.png"))));
    }
}
