#include "core/plo/validate.h"

#include "core/plo/xml.h"

namespace varde::plo
{

Result<DocumentKind> validateDocument(std::string_view text, const SchemaSet &schemas)
{
    auto doc = xml::parse(text);
    if (!doc)
        return fail(doc.error());
    // The driver is chosen from the document, as validate.sh does: a type whose content is in
    // another namespace fails here, before any schema is read.
    auto kind = classify(xml::rootFacts(doc->get()));
    if (!kind)
        return kind;
    auto schema = schemas.compiled(kind->schema);
    if (!schema)
        return fail(schema.error());

    xml::LoadScope nothing; // validation never needs another file
    xml::ErrorCollector errors;
    xml::SchemaValidCtxtPtr validator(xmlSchemaNewValidCtxt(*schema));
    if (!validator)
        return fail(ErrorCode::InvalidArgument, "out of memory for the schema validator");
    const int outcome = xmlSchemaValidateDoc(validator.get(), doc->get());
    if (outcome != 0)
        return fail(ErrorCode::InvalidArgument,
            errors.joined(outcome < 0
                    ? "libxml2 could not validate the document"
                    : "not valid against " + std::string(driverName(kind->schema))));
    return kind;
}

} // namespace varde::plo
