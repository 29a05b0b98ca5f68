#include "ui/plo/schema_location.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdlib>

namespace varde::ui
{
namespace
{

std::filesystem::path schemaDirectory()
{
    if (const char *configured = std::getenv("VARDE_PLO_SCHEMA_DIR"); configured && *configured)
        return configured;
    const auto installed = QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral("../share/varde/plo/xsd"));
    if (QDir(installed).exists(QStringLiteral("catalog.xml")))
        return installed.toStdString();
    return plo::defaultSchemaDirectory();
}

} // namespace

const plo::SchemaSet &ploSchemas()
{
    static const plo::SchemaSet schemas(schemaDirectory());
    return schemas;
}

} // namespace varde::ui
