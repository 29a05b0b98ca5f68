#include "ui_fixture.h"

#include "core/enrolment/follow_up.h"

#include "ui/patients/patient_list_model.h"
#include "ui/patients/patient_sort_proxy.h"
#include "ui/shell/main_window.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCollator>
#include <QDir>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>

using namespace varde;

namespace
{

QString artifactPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(VARDE_ARTIFACT_DIR));
    return QStringLiteral(VARDE_ARTIFACT_DIR "/") + name;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

} // namespace

TEST_CASE("The main window lists every patient in the encrypted store", "[ui][main]")
{
    DemoStoreFixture fixture(40, 21);
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    QAbstractItemModelTester tester(
        window.patientModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();
    QApplication::processEvents();

    REQUIRE(window.patientModel()->rowCount() == 40);
    REQUIRE(window.patientProxy()->rowCount() == 40);

    const auto generated = demo::generateCohort(fixture.options);
    const QStringList names = column(*window.patientProxy(), ui::PatientListModel::NameColumn);
    for (const auto &p : generated.patients)
        CHECK(names.contains(QString::fromStdString(p.familyName + ", " + p.givenName)));

    SECTION("names are in Norwegian order: æ, ø, å after z")
    {
        QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (int i = 1; i < names.size(); ++i) {
            CAPTURE(names[i - 1], names[i]);
            CHECK(collator.compare(names[i - 1], names[i]) <= 0);
        }
        CHECK(collator.compare(QStringLiteral("Zahl"), QStringLiteral("Østby")) < 0);
        CHECK(collator.compare(QStringLiteral("Østby"), QStringLiteral("Ås")) < 0);
    }

    SECTION("latest values and last measured time are shown in bokmål with decimal comma")
    {
        const QStringList values
            = column(*window.patientProxy(), ui::PatientListModel::LatestValuesColumn);
        const QString all = values.join(QLatin1Char('\n'));
        CHECK((all.contains(QStringLiteral("SpO2")) || all.contains(QStringLiteral("Puls"))));
        CHECK_FALSE(all.contains(QStringLiteral("Pulse")));
        const QStringList when
            = column(*window.patientProxy(), ui::PatientListModel::LastMeasuredColumn);
        CHECK(when.join(QLatin1Char(' ')).contains(QStringLiteral("i dag")));
        CHECK(window.statusText().contains(QStringLiteral("Innlogget som Kari Demo (sykepleier)")));
        const QString weights = values.filter(QStringLiteral("Vekt")).join(QLatin1Char(' '));
        if (!weights.isEmpty())
            CHECK(weights.contains(QRegularExpression(QStringLiteral("\\d+,\\d\\x{00A0}kg"))));
    }

    SECTION("typing part of a name filters the list; digits search the national id")
    {
        const auto &first = generated.patients.front();
        window.searchField()->setText(QString::fromStdString(first.familyName));
        QApplication::processEvents();
        CHECK(window.patientProxy()->rowCount() >= 1);
        CHECK(window.patientProxy()->rowCount() < 40);
        window.searchField()->setText(QString::fromStdString(
            first.nationalId.substr(0, 6) + " " + first.nationalId.substr(6)));
        CHECK(window.patientProxy()->rowCount() >= 1);
        const auto id = window.patientProxy()
                            ->index(0, 0)
                            .data(ui::PatientListModel::PatientIdRole)
                            .toString();
        CHECK(id == QString::fromStdString(first.meta.id));
        window.searchField()->clear();
        CHECK(window.patientProxy()->rowCount() == 40);
    }

    SECTION("a screenshot of the window is saved as a test artifact")
    {
        window.resize(1400, 800);
        QApplication::processEvents();
        const QPixmap shot = window.grab();
        REQUIRE_FALSE(shot.isNull());
        const QString path = artifactPath(QStringLiteral("main_window.png"));
        REQUIRE(shot.save(path));
        WARN("screenshot: " << path.toStdString());
    }
}

TEST_CASE("Opening the workstation removes patients ended longer ago than the retention period",
    "[ui][main][followup]")
{
    DemoStoreFixture fixture(40, 21);
    const auto cohort = demo::generateCohort(fixture.options);
    std::string ended, other;
    {
        auto store = fixture.open();
        for (const auto &p : cohort.patients)
            if (p.status == domain::FollowUpStatus::Active && ended.empty())
                ended = p.meta.id;
            else if (p.status == domain::FollowUpStatus::Active && other.empty())
                other = p.meta.id;
        const auto day = 24 * 3600 * 1000LL;
        // Ended 200 days before the demo morning: past the default 180 days.
        REQUIRE(enrolment::endFollowUp(*store, ended, enrolment::EndReason::Moved, "", true,
            DemoStoreFixture::morning() - 200 * day));
        REQUIRE(enrolment::endFollowUp(*store, other, enrolment::EndReason::Moved, "", true,
            DemoStoreFixture::morning() - 10 * day));
    }
    ui::MainWindow window(fixture.open(), &DemoStoreFixture::morning);
    window.show();
    QApplication::processEvents();
    const int listed = window.patientModel()->rowCount();
    CHECK(listed == 39); // the one past retention is gone, the recently ended one is still there
    auto store = fixture.open();
    CHECK(store->db().queryText("SELECT deleted FROM patient WHERE id = '" + ended + "'").value()
        == "1");
    CHECK(store->db().queryText("SELECT deleted FROM patient WHERE id = '" + other + "'").value()
        == "0");
}
