#include "core/sync/json_scan.h"

#include <charconv>

namespace varde::sync
{
namespace
{

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void appendUtf8(std::string &out, std::uint32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

const FlatValue *FlatRow::find(std::string_view key) const
{
    for (const auto &[k, v] : fields)
        if (k == key)
            return &v;
    return nullptr;
}

std::string FlatRow::text(std::string_view key) const
{
    const auto *v = find(key);
    if (!v || v->type == FlatValue::Type::Null)
        return {};
    if (v->type == FlatValue::Type::Bool)
        return v->boolean ? "true" : "false";
    return v->text;
}

std::optional<double> FlatRow::number(std::string_view key, double fallback) const
{
    const auto *v = find(key);
    if (!v || v->type == FlatValue::Type::Null)
        return fallback;
    if (v->type != FlatValue::Type::Number)
        return std::nullopt;
    return v->number;
}

std::optional<std::int64_t> FlatRow::integer(std::string_view key, std::int64_t fallback) const
{
    const auto *v = find(key);
    if (!v || v->type == FlatValue::Type::Null)
        return fallback;
    if (!v->isInteger())
        return std::nullopt;
    std::int64_t out = 0;
    const auto *end = v->text.data() + v->text.size();
    if (std::from_chars(v->text.data(), end, out).ptr != end)
        return std::nullopt;
    return out;
}

Error JsonScanner::error(const std::string &what) const
{
    return { ErrorCode::InvalidArgument, what + " at offset " + std::to_string(m_at) };
}

char JsonScanner::peek()
{
    while (m_at < m_text.size() && isSpace(m_text[m_at]))
        ++m_at;
    return m_at < m_text.size() ? m_text[m_at] : '\0';
}

bool JsonScanner::consume(char c)
{
    if (peek() != c || m_at >= m_text.size())
        return false;
    ++m_at;
    return true;
}

Result<> JsonScanner::expect(char c)
{
    if (!consume(c))
        return fail(error(std::string("expected '") + c + "'"));
    return {};
}

bool JsonScanner::atEnd() { return peek() == '\0' && m_at >= m_text.size(); }

Result<std::string> JsonScanner::string()
{
    if (!consume('"'))
        return fail(error("expected a string"));
    std::string out;
    for (;;) {
        if (m_at >= m_text.size())
            return fail(error("unterminated string"));
        const char c = m_text[m_at++];
        if (c == '"')
            return out;
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(error("control character in a string"));
        if (c != '\\') {
            out += c;
            continue;
        }
        if (m_at >= m_text.size())
            return fail(error("unterminated escape"));
        const char e = m_text[m_at++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            const auto hex4 = [&]() -> int {
                if (m_at + 4 > m_text.size())
                    return -1;
                int v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_text[m_at + std::size_t(i)]);
                    if (d < 0)
                        return -1;
                    v = v * 16 + d;
                }
                m_at += 4;
                return v;
            };
            int code = hex4();
            if (code < 0)
                return fail(error("bad \\u escape"));
            if (code >= 0xD800 && code <= 0xDBFF) { // a surrogate pair
                if (m_at + 2 > m_text.size() || m_text[m_at] != '\\' || m_text[m_at + 1] != 'u')
                    return fail(error("lone surrogate"));
                m_at += 2;
                const int low = hex4();
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(error("lone surrogate"));
                appendUtf8(out,
                    0x10000 + ((std::uint32_t(code) - 0xD800) << 10)
                        + (std::uint32_t(low) - 0xDC00));
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                return fail(error("lone surrogate"));
            } else {
                appendUtf8(out, std::uint32_t(code));
            }
            break;
        }
        default:
            return fail(error("bad escape"));
        }
    }
}

Result<> JsonScanner::skipString()
{
    if (!consume('"'))
        return fail(error("expected a string"));
    while (m_at < m_text.size()) {
        const char c = m_text[m_at++];
        if (c == '"')
            return {};
        if (c == '\\')
            ++m_at; // the escaped character (a \u's digits are plain characters)
        else if (static_cast<unsigned char>(c) < 0x20)
            return fail(error("control character in a string"));
    }
    return fail(error("unterminated string"));
}

Result<> JsonScanner::skipNumber()
{
    const auto start = m_at;
    if (m_at < m_text.size() && m_text[m_at] == '-')
        ++m_at;
    const auto digits = [&] {
        const auto from = m_at;
        while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at - from;
    };
    const auto intStart = m_at;
    const auto intDigits = digits();
    if (intDigits == 0 || (intDigits > 1 && m_text[intStart] == '0')) {
        m_at = start;
        return fail(error("bad number"));
    }
    if (m_at < m_text.size() && m_text[m_at] == '.') {
        ++m_at;
        if (digits() == 0)
            return fail(error("bad number"));
    }
    if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        ++m_at;
        if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
            ++m_at;
        if (digits() == 0)
            return fail(error("bad number"));
    }
    return {};
}

Result<> JsonScanner::literal(std::string_view word)
{
    if (m_text.substr(m_at, word.size()) != word)
        return fail(error("unknown word"));
    m_at += word.size();
    return {};
}

Result<FlatValue> JsonScanner::scalar()
{
    FlatValue v;
    const char c = peek();
    if (c == '"') {
        auto s = string();
        if (!s)
            return fail(s.error());
        v.type = FlatValue::Type::String;
        v.text = std::move(*s);
        return v;
    }
    if (c == 't' || c == 'f') {
        if (auto ok = literal(c == 't' ? "true" : "false"); !ok)
            return fail(ok.error());
        v.type = FlatValue::Type::Bool;
        v.boolean = c == 't';
        return v;
    }
    if (c == 'n') {
        if (auto ok = literal("null"); !ok)
            return fail(ok.error());
        return v;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        const auto start = m_at;
        if (auto ok = skipNumber(); !ok)
            return fail(ok.error());
        v.type = FlatValue::Type::Number;
        v.text = std::string(m_text.substr(start, m_at - start));
        const auto *end = v.text.data() + v.text.size();
        if (std::from_chars(v.text.data(), end, v.number).ptr != end)
            return fail(error("number out of range"));
        return v;
    }
    return fail(error("expected a value"));
}

Result<std::string_view> JsonScanner::raw()
{
    const char c = peek();
    const auto start = m_at;
    if (c == '{' || c == '[') {
        // Nesting is counted, strings skipped whole; the text is checked by whoever parses it.
        std::vector<char> closers;
        do {
            const char d = peek();
            if (d == '"') {
                if (auto ok = skipString(); !ok)
                    return fail(ok.error());
                continue;
            }
            if (d == '\0')
                return fail(error("unterminated object or array"));
            ++m_at;
            if (d == '{')
                closers.push_back('}');
            else if (d == '[')
                closers.push_back(']');
            else if (d == '}' || d == ']') {
                if (closers.empty() || closers.back() != d)
                    return fail(error("mismatched bracket"));
                closers.pop_back();
            }
        } while (!closers.empty());
        return m_text.substr(start, m_at - start);
    }
    if (auto v = scalar(); !v)
        return fail(v.error());
    return m_text.substr(start, m_at - start);
}

Result<std::optional<FlatRow>> JsonScanner::flatObject()
{
    const auto start = m_at;
    if (auto ok = expect('{'); !ok)
        return fail(ok.error());
    FlatRow row;
    if (consume('}'))
        return std::optional<FlatRow>(std::move(row));
    for (;;) {
        auto key = string();
        if (!key)
            return fail(key.error());
        if (auto ok = expect(':'); !ok)
            return fail(ok.error());
        const char c = peek();
        if (c == '{' || c == '[') {
            m_at = start;
            return std::optional<FlatRow> {};
        }
        auto value = scalar();
        if (!value)
            return fail(value.error());
        row.fields.emplace_back(std::move(*key), std::move(*value));
        if (consume(','))
            continue;
        if (auto ok = expect('}'); !ok)
            return fail(ok.error());
        return std::optional<FlatRow>(std::move(row));
    }
}

} // namespace varde::sync
