#pragma once
// Bringing a patient into follow-up and out of it again, in the encrypted store. Each step is
// one transaction with its audit event and outbox entry: an enrolment writes the patient, their
// relatives, diagnoses, schedule, the period of follow-up and a link code together or not at
// all. Ending needs the open findings handled first; after the service's retention period an
// ended patient is removed from the workstation (a tombstone tells the others).

#include "core/common/result.h"
#include "core/enrolment/enrolment_form.h"
#include "core/store/encrypted_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::enrolment
{

enum class EndReason { GoalsMet, Moved, Declined, LongTermCare, Died, Other };
std::string_view endReasonKey(EndReason reason); // "goals_met", "moved", … "died", "other"
std::optional<EndReason> endReasonFromKey(std::string_view key);

// One period of follow-up, from enrolment to its end.
struct Enrolment {
    std::string id;
    std::string patientId;
    ReferralSource referralSource = ReferralSource::Gp;
    std::string referrerName;
    std::string referralDate; // YYYY-MM-DD
    std::int64_t startedAtMillis = 0;
    int trialWeeks = defaultTrialWeeks;
    std::optional<std::int64_t> endedAtMillis;
    std::optional<EndReason> endReason;
    std::string endNote;
};

struct LinkCode {
    std::string code; // "ABCD-EFGH"
    std::int64_t createdAtMillis = 0;
    std::int64_t expiresAtMillis = 0;
    bool used = false;
};

struct Enrolled {
    std::string patientId;
    std::string enrolmentId;
    LinkCode linkCode;
    bool reenrolled = false; // an ended patient came back: their history stays linked
};

// A store made by `vardectl demo` (its patients are demo data): synthetic fødselsnummer
// (month + 80) are accepted when enrolling there, and nowhere else.
Result<bool> isDemoStore(store::EncryptedStore &store);

// The patient with this fødselsnummer or D-nummer in the store (spaces ignored), if any.
Result<std::optional<domain::Patient>> findByNationalId(
    store::EncryptedStore &store, const std::string &nationalId);

// Validates the form (InvalidArgument naming the first wrong field), refuses a patient who is
// already in follow-up (Duplicate), re-enrols an ended one, and starts the trial period under
// the service's default rule set.
Result<Enrolled> enrol(store::EncryptedStore &store,
    const std::string &serviceId,
    const EnrolmentForm &form,
    std::int64_t nowMillis);

// Periods of follow-up that began before Varde recorded enrolments (imports and the demo), in
// one transaction with one audit event.
struct PastEnrolment {
    std::string patientId;
    ReferralSource source = ReferralSource::Gp;
    std::string referrer;
    std::chrono::year_month_day referralDate {};
    std::int64_t startedAtMillis = 0;
    int trialWeeks = defaultTrialWeeks;
};
Result<> recordPastEnrolments(store::EncryptedStore &store, const std::vector<PastEnrolment> &past);

// Every period of follow-up of the patient, oldest first.
Result<std::vector<Enrolment>> enrolments(
    store::EncryptedStore &store, const std::string &patientId);

// The newest link code (nothing when none was made); a new one replaces it.
Result<std::optional<LinkCode>> currentLinkCode(
    store::EncryptedStore &store, const std::string &patientId);
Result<LinkCode> renewLinkCode(
    store::EncryptedStore &store, const std::string &patientId, std::int64_t nowMillis);
// The slip with the patient's name and code was printed or saved ("print", "pdf"): an access.
Result<> recordLinkCodeSlip(
    store::EncryptedStore &store, const std::string &patientId, const std::string &how);

// Contact details as they can change during follow-up; each changed field is kept in the
// history with its old and new value, who and when.
struct ContactDetails {
    std::string address, postalCode, city, municipality, phoneMobile, phoneHome;
    std::vector<ContactEntry> contacts;
};
struct ContactChange {
    std::string field; // "address", "phone_mobile", "contacts", "responsible_nurse" …
    std::string oldValue;
    std::string newValue;
    std::string changedByName;
    std::int64_t changedAtMillis = 0;
};
Result<> updateContactDetails(store::EncryptedStore &store,
    const std::string &patientId,
    const ContactDetails &details,
    std::int64_t nowMillis);
Result<std::vector<ContactChange>> contactHistory(
    store::EncryptedStore &store, const std::string &patientId); // newest first

// Moves the patient to another responsible nurse (a local user with the nurse role).
Result<> reassignNurse(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &nurseUserId,
    std::int64_t nowMillis);

// Ends the period of follow-up. With open findings it is refused (WrongState, the count in the
// detail) unless `closeOpenFindings`, which acknowledges them as closed with the ending first.
Result<> endFollowUp(store::EncryptedStore &store,
    const std::string &patientId,
    EndReason reason,
    const std::string &note,
    bool closeOpenFindings,
    std::int64_t nowMillis);

// Removes the clinical data of patients ended longer ago than their service's retention period
// and leaves a tombstone (no name, no national id). Returns how many were removed.
Result<int> purgeEndedPatients(store::EncryptedStore &store, std::int64_t nowMillis);

} // namespace varde::enrolment
