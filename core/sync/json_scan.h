#pragma once
// A small strict JSON reader over text in memory, for the feed's hot path (SYNC.md §4): Poco's
// DOM costs more to build and free than the store takes to write the rows. It reads the page's
// structure and flat objects (scalars only) straight into values, and hands any other value back
// as its raw text, for Poco to parse where such values are rare. Anything that is not JSON is
// InvalidArgument with the offset where reading stopped.

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace varde::sync
{

struct FlatValue {
    enum class Type { Null, Bool, Number, String };
    Type type = Type::Null;
    std::string text; // a string's value, or a number as written
    double number = 0;
    bool boolean = false;

    bool isInteger() const
    {
        return type == Type::Number && text.find_first_of(".eE") == std::string::npos;
    }
};

// An object whose values are all scalars, in the order written.
struct FlatRow {
    std::vector<std::pair<std::string, FlatValue>> fields;

    const FlatValue *find(std::string_view key) const;
    // The string's value, a number as written, "" for null or absent.
    std::string text(std::string_view key) const;
    // A number, or `fallback` when absent or null; nullopt for another type.
    std::optional<double> number(std::string_view key, double fallback) const;
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t fallback) const;
};

class JsonScanner
{
public:
    explicit JsonScanner(std::string_view text)
        : m_text(text)
    {
    }

    // The next character after white space, or '\0' at the end.
    char peek();
    bool consume(char c);
    Result<> expect(char c);
    bool atEnd();

    Result<std::string> string();
    Result<FlatValue> scalar(); // a string, number, true, false or null
    // Any value, skipped over; returns its text.
    Result<std::string_view> raw();
    // An object of scalars; nullopt (and the position unchanged) when it holds an object or array.
    Result<std::optional<FlatRow>> flatObject();

    Error error(const std::string &what) const;

private:
    Result<> skipString();
    Result<> skipNumber();
    Result<> literal(std::string_view word);

    std::string_view m_text;
    std::size_t m_at = 0;
};

} // namespace varde::sync
