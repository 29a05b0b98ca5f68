#pragma once
// `vardectl plo send` and `vardectl plo receive`: the file boundary to the health network's
// message service (a separate program that speaks ebXML/AMQP and picks up and drops one
// MsgHead or AppRec XML file per message). send writes the store's queued documents into a
// folder and marks them sent; receive files received documents into the store's threads and
// queues our AppRec answers.
#include "plo_commands.h"

namespace varde::cli
{

int sendCommand(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore);

int receiveCommand(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore);

} // namespace varde::cli
