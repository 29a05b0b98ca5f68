#include "core/plo/xml.h"

#include <libxml/catalog.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace varde::plo::xml
{
namespace
{

xmlExternalEntityLoader g_libxmlLoader = nullptr;
thread_local LoadScope *t_scope = nullptr;
thread_local std::string t_genericPending;

std::string fileName(const char *file)
{
    if (!file || !*file)
        return {};
    return std::filesystem::path(file).filename().string();
}

// Replaces 'value' quoted by the schema validator ("The value '…' is not …", "'…' is not a
// valid value") so that no personal data ends up in an error detail.
std::string redactValues(std::string text)
{
    std::size_t from = 0;
    while (true) {
        const auto open = text.find('\'', from);
        if (open == std::string::npos)
            break;
        const auto close = text.find('\'', open + 1);
        if (close == std::string::npos)
            break;
        const bool afterValue = open >= 6 && text.compare(open - 6, 6, "value ") == 0;
        const bool beforeIsNot = text.compare(close + 1, 7, " is not") == 0;
        if (afterValue || beforeIsNot) {
            text.replace(open + 1, close - open - 1, "\u2026");
            from = open + 1 + std::string_view("\u2026").size() + 1;
        } else {
            from = close + 1;
        }
    }
    return text;
}

void onGenericError(void *context, const char *format, ...)
{
    char buffer[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    t_genericPending += buffer;
    const auto newline = t_genericPending.find('\n');
    if (newline == std::string::npos)
        return;
    auto line = normaliseSpace(t_genericPending.substr(0, newline));
    t_genericPending.erase(0, newline + 1);
    if (!line.empty())
        static_cast<ErrorCollector *>(context)->add(redactValues(std::move(line)));
}

} // namespace

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        g_libxmlLoader = xmlGetExternalEntityLoader();
        xmlSetExternalEntityLoader(&LoadScope::load);
    });
}

ErrorCollector::ErrorCollector()
    : m_previous(xmlStructuredError)
    , m_previousContext(xmlStructuredErrorContext)
    , m_previousGeneric(xmlGenericError)
    , m_previousGenericContext(xmlGenericErrorContext)
{
    xmlSetStructuredErrorFunc(this, &ErrorCollector::onError);
    xmlSetGenericErrorFunc(this, &onGenericError);
}

ErrorCollector::~ErrorCollector()
{
    xmlSetStructuredErrorFunc(m_previousContext, m_previous);
    xmlSetGenericErrorFunc(m_previousGenericContext, m_previousGeneric);
    t_genericPending.clear();
}

#if LIBXML_VERSION >= 21200
void ErrorCollector::onError(void *self, const xmlError *error)
#else
void ErrorCollector::onError(void *self, xmlError *error)
#endif
{
    if (!error || error->level == XML_ERR_WARNING || error->level == XML_ERR_NONE)
        return;
    std::string line = fileName(error->file);
    if (error->line > 0)
        line += (line.empty() ? "line " : " line ") + std::to_string(error->line);
    if (!line.empty())
        line += ": ";
    line += normaliseSpace(error->message ? error->message : "unknown libxml2 error");
    static_cast<ErrorCollector *>(self)->add(redactValues(std::move(line)));
}

std::string ErrorCollector::joined(std::string_view fallback) const
{
    if (m_lines.empty())
        return std::string(fallback);
    std::string out;
    for (const auto &line : m_lines) {
        if (!out.empty())
            out += "\n";
        out += line;
    }
    return out;
}

LoadScope::LoadScope()
    : m_outer(t_scope)
{
    t_scope = this;
}

LoadScope::LoadScope(const std::filesystem::path &folder, void *catalog)
    : m_allowFiles(true)
    , m_folder(folder)
    , m_catalog(catalog)
    , m_outer(t_scope)
{
    t_scope = this;
}

LoadScope::~LoadScope() { t_scope = m_outer; }

xmlParserInputPtr LoadScope::load(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    LoadScope *scope = t_scope;
    if (!scope)
        return g_libxmlLoader(url, id, ctxt);
    const std::string name = url ? url : (id ? id : "");
    const auto refuse = [&]() -> xmlParserInputPtr {
        scope->m_refused.push_back(name);
        return nullptr;
    };
    if (!scope->m_allowFiles || !url)
        return refuse();

    std::string resolved = name;
    if (scope->m_catalog) {
        auto *catalog = static_cast<xmlCatalogPtr>(scope->m_catalog);
        const auto *publicId = reinterpret_cast<const xmlChar *>(id);
        const auto *systemId = reinterpret_cast<const xmlChar *>(url);
        xmlChar *mapped = xmlACatalogResolve(catalog, publicId, systemId);
        if (!mapped)
            mapped = xmlACatalogResolveURI(catalog, systemId);
        if (mapped) {
            resolved = reinterpret_cast<const char *>(mapped);
            xmlFree(mapped);
        }
    }
    if (resolved.rfind("file:", 0) == 0) {
        const auto rest = resolved.substr(resolved.rfind("file://", 0) == 0 ? 7 : 5);
        char *plain = xmlURIUnescapeString(rest.c_str(), 0, nullptr);
        if (!plain)
            return refuse();
        resolved = plain;
        xmlFree(plain);
    }
    if (resolved.find("://") != std::string::npos) // the network: never (as xmllint --nonet)
        return refuse();
    std::error_code error;
    const auto path = std::filesystem::weakly_canonical(resolved, error);
    const auto inside = path.lexically_relative(scope->m_folder);
    if (error || inside.empty() || *inside.begin() == "..")
        return refuse();
    return g_libxmlLoader(path.c_str(), id, ctxt);
}

Result<DocPtr> parse(std::string_view text)
{
    initialise();
    if (text.size() > std::size_t(INT_MAX))
        return fail(ErrorCode::InvalidArgument, "document too large");
    ParserCtxtPtr context(xmlNewParserCtxt());
    if (!context)
        return fail(ErrorCode::InvalidArgument, "out of memory for the XML parser");
    LoadScope nothing;
    ErrorCollector errors;
    DocPtr doc(xmlCtxtReadMemory(context.get(), text.data(), int(text.size()), nullptr, nullptr,
        XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA));
    if (!doc || !context->wellFormed || !context->nsWellFormed)
        return fail(ErrorCode::InvalidArgument,
            "not well-formed XML: " + errors.joined("the parser gave no reason"));
    if (doc->intSubset || doc->extSubset)
        return fail(ErrorCode::InvalidArgument, "a DOCTYPE is not allowed in a message");
    if (!xmlDocGetRootElement(doc.get()))
        return fail(ErrorCode::InvalidArgument, "not well-formed XML: no root element");
    return doc;
}

XPath::XPath(xmlDoc *doc)
    : m_context(xmlXPathNewContext(doc))
{
}

void XPath::bind(const char *prefix, std::string_view uri)
{
    const std::string copy(uri);
    xmlXPathRegisterNs(m_context.get(), reinterpret_cast<const xmlChar *>(prefix),
        reinterpret_cast<const xmlChar *>(copy.c_str()));
}

XPathObjectPtr XPath::eval(const std::string &expr, xmlNode *context) const
{
    m_context->node = context ? context : xmlDocGetRootElement(m_context->doc);
    return XPathObjectPtr(
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar *>(expr.c_str()), m_context.get()));
}

std::vector<xmlNode *> XPath::nodes(const std::string &expr, xmlNode *context) const
{
    std::vector<xmlNode *> out;
    const auto result = eval(expr, context);
    if (!result || result->type != XPATH_NODESET || !result->nodesetval)
        return out;
    for (int i = 0; i < result->nodesetval->nodeNr; ++i)
        out.push_back(result->nodesetval->nodeTab[i]);
    return out;
}

xmlNode *XPath::first(const std::string &expr, xmlNode *context) const
{
    const auto found = nodes(expr, context);
    return found.empty() ? nullptr : found.front();
}

std::string XPath::text(const std::string &expr, xmlNode *context) const
{
    const auto result = eval(expr, context);
    if (!result)
        return {};
    xmlChar *value = xmlXPathCastToString(result.get());
    if (!value)
        return {};
    std::string out = normaliseSpace(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

std::string XPath::freeText(const std::string &expr, xmlNode *context) const
{
    const auto result = eval(expr, context);
    if (!result)
        return {};
    xmlChar *value = xmlXPathCastToString(result.get());
    if (!value)
        return {};
    std::string out = normaliseLines(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

RootFacts rootFacts(xmlDoc *doc)
{
    RootFacts facts;
    xmlNode *root = xmlDocGetRootElement(doc);
    facts.rootNamespace = namespaceUri(root);
    facts.rootName = localName(root);
    if (facts.rootName != "MsgHead" || facts.rootNamespace != ns::msgHead)
        return facts;
    XPath xpath(doc);
    xpath.bind("mh", ns::msgHead);
    facts.msgType = xpath.text("/mh:MsgHead/mh:MsgInfo/mh:Type/@V");
    const auto *content = xpath.first("/mh:MsgHead/mh:Document[1]/mh:RefDoc/mh:Content/*[1]");
    facts.contentNamespace = namespaceUri(content);
    facts.contentName = localName(content);
    return facts;
}

std::string normaliseSpace(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string normaliseLines(std::string_view text)
{
    std::string out;
    bool blank = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto line = normaliseSpace(text.substr(start, end - start));
        if (line.empty()) {
            blank = !out.empty();
        } else {
            if (!out.empty())
                out += blank ? "\n\n" : "\n";
            out += line;
            blank = false;
        }
        start = end + 1;
    }
    return out;
}

std::string localName(const xmlNode *node)
{
    return node && node->name ? reinterpret_cast<const char *>(node->name) : "";
}

std::string namespaceUri(const xmlNode *node)
{
    return node && node->ns && node->ns->href ? reinterpret_cast<const char *>(node->ns->href) : "";
}

} // namespace varde::plo::xml
