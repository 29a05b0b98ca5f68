#include "input.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace varde::cli
{

std::optional<std::string> readInput(const std::string &path)
{
    std::ostringstream in;
    if (path == "-") {
        in << std::cin.rdbuf();
        return in.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    in << file.rdbuf();
    return in.str();
}

} // namespace varde::cli
