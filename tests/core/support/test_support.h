#pragma once
// Small helpers shared by the core tests: a temporary folder per test, reading files as bytes,
// hashing folders to prove that nothing changed, and a throwing-free way to unwrap Results
// with a readable failure message.

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/common/uuid.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <system_error>

namespace varde::test
{

// A fresh, empty folder under the system temp folder, removed with everything in it when the
// test ends (also when a REQUIRE fails, since Catch unwinds).
class TempFolder
{
public:
    explicit TempFolder(std::string_view label = "test")
        : m_path(std::filesystem::temp_directory_path()
            / ("varde-" + std::string(label) + "-" + newUuid()))
    {
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::filesystem::path &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline bool contains(std::string_view haystack, std::string_view needle)
{
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end())
        != haystack.end();
}

// 64-bit FNV-1a: enough to tell whether a file changed, without depending on core's digest.
inline std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

// File name -> (size, hash) for every regular file in the folder: compares equal only when the
// same files exist with the same bytes.
inline std::map<std::string, std::pair<std::size_t, std::uint64_t>> folderSnapshot(
    const std::filesystem::path &folder)
{
    std::map<std::string, std::pair<std::size_t, std::uint64_t>> out;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        const auto bytes = readBytes(entry.path());
        out[entry.path().filename().string()] = { bytes.size(), fnv1a(bytes) };
    }
    return out;
}

template <typename T> std::string errorText(const Result<T> &result)
{
    return result ? std::string("(no error)") : describe(result.error());
}

template <typename T> ErrorCode errorCode(const Result<T> &result)
{
    REQUIRE_FALSE(result);
    return result.error().code;
}

} // namespace varde::test

// Lets Catch print an ErrorCode by name in CHECK(a == b) messages.
namespace Catch
{
template <> struct StringMaker<varde::ErrorCode> {
    static std::string convert(varde::ErrorCode code)
    {
        return std::string(varde::errorCodeName(code));
    }
};
} // namespace Catch

// REQUIRE that a Result holds a value, printing the error when it does not.
#define VARDE_REQUIRE_OK(expr)                                                                     \
    do {                                                                                           \
        const auto &varde_result_ = (expr);                                                        \
        INFO(::varde::test::errorText(varde_result_));                                             \
        REQUIRE(varde_result_.has_value());                                                        \
    } while (false)
