#pragma once
// Internal to core/plo: libxml2's set-up, owners for its objects and the few helpers the reader
// and the validator share. Other folders use reader.h and validate.h (libxml2 is private here).

#include "core/common/result.h"
#include "core/plo/kinds.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace varde::plo::xml
{

// Once per process and safe from any thread: xmlInitParser and our external entity loader
// (libxml2's global state is set up before two threads can race on it).
void initialise();

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
using DocPtr = std::unique_ptr<xmlDoc, Deleter<xmlDoc, xmlFreeDoc>>;
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, Deleter<xmlParserCtxt, xmlFreeParserCtxt>>;
using XPathContextPtr
    = std::unique_ptr<xmlXPathContext, Deleter<xmlXPathContext, xmlXPathFreeContext>>;
using XPathObjectPtr = std::unique_ptr<xmlXPathObject, Deleter<xmlXPathObject, xmlXPathFreeObject>>;
using SchemaPtr = std::unique_ptr<xmlSchema, Deleter<xmlSchema, xmlSchemaFree>>;
using SchemaParserCtxtPtr
    = std::unique_ptr<xmlSchemaParserCtxt, Deleter<xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt>>;
using SchemaValidCtxtPtr
    = std::unique_ptr<xmlSchemaValidCtxt, Deleter<xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt>>;

// While alive, libxml2's errors on this thread are collected here instead of going to stderr:
// "line 12: Element '{ns}Foo': This element is not expected." Warnings are left out (the 1.1
// dialog driver's harmless "Skipping import"). Values quoted by the schema validator are
// replaced by '…', since they may be a name or a national identity number (core/common/error.h).
class ErrorCollector
{
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector &) = delete;
    ErrorCollector &operator=(const ErrorCollector &) = delete;

    const std::vector<std::string> &lines() const { return m_lines; }
    void add(std::string line) { m_lines.push_back(std::move(line)); }
    // The lines joined by "\n", or `fallback` when libxml2 said nothing.
    std::string joined(std::string_view fallback) const;

private:
#if LIBXML_VERSION >= 21200
    static void onError(void *self, const xmlError *error);
#else
    static void onError(void *self, xmlError *error);
#endif
    std::vector<std::string> m_lines;
    xmlStructuredErrorFunc m_previous;
    void *m_previousContext;
    xmlGenericErrorFunc m_previousGeneric;
    void *m_previousGenericContext;
};

// What the entity loader may hand libxml2 on this thread while alive. Without a scope libxml2's
// own loader decides (other users of libxml2 in the process are left alone).
class LoadScope
{
public:
    // Nothing at all: a message never needs an external file.
    LoadScope();
    // Files below `folder` only; http:// names mapped by `catalog` (may be null), never the
    // network (as xmllint --nonet with XML_CATALOG_FILES).
    LoadScope(const std::filesystem::path &folder, void *catalog);
    ~LoadScope();
    LoadScope(const LoadScope &) = delete;
    LoadScope &operator=(const LoadScope &) = delete;

    // Names the loader refused, for the error message.
    const std::vector<std::string> &refused() const { return m_refused; }

    static xmlParserInputPtr load(const char *url, const char *id, xmlParserCtxtPtr ctxt);

private:
    bool m_allowFiles = false;
    std::filesystem::path m_folder;
    void *m_catalog = nullptr;
    std::vector<std::string> m_refused;
    LoadScope *m_outer;
};

// Parses a message from memory: no network, no DTD (a DOCTYPE is refused: messages have none,
// and entities are a way to hide or inflate content), line numbers kept for errors.
// InvalidArgument "not well-formed XML: line 3: ..." on failure.
Result<DocPtr> parse(std::string_view text);

// XPath over one document with registered namespace prefixes.
class XPath
{
public:
    explicit XPath(xmlDoc *doc);
    void bind(const char *prefix, std::string_view uri);
    std::vector<xmlNode *> nodes(const std::string &expr, xmlNode *context = nullptr) const;
    xmlNode *first(const std::string &expr, xmlNode *context = nullptr) const;
    // The string value with white space collapsed (see normaliseSpace); "" when absent.
    std::string text(const std::string &expr, xmlNode *context = nullptr) const;
    // A free text: line breaks kept (a table of measurements stays a table), each line's
    // white space collapsed, blank lines at the ends dropped (see normaliseLines).
    std::string freeText(const std::string &expr, xmlNode *context = nullptr) const;

private:
    XPathObjectPtr eval(const std::string &expr, xmlNode *context) const;
    XPathContextPtr m_context;
};

// What classify() needs: root element, MsgInfo/Type/@V, first Document/RefDoc/Content child.
RootFacts rootFacts(xmlDoc *doc);

// Trimmed, inner runs of white space as one space: indentation in the XML leaks into texts.
std::string normaliseSpace(std::string_view text);
// normaliseSpace per line; runs of blank lines become one, none at the start or end.
std::string normaliseLines(std::string_view text);

std::string localName(const xmlNode *node);
std::string namespaceUri(const xmlNode *node);

} // namespace varde::plo::xml
