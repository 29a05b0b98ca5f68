#pragma once
// The demo's message threads with the GPs (see messages.cpp).
#include "core/common/result.h"
#include "core/demo/cohort.h"
#include "core/plo/schemas.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"

namespace varde::demo
{

// After triage and the acknowledged history; returns the number of messages written.
Result<int> writeMessages(store::EncryptedStore &store,
    const Cohort &cohort,
    time::Instant now,
    const plo::SchemaSet &schemas);

} // namespace varde::demo
