#include "password_prompt.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

std::optional<std::string> readPassword(const char *prompt)
{
    if (const char *fromEnv = std::getenv("VARDE_PASSWORD"))
        return std::string(fromEnv);
    if (!isatty(STDIN_FILENO)) {
        std::string line;
        if (!std::getline(std::cin, line))
            return std::nullopt;
        return line;
    }
    std::cerr << prompt << std::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    if (!ok)
        return std::nullopt;
    return line;
}
