#pragma once
// Writes a generated cohort into an encrypted store, and reads a store's logical content back
// as text so that two stores (or a store and a cohort) can be compared regardless of keys,
// salts and IVs, which differ on every run.

#include "core/common/result.h"
#include "core/crypto/key_file.h"
#include "core/demo/cohort.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"

#include <string>

namespace varde::demo
{

inline constexpr std::string_view demoLogin = "demo";

struct WriteSummary {
    int patients = 0;
    std::int64_t measurements = 0;
    std::int64_t answers = 0;
    int personalPlans = 0;
    int acknowledgedFindings = 0;
    int messages = 0; // PLO messages in the threads with the GPs
};

// The moment the demo shows: 10:30 Oslo time on the cohort's last day.
time::Instant demoNow(const CohortOptions &options);

// The store's signed-in user takes the place of cohort.nurses[0]; the other demo nurses are
// added as local users with `password` (so several nurses can share the demo PC), with two
// doctors: "lege" (the first GP) and "kristin" (the service's medical lead). Plans are
// written as active versions; then triage runs at demoNow() and every finding from before the
// last day is acknowledged, as the day shifts would have done, so the morning shows what is
// new today. Last, a few message threads with the GPs (demo/messages.h).
Result<WriteSummary> writeCohort(store::EncryptedStore &store,
    const Cohort &cohort,
    std::string_view password,
    crypto::KdfParams kdf);

// Canonical text of the clinical content: patients (by national id), their diagnoses,
// contacts, GP, schedule, every measurement and answer. Ids of local users are left out.
Result<std::string> logicalContent(store::EncryptedStore &store);

// SHA-256 hex of a text, for printing and comparing large contents.
std::string digest(std::string_view text);

} // namespace varde::demo
