#pragma once
// Which patient a posted resource is for, seen from the device that posted it: its own patient,
// another patient in follow-up (the device may not post for them: 403), or nobody in follow-up
// (400). A Bundle's urn:uuid: references are turned into the Patient entry's identity by the
// caller before they get here.

#include "core/common/result.h"
#include "core/server/fhir_fields.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

#include <map>
#include <string>

namespace varde::server
{

class PatientResolver
{
public:
    enum class Match { Own, Other, Unknown };

    PatientResolver(PgConnection &db, const Principal &device);

    // Form::Missing and Form::BundleEntry answer Unknown. Database errors pass through.
    Result<Match> resolve(const PatientReference &reference);

    // The issue for a match that is not Own, at `expression` (the subject or the Patient entry).
    static OutcomeIssue issueFor(Match match, const std::string &expression);

private:
    Result<bool> exists(const std::string &sql, const std::string &value);

    PgConnection &m_db;
    const Principal &m_device;
    std::optional<std::string> m_ownNationalId; // read once per request
    std::map<std::string, Match> m_known; // per request: a Bundle names one patient many times
};

} // namespace varde::server
