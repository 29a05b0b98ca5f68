#pragma once
// `vardectl server add-service` and `vardectl server add-user`: follow-up services and user
// accounts in the central server's PostgreSQL database (migrated first).
#include <map>
#include <string>
#include <vector>

namespace varde::cli
{
// positional[0] is "add-service" or "add-user"; options are the --key value pairs. Exit code.
int runServer(
    const std::vector<std::string> &positional, const std::map<std::string, std::string> &options);
} // namespace varde::cli
