#pragma once
// The GP summary as a PDF attachment for an outgoing PLO message, made in memory.
#include "core/plo/compose.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"

#include <QString>

#include <optional>
#include <string>

namespace varde::ui
{

struct SummaryAttachment {
    std::optional<plo::OutgoingAttachment> attachment;
    QString error; // why there is none, in the ui language
};

// The patient view's GP summary of the last 14 days (paintSummary) painted into memory: the PDF
// goes into the encrypted store with the message and never lies on disk unencrypted. Takes a
// moment, so make it once per dialog.
SummaryAttachment makeSummaryAttachment(
    store::EncryptedStore &store, const std::string &patientId, time::Instant now);

} // namespace varde::ui
