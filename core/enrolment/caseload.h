#pragma once
// The caseload per nurse, so a leader can balance it (services report about 80 patients per
// nurse): patients in follow-up, open findings by colour, trial periods running, plans due.

#include "core/common/result.h"
#include "core/domain/user.h"
#include "core/store/encrypted_store.h"
#include "core/worklist/worklist.h"

#include <string>
#include <vector>

namespace varde::enrolment
{

inline constexpr int defaultCaseloadTarget = 80;

struct CaseloadRow {
    std::string nurseId; // empty: patients without a responsible nurse
    std::string nurseName;
    int patients = 0; // in follow-up (trial, active or paused)
    int inTrial = 0;
    int planReminders = 0; // trial periods where a personal plan is due
    int openRed = 0; // patients whose status is red
    int openYellow = 0;
    int openOther = 0; // suspect or missing
    bool overTarget = false;
};

// One row per nurse (every local user with the nurse role, even with no patients), by name.
std::vector<CaseloadRow> caseload(const worklist::Worklist &list,
    const std::vector<domain::LocalUser> &nurses,
    int target = defaultCaseloadTarget);

// The store's local users with the nurse role, by display name.
Result<std::vector<domain::LocalUser>> nursesOf(store::EncryptedStore &store);

} // namespace varde::enrolment
