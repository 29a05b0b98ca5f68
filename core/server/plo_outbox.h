#pragma once
// PLO documents on the server: what workstations queued (through the "plo_message" mutation)
// waits here until the exchange (plo_exchange.h) writes it to the message service's outgoing
// folder; what comes back through the incoming folder is attached here and reaches the change
// feed. Schema: the plo_message table of server schema v4.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>

namespace varde::server
{

struct OutgoingDocument {
    std::string id; // the workstation's plo_message id
    std::string serviceId;
    std::string patientId;
    std::string type; // MsgInfo/Type/@V or "APPREC"
    std::string msgId; // the file is named by it, on every retry
    std::string document; // the XML as the workstation validated it
};

// Inside the caller's transaction: stores the document as queued (once: a retry with the same
// id is a no-op) and appends its change_log row.
Result<> queueOutgoingDocument(PgConnection &db, const OutgoingDocument &document);

} // namespace varde::server
