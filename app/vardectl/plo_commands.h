#pragma once
// `vardectl plo read` and `vardectl plo validate`: received PLO messages (MsgHead with PLO 1.6
// or Dialogmelding content, AppRec) read and checked without the GUI, through core/plo.
// `vardectl plo draft`: an outgoing dialog message drafted from a store, composed and validated.
#include "core/store/encrypted_store.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace varde::cli
{
// Opens the store in a folder as main.cpp does (user, password); on failure the exit code, with
// the reason already said.
using StoreOpener
    = std::function<tl::expected<store::EncryptedStore, int>(const std::string &folder)>;

// positional[0] is "read", "validate" or "draft", then the files ("-" for standard input with
// read); options: "help", "schemas" (the schema folder, default the source tree's), and draft's.
// `openStore` is called only by draft, after its options are checked. Exit code.
int runPlo(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore);
} // namespace varde::cli
