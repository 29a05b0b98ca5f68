#pragma once
// The bundled schemas (resources/plo/xsd: official XSDs, drivers/, catalog.xml). A SchemaSet
// compiles each driver the first time it is needed and keeps it; compiled schemas are read-only,
// so one set may validate on several threads at once.

#include "core/common/result.h"
#include "core/plo/kinds.h"

#include <filesystem>
#include <memory>

struct _xmlSchema; // libxml2's compiled schema (xmlSchemaPtr), opaque here

namespace varde::plo
{

// The copy in the source tree (resources/plo/xsd), for builds and tests. An installed program
// passes its own folder to SchemaSet.
std::filesystem::path sourceTreeSchemaDirectory();
// The folder in VARDE_PLO_SCHEMA_DIR when set, else the installed copy beside the running
// program (<prefix>/share/varde/plo/xsd for <prefix>/bin/...), else the source tree's.
std::filesystem::path defaultSchemaDirectory();

class SchemaSet
{
public:
    // `directory` holds catalog.xml, drivers/ and the schemas. Nothing is read yet.
    explicit SchemaSet(std::filesystem::path directory = sourceTreeSchemaDirectory());
    ~SchemaSet();
    SchemaSet(const SchemaSet &) = delete;
    SchemaSet &operator=(const SchemaSet &) = delete;

    const std::filesystem::path &directory() const;

    // Compiles the driver once (Io if a file is missing, InvalidArgument if it does not
    // compile). Never reads outside `directory`, never the network.
    Result<void> load(Schema schema) const;

    // The compiled schema for validate.cpp; loads it first if needed. Owned by the set.
    Result<_xmlSchema *> compiled(Schema schema) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace varde::plo
