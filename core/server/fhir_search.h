#pragma once
// Reading back what a patient measured, as FHIR, for users (nurses and leaders of the patient's
// follow-up service, and the patient's own GP), so that a GP system can read it too:
//   GET /v1/fhir/Observation?patient=<id>&date=ge<when>&date=le<when>&_count=N&_offset=M
//       a searchset Bundle in time order, with total and self/next links (_count default 50,
//       at most 500; date takes eq, ge, gt, le, lt with a date, read as an Oslo civil day, or a
//       dateTime with offset)
//   GET /v1/fhir/Observation/<id>
// A patient the user may not see is answered as one that does not exist (an empty Bundle, 404),
// so that the answer tells nothing about who is in follow-up elsewhere. Every read that returns
// a patient's data writes an audit_event.

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addObservationSearchRoutes(Router &router, ServerContext &context);

} // namespace varde::server
