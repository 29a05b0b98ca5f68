#pragma once
// Which patients a caller may see, and who may approve a plan: the one place these rules
// live, for every handler to ask.
//
//   nurse, leader: the patients of their follow-up service;
//   gp:            the patients listed with them (patient.gp_id), in any service;
//   device:        its own patient only;
//   anyone else (specialist, admin, a user with no service): none.
// A user with several roles gets the union. Only a GP or a specialist approves a plan's limits
// and medicine measures.

#include "core/common/result.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

#include <string>
#include <vector>

namespace varde::server
{

struct PatientScope {
    std::string serviceId; // patients of this service; "" = none
    std::string gpId; // patients listed with this GP; "" = none
    std::string patientId; // this one patient; "" = none
    bool empty() const { return serviceId.empty() && gpId.empty() && patientId.empty(); }
};

PatientScope patientScope(const Principal &who);

// "(p.service_id = $N OR p.gp_id = $N+1 OR p.id = $N+2)" for a patient table aliased
// `alias`, with its three parameters from patientScopeParams (NULL for what is not granted,
// which matches nothing).
std::string patientScopeSql(const std::string &alias, int firstParameter);
std::vector<PgParam> patientScopeParams(const PatientScope &scope);

// Ok when `who` may read the patient. NotAllowed otherwise, also for a patient that does not
// exist, so that an answer never tells another service's patient from none. Io or
// InvalidArgument when the database fails.
Result<> mayReadPatient(PgConnection &db, const Principal &who, const std::string &patientId);

bool mayApprovePlan(const Principal &who);

} // namespace varde::server
