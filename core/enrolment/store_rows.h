#pragma once
// Small pieces the enrolment steps share: one row change queued for the server, a changed field
// kept in the patient's history, a link code written, a patient's column read. Each is called
// inside the caller's transaction. Internal to core/enrolment.

#include "core/common/result.h"
#include "core/enrolment/follow_up.h"
#include "core/store/encrypted_store.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace varde::enrolment::detail
{

std::string digitsOnly(const std::string &text);
std::string isoDate(const std::chrono::year_month_day &d);

// The row change's outbox entry (the caller audits and commits).
Result<> queue(store::Connection &db,
    std::string_view entity,
    const std::string &id,
    std::string_view op,
    const std::string &payload);

// A changed field in the patient's history; nothing when the value is the same.
Result<> recordChange(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &field,
    const std::string &oldValue,
    const std::string &newValue,
    std::int64_t now);

// One column of a patient who is not deleted; InvalidArgument when there is none.
Result<std::string> patientText(
    store::Connection &db, const std::string &patientId, const std::string &column);

// A new link code for the patient; older unused ones expire now. Audited.
Result<LinkCode> insertLinkCode(
    store::EncryptedStore &store, const std::string &patientId, std::int64_t now);

} // namespace varde::enrolment::detail
