#pragma once
// `vardectl plo read` and `vardectl plo validate`: received PLO messages (MsgHead with PLO 1.6
// or Dialogmelding content, AppRec) read and checked without the GUI, through core/plo.
#include <map>
#include <string>
#include <vector>

namespace varde::cli
{
// positional[0] is "read" or "validate", then the files ("-" for standard input with read);
// options: "help", "schemas" (the schema folder, default the source tree's). Exit code.
int runPlo(
    const std::vector<std::string> &positional, const std::map<std::string, std::string> &options);
} // namespace varde::cli
