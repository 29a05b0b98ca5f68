#include "ui_fixture.h"

#include "core/store/audit_log.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/worklist.h"
#include "ui/charts/trend_chart.h"
#include "ui/charts/trend_panel.h"
#include "ui/patient/patient_view.h"
#include "ui/queue/worklist_page.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QTableView>
#include <QTableWidget>

using namespace varde;

namespace
{

// The heart-failure patient whose weight-gain episode began last.
const domain::Patient &weightGainPatient(const demo::Cohort &cohort)
{
    const demo::Episode *latest = nullptr;
    for (const auto &e : cohort.episodes)
        if (e.kind == demo::EpisodeKind::WeightGain && (!latest || e.startDay > latest->startDay))
            latest = &e;
    REQUIRE(latest);
    return cohort.patients[std::size_t(latest->patientIndex)];
}

} // namespace

TEST_CASE("The patient view shows a heart-failure patient's trends with zones", "[ui][patient]")
{
    DemoStoreFixture fixture(80, 30);
    const auto cohort = demo::generateCohort(fixture.options);
    const auto &patient = weightGainPatient(cohort);
    const QString id = QString::fromStdString(patient.meta.id);
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    window.resize(1400, 1000);
    window.show();
    QApplication::processEvents();

    REQUIRE(window.openPatient(id));
    QApplication::processEvents();
    auto *view = window.patientPage();
    CHECK(view->patientId() == id);
    const QString header = view->headerText();
    CHECK(header.contains(QString::fromStdString(patient.givenName + " " + patient.familyName)));
    CHECK(header.contains(QStringLiteral("*****")));
    CHECK_FALSE(header.contains(QString::fromStdString(patient.nationalId)));
    CHECK(header.contains(QStringLiteral("I50")));

    const auto &charts = view->trends()->charts();
    REQUIRE_FALSE(charts.empty());
    const auto weight = std::find_if(charts.begin(), charts.end(),
        [](ui::TrendChart *c) { return c->chart()->title().startsWith(QStringLiteral("Vekt")); });
    REQUIRE(weight != charts.end());
    CHECK((*weight)->drawnPointCount() > 10);

    SECTION("a screenshot of the patient view")
    {
        const QString path = artifact(QStringLiteral("patient_view_heart_failure.png"));
        REQUIRE(window.grab().save(path));
        WARN("screenshot: " << path.toStdString());
    }

    SECTION("a finding two nurses acknowledged shows the first and lists the second")
    {
        auto list = worklist::buildWorklist(
            window.store(), time::fromEpochMillis(DemoStoreFixture::morning()));
        REQUIRE(list);
        std::vector<std::string> open;
        for (const auto &row : list->rows)
            if (row.patientId() == patient.meta.id)
                for (const auto &f : row.result.findings)
                    if (f.open)
                        open.push_back(f.id);
        REQUIRE_FALSE(open.empty());
        const auto at = DemoStoreFixture::morning();
        REQUIRE(worklist::acknowledgeFindings(window.store(), patient.meta.id, { open.front() },
            worklist::AckAction::CalledPatient, "Ringte", at - 600'000));
        auto ingrid = fixture.open("ingrid"); // the other nurse on the shared PC
        REQUIRE(worklist::acknowledgeFindings(*ingrid, patient.meta.id, { open.front() },
            worklist::AckAction::AdvisedPerPlan, "Veiledet", at));
        REQUIRE(window.openPatient(id));
        QApplication::processEvents();
        QString handled;
        for (int r = 0; r < view->history()->rowCount(); ++r)
            if (auto *item = view->history()->item(r, 3);
                item && item->text().contains(QStringLiteral("Veiledet")))
                handled = item->text();
        INFO(handled.toStdString());
        const auto lines = handled.split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].contains(QStringLiteral("Kari Demo")));
        CHECK(lines[0].contains(QStringLiteral("Ringte")));
        CHECK(lines[1].startsWith(QStringLiteral("Også kvittert: ")));
        CHECK(lines[1].contains(QStringLiteral("Ingrid")));
    }

    SECTION("the national identity number is shown only when asked for, and that is audited")
    {
        auto reader = fixture.open(); // a second connection reads the same audit table
        const int before = auditCount(*reader, "patient.show_id", patient.meta.id);
        view->showNationalId();
        CHECK(view->headerText().contains(QString::fromStdString(patient.nationalId)));
        CHECK(auditCount(*reader, "patient.show_id", patient.meta.id) == before + 1);
    }

    SECTION("the GP summary PDF holds the patient, the period and values; the export is audited")
    {
        QTemporaryDir out;
        const QString pdf = out.path() + QStringLiteral("/sammendrag.pdf");
        REQUIRE(view->exportSummaryPdf(pdf, 30));
        auto check = fixture.open();
        CHECK(auditCount(*check, "patient.export_pdf", patient.meta.id) == 1);
        QProcess text;
        text.start(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        REQUIRE(text.waitForFinished(20000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        CAPTURE(content.left(2000).toStdString());
        CHECK(
            content.contains(QString::fromStdString(patient.givenName + " " + patient.familyName)));
        CHECK(content.contains(QString::fromStdString(patient.nationalId)));
        CHECK(content.contains(QStringLiteral("28.02.2026–30.03.2026")));
        CHECK(content.contains(QStringLiteral("Vekt: siste")));
        CHECK(content.contains(QStringLiteral("Side 1 av")));
        CHECK(content.contains(QStringLiteral("Godkjent av")));
        // The first page as PNG, to look at.
        QProcess png;
        png.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), pdf, artifact(QStringLiteral("gp_summary")) });
        REQUIRE(png.waitForFinished(20000));
        WARN("first page: " << artifact(QStringLiteral("gp_summary-1.png")).toStdString());
    }

    SECTION("printing the summary is audited and prints the pages")
    {
        QTemporaryDir out;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(artifact(QStringLiteral("utskrift.pdf")));
        REQUIRE(view->printSummary(printer, 90));
        auto check = fixture.open();
        CHECK(auditCount(*check, "patient.print", patient.meta.id) == 1);
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
            { artifact(QStringLiteral("utskrift.pdf")), QStringLiteral("-") });
        REQUIRE(text.waitForFinished(20000));
        CHECK(QString::fromUtf8(text.readAllStandardOutput())
                  .contains(QString::fromStdString(patient.givenName + " " + patient.familyName)));
    }

    SECTION("charts export as PNG files, audited")
    {
        QTemporaryDir out;
        REQUIRE(view->exportChartsPng(out.path()));
        CHECK(QDir(out.path()).entryList({ QStringLiteral("*.png") }).size() == int(charts.size()));
        auto check = fixture.open();
        CHECK(auditCount(*check, "patient.export_png", patient.meta.id) == 1);
    }

    SECTION("ranges and panning move every chart together")
    {
        auto *panel = view->trends();
        panel->showLastDays(7);
        const auto span7 = panel->toMillis() - panel->fromMillis();
        panel->showLastDays(0);
        CHECK(panel->toMillis() - panel->fromMillis() > span7);
        const auto from = panel->fromMillis();
        Q_EMIT(*weight)->panRequested(-24 * 3600 * 1000LL);
        CHECK(panel->fromMillis() == from - 24 * 3600 * 1000LL);
    }

    SECTION("back returns to the worklist with the same patient selected")
    {
        window.worklistPage()->selectPatient(id);
        REQUIRE(window.openPatient(id));
        Q_EMIT view->backRequested();
        QApplication::processEvents();
        CHECK(window.worklistPage()->selectedPatientId() == id);
    }
}
