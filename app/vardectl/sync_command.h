#pragma once
// `vardectl sync`: one round of the workstation's sync from the command line, for operators
// and scripts (the workstation does the same on its worker thread): sign in when asked, push
// what waits, pull the feed until up to date, and print what happened.
#include "core/store/encrypted_store.h"

#include <map>
#include <string>

namespace varde::cli
{
// options: --server URL, --ca FILE, --server-login LOGIN (signs in; the server password from
// VARDE_SERVER_PASSWORD or asked). Exit code: 0 done, 1 the server or store failed, 2 usage.
int runSync(store::EncryptedStore &store, const std::map<std::string, std::string> &options);
} // namespace varde::cli
