#pragma once
#include <optional>
#include <string>

// The password from VARDE_PASSWORD, else asked on the terminal without echo.
std::optional<std::string> readPassword(const char *prompt);
