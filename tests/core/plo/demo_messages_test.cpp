// Every outgoing kind composed for the demo cohort's patients, as the composer would prefill it,
// validates against the official schemas in-process and with the shared script validate.sh
// (its copy in resources/plo); and the demo's own threads were written through the same path.
#include "core/demo/cohort_writer.h"
#include "core/plo/drafting.h"
#include "core/plo/message_store.h"
#include "core/plo/validate.h"
#include "core/store/patient_repository.h"
#include "tests/core/demo/cohort_checks.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sys/wait.h>

using namespace varde;
using namespace varde::test;

TEST_CASE("messages of every kind for the demo patients validate in-process and with "
          "validate.sh",
    "[plo][demo]")
{
    TempFolder folder("plo-demo");
    auto store = createStore(folder.path() / "store",
        { "demo", "Kari Demo", domain::Role::Nurse, "71 11 10 01" }, "demo-passord-1");
    const auto options = cohortOptions(30, 21);
    auto written
        = demo::writeCohort(store, demo::generateCohort(options), "demo-passord-1", testKdf);
    VARDE_REQUIRE_OK(written);
    CHECK(written->messages > 0);

    const plo::SchemaSet schemas(plo::sourceTreeSchemaDirectory());
    auto patients = store::PatientRepository(store).all();
    VARDE_REQUIRE_OK(patients);
    const auto out = folder.path() / "messages";
    std::filesystem::create_directories(out);
    int composed = 0;
    const auto now = demo::demoNow(options);
    for (const auto &p : *patients) {
        if (p.status == domain::FollowUpStatus::Ended || p.gpId.empty())
            continue;
        for (const auto kind : { plo::OutgoingKind::HelseopplysningerLege,
                 plo::OutgoingKind::DialogForesporsel, plo::OutgoingKind::HelsefagligDialog }) {
            auto draft = plo::draftForPatient(store, p.meta.id, kind, now);
            VARDE_REQUIRE_OK(draft);
            if (kind == plo::OutgoingKind::HelsefagligDialog)
                draft->attachments.push_back(
                    { "application/pdf", "Oppsummering for fastlege", "%PDF-1.4\n%%EOF\n" });
            auto xml = plo::composeMessage(*draft);
            VARDE_REQUIRE_OK(xml);
            auto valid = plo::validateDocument(*xml, schemas);
            CAPTURE(p.meta.id, plo::outgoingTypeCode(kind));
            VARDE_REQUIRE_OK(valid);
            std::ofstream(out / (std::to_string(composed++) + ".xml"), std::ios::binary) << *xml;
        }
    }
    REQUIRE(composed >= 60);

    // One run of the shared script over all of them.
    const auto script
        = std::filesystem::path(VARDE_SOURCE_DIR) / "resources" / "plo" / "validate.sh";
    const auto report = folder.path() / "report.txt";
    const std::string command = "bash '" + script.string() + "' '" + out.string() + "'/*.xml > '"
        + report.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(report);
    std::string line;
    int ok = 0;
    std::string failures;
    while (std::getline(in, line))
        if (line.rfind("OK ", 0) == 0)
            ++ok;
        else
            failures += line + "\n";
    INFO(failures);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(ok == composed);
}
