#pragma once
// What a nurse records when acknowledging findings, and the per-patient actions that change
// triage (marking a measurement as an error, pausing follow-up). Each writes its rows, an audit
// event and outbox entries in one transaction.

#include "core/common/result.h"
#include "core/domain/measurement.h"
#include "core/store/encrypted_store.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace varde::worklist
{

enum class AckAction {
    CalledPatient, // ringte pasient
    AdvisedPerPlan, // veiledet etter plan
    ContactedGp, // kontaktet fastlege
    SentPlo, // sendt PLO-melding
    AskedNewMeasurement, // ba om ny måling
    NoActionNeeded, // ingen tiltak nødvendig
};
std::string_view ackActionKey(AckAction action);
std::optional<AckAction> ackActionFromKey(std::string_view key);
std::span<const AckAction> allAckActions();

// Acknowledges each finding (one acknowledgement row each) at `atMillis`.
Result<> acknowledgeFindings(store::EncryptedStore &store,
    const std::string &patientId,
    const std::vector<std::string> &findingIds,
    AckAction action,
    const std::string &note,
    std::int64_t atMillis);
// The same inside the caller's transaction (a PLO message queued with its acknowledgement).
Result<> acknowledgeFindingsWithin(store::EncryptedStore &store,
    const std::string &patientId,
    const std::vector<std::string> &findingIds,
    AckAction action,
    const std::string &note,
    std::int64_t atMillis);

// Opening a patient's details is an access to their record: audit it.
Result<> recordPatientOpened(store::EncryptedStore &store, const std::string &patientId);

// The measurement leaves triage and stays visible; restoreMeasurement brings it back.
Result<> excludeMeasurement(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &measurementId,
    const std::string &reason);
Result<> restoreMeasurement(
    store::EncryptedStore &store, const std::string &patientId, const std::string &measurementId);

struct ExcludedMeasurement {
    domain::Measurement measurement;
    std::string reason;
    std::int64_t excludedAtMillis = 0;
};
// The patient's measurements marked as errors (not restored), newest first.
Result<std::vector<ExcludedMeasurement>> excludedMeasurements(
    store::EncryptedStore &store, const std::string &patientId);

// No missing-measurement findings between from and until.
Result<> pauseFollowUp(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &reason,
    std::int64_t fromMillis,
    std::int64_t untilMillis,
    const std::string &note);

} // namespace varde::worklist
