#pragma once
// A follow-up service and GP with HER-ids on a test store, for drafting, queuing and receiving
// PLO messages; and the bundled schemas.
#include "core/plo/schemas.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <filesystem>

namespace plo_test
{

using namespace varde;
using namespace varde::test;

inline const plo::SchemaSet &bundled()
{
    static const plo::SchemaSet schemas(
        std::filesystem::path(VARDE_SOURCE_DIR) / "resources" / "plo" / "xsd");
    return schemas;
}

// A service and GP with HER-ids (the Clinic's have none), its default set with the standard
// zone actions and a red-zone medicine measure, and patients belonging to them.
struct Practice {
    Clinic clinic;
    domain::FollowUpService service;
    domain::GeneralPractitioner gp;
    int patients = 0;

    Practice()
    {
        store::PatientRepository repository(clinic.store());
        service.meta.id = newUuid();
        service.name = "Hjemmeoppfølging Molde";
        service.herId = "99387";
        service.municipality = "Molde";
        VARDE_REQUIRE_OK(repository.insertService(service));
        gp.meta.id = newUuid();
        gp.name = "Dr. Rita Lin";
        gp.herId = "91101";
        gp.practiceName = "Kattskinnet legesenter";
        gp.practiceHerId = "91096";
        VARDE_REQUIRE_OK(repository.insertGp(gp));
        auto defaults
            = clinic.planVersion({}, plan::PlanStatus::Active, defaultRules(), service.meta.id);
        defaults.content = plan::standardContent();
        defaults.content.medicines.push_back(
            { plan::Zone::Red, "Start prednisolon 30 mg i 5 dager" });
        VARDE_REQUIRE_OK(plan::insertPlanVersion(clinic.store(), defaults));
    }

    domain::Patient addPatient(bool withGp = true)
    {
        const auto birth = year { 1950 } / June / day { unsigned(1 + patients++) };
        auto p = patient(fodselsnummer(birth), "Line", "Danser", birth);
        p.serviceId = service.meta.id;
        p.gpId = withGp ? gp.meta.id : "";
        p.responsibleNurseId = clinic.store().user().meta.id;
        VARDE_REQUIRE_OK(store::PatientRepository(clinic.store()).insert(p));
        return p;
    }
};

} // namespace plo_test
