#include "plan_fixture.h"
#include "ui_fixture.h"

#include "core/store/audit_log.h"
#include "ui/plan/plan_handout.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>

using namespace varde;

namespace
{

int handoutAudits(
    store::EncryptedStore &store, const std::string &patient, const std::string &detail)
{
    auto events = store::recentAudit(store.db(), 100000);
    REQUIRE(events);
    int n = 0;
    for (const auto &e : *events)
        n += e.action == "plan.handout" && e.patientId == patient && e.detail == detail;
    return n;
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(20000));
    // Lines wrap where the layout wraps them: compare with single spaces.
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("The patient's handout holds goals, zones and limits in bokmål, no national id",
    "[ui][handout]")
{
    DemoStoreFixture fixture;
    auto store = fixture.open();
    const auto quiet = plan_fixture::quietPatients(*store);
    REQUIRE(quiet.size() >= 2);
    const auto &patient = quiet[0];
    plan_fixture::giveApprovedPlan(fixture, patient, DemoStoreFixture::morning());
    QTemporaryDir out;

    SECTION("as PDF")
    {
        const QString pdf = out.path() + QStringLiteral("/plan.pdf");
        QString error;
        REQUIRE(ui::writePlanHandoutPdf(
            *store, patient.meta.id, pdf, DemoStoreFixture::morning(), &error));
        REQUIRE(QFile::exists(pdf));
        const QString content = pdfText(pdf);
        CAPTURE(content.toStdString());
        CHECK(content.contains(QStringLiteral("Min egenbehandlingsplan")));
        CHECK(content.contains(QString::fromStdString(patient.fullName())));
        CHECK(content.contains(QStringLiteral("Hva er viktig for meg")));
        CHECK(content.contains(QString::fromUtf8(plan_fixture::goal)));
        CHECK(content.contains(QStringLiteral("Grønn")));
        CHECK(content.contains(QStringLiteral("Gul")));
        CHECK(content.contains(QStringLiteral("Rød")));
        CHECK(content.contains(QStringLiteral("Oksygenmetning under 89 % → rød")));
        CHECK(content.contains(QStringLiteral("Ring 113 ved fare for liv")));
        CHECK(content.contains(QStringLiteral("Start prednisolon 30 mg")));
        CHECK(content.contains(QStringLiteral("hver dag innen kl. 11:00")));
        CHECK(content.contains(QStringLiteral("Godkjent av")));
        CHECK_FALSE(content.contains(QString::fromStdString(patient.nationalId)));
        CHECK_FALSE(content.contains(QString::fromStdString(patient.nationalId.substr(0, 6))));
        CHECK(handoutAudits(*store, patient.meta.id, "pdf") == 1);

        // The first page as PNG, to look at.
        const QString png = artifact(QStringLiteral("plan-handout"));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                QStringLiteral("-singlefile"), pdf, png });
        REQUIRE(render.waitForFinished(20000));
        CHECK(QFile::exists(png + QStringLiteral(".png")));
        QProcess second; // the measures and measurements, when the zones fill the first page
        second.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-singlefile"), pdf,
                png + QStringLiteral("-2") });
        REQUIRE(second.waitForFinished(20000));
        WARN("handout: " << png.toStdString() << ".png");
    }

    SECTION("printed, audited as print")
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = out.path() + QStringLiteral("/printed.pdf");
        printer.setOutputFileName(pdf);
        QString error;
        REQUIRE(ui::printPlanHandout(
            *store, patient.meta.id, printer, DemoStoreFixture::morning(), &error));
        CHECK(handoutAudits(*store, patient.meta.id, "print") == 1);
        CHECK(handoutAudits(*store, patient.meta.id, "pdf") == 0);
    }

    SECTION("a patient on the service's default limits gets the standard actions")
    {
        const auto &other = quiet[1];
        const QString pdf = out.path() + QStringLiteral("/standard.pdf");
        QString error;
        REQUIRE(ui::writePlanHandoutPdf(
            *store, other.meta.id, pdf, DemoStoreFixture::morning(), &error));
        const QString content = pdfText(pdf);
        CAPTURE(content.toStdString());
        CHECK(content.contains(QString::fromStdString(other.fullName())));
        CHECK(content.contains(QStringLiteral("Ring 113 ved fare for liv")));
        CHECK(content.contains(QStringLiteral("→ rød")));
        CHECK_FALSE(content.contains(QString::fromStdString(other.nationalId)));
        CHECK(handoutAudits(*store, other.meta.id, "pdf") == 1);
    }

    SECTION("an unknown patient writes no file")
    {
        const QString pdf = out.path() + QStringLiteral("/none.pdf");
        QString error;
        CHECK_FALSE(ui::writePlanHandoutPdf(
            *store, "no-such-patient", pdf, DemoStoreFixture::morning(), &error));
        CHECK_FALSE(error.isEmpty());
        CHECK_FALSE(QFile::exists(pdf));
    }
}
