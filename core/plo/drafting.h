#pragma once
// A first draft of an outgoing dialog message for one patient, from what the store knows: the
// follow-up service and signed-in nurse as sender, the patient's GP as receiver, the worst open
// findings as the problem, the last 48 hours of the measurements involved, and what the plan in
// force says for that zone. The draft is a plain value: the nurse edits every part before it is
// composed (compose.h), which checks the rules of the standard.

#include "core/common/result.h"
#include "core/plo/compose.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"

#include <string>

namespace varde::plo
{

// Measurements of the last this many hours go into the table.
inline constexpr int draftMeasurementHours = 48;
// At most this many lines (the newest): the table stays small.
inline constexpr std::size_t draftMaxMeasurementLines = 40;

inline constexpr const char *draftNoFindingsProblem = "Ingen åpne funn; oppdatering til fastlegen.";
inline constexpr const char *draftDefaultQuestion = "Ønsker din vurdering av videre tiltak.";

// Triages the patient at `now` (storing new findings as the worklist does) and drafts the
// message. InvalidArgument naming the field when the store lacks what every message needs:
// "patient: not found", "patient.gp: none registered", "patient.gp: not found",
// "patient.service: not found", "patient.status: follow-up has ended". Empty fields that the
// nurse may still fill in (a HER-id, the nurse's phone) are left to checkMessage.
Result<OutgoingMessage> draftForPatient(store::EncryptedStore &store,
    const std::string &patientId,
    OutgoingKind kind,
    time::Instant now);

} // namespace varde::plo
