#include "core/plo/schemas.h"

#include "core/plo/xml.h"

#include <libxml/catalog.h>

#include <cstdlib>
#include <map>
#include <mutex>

namespace varde::plo
{

std::filesystem::path sourceTreeSchemaDirectory() { return VARDE_PLO_SCHEMA_DIR; }

std::filesystem::path defaultSchemaDirectory()
{
    if (const char *configured = std::getenv("VARDE_PLO_SCHEMA_DIR"); configured && *configured)
        return configured;
    // An installed program: <prefix>/bin/varde beside <prefix>/share/varde/plo/xsd.
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto installed
            = program.parent_path().parent_path() / "share" / "varde" / "plo" / "xsd";
        if (std::filesystem::is_regular_file(installed / "catalog.xml", error))
            return installed;
    }
    return sourceTreeSchemaDirectory();
}

struct SchemaSet::Impl {
    std::filesystem::path directory;
    std::mutex mutex; // guards the two below
    xmlCatalogPtr catalog = nullptr;
    std::map<Schema, xml::SchemaPtr> schemas;

    ~Impl()
    {
        if (catalog)
            xmlFreeCatalog(catalog);
    }

    // catalog.xml maps the two http:// schemaLocations inside official schemas (xmldsig in
    // MsgHead, kith.xsd in AppRec 1.1) to the local copies, as validate.sh does with
    // XML_CATALOG_FILES. A catalog object of our own, not libxml2's process-wide one.
    Result<void> loadCatalog()
    {
        if (catalog)
            return {};
        const auto path = directory / "catalog.xml";
        if (!std::filesystem::is_regular_file(path))
            return fail(ErrorCode::Io, "missing " + path.string());
        xml::LoadScope onlyHere(directory, nullptr);
        xml::ErrorCollector errors;
        catalog = xmlLoadACatalog(path.c_str());
        if (!catalog)
            return fail(ErrorCode::InvalidArgument,
                "cannot read " + path.string() + ": " + errors.joined("no reason given"));
        return {};
    }
};

SchemaSet::SchemaSet(std::filesystem::path directory)
    : m_impl(std::make_unique<Impl>())
{
    std::error_code error;
    auto canonical = std::filesystem::weakly_canonical(directory, error);
    m_impl->directory = error ? std::move(directory) : std::move(canonical);
}

SchemaSet::~SchemaSet() = default;

const std::filesystem::path &SchemaSet::directory() const { return m_impl->directory; }

Result<void> SchemaSet::load(Schema schema) const
{
    auto compiledSchema = compiled(schema);
    if (!compiledSchema)
        return fail(compiledSchema.error());
    return {};
}

Result<_xmlSchema *> SchemaSet::compiled(Schema schema) const
{
    xml::initialise();
    std::lock_guard lock(m_impl->mutex);
    if (auto it = m_impl->schemas.find(schema); it != m_impl->schemas.end())
        return it->second.get();

    const auto relative = "drivers/" + std::string(driverName(schema)) + ".xsd";
    const auto driver = m_impl->directory / relative;
    if (!std::filesystem::is_regular_file(driver))
        return fail(ErrorCode::Io, "missing schema driver " + driver.string());
    if (auto catalog = m_impl->loadCatalog(); !catalog)
        return fail(catalog.error());

    xml::LoadScope scope(m_impl->directory, m_impl->catalog);
    xml::ErrorCollector errors;
    xml::SchemaParserCtxtPtr parser(xmlSchemaNewParserCtxt(driver.c_str()));
    if (!parser)
        return fail(ErrorCode::InvalidArgument, "cannot read " + driver.string());
    xml::SchemaPtr compiledSchema(xmlSchemaParse(parser.get()));
    if (!compiledSchema) {
        std::string detail
            = "schema " + relative + " does not compile: " + errors.joined("no reason given");
        for (const auto &name : scope.refused())
            detail += "\nrefused to load " + name + " (outside " + m_impl->directory.string()
                + ", or the network)";
        return fail(ErrorCode::InvalidArgument, detail);
    }
    auto *raw = compiledSchema.get();
    m_impl->schemas.emplace(schema, std::move(compiledSchema));
    return raw;
}

} // namespace varde::plo
