// Subject → own patient / another patient / unknown, for a device's request.
#include "core/server/patient_resolver.h"

#include "core/common/uuid.h"

namespace varde::server
{

PatientResolver::PatientResolver(PgConnection &db, const Principal &device)
    : m_db(db)
    , m_device(device)
{
}

Result<bool> PatientResolver::exists(const std::string &sql, const std::string &value)
{
    auto found = m_db.exec(sql, { value });
    if (!found)
        return fail(found.error());
    return found->rows() > 0;
}

Result<PatientResolver::Match> PatientResolver::resolve(const PatientReference &reference)
{
    using Form = PatientReference::Form;
    if (reference.form == Form::ResourceId) {
        if (reference.resourceId == m_device.patientId)
            return Match::Own;
        if (!isUuid(reference.resourceId))
            return Match::Unknown;
        const auto key = "id:" + reference.resourceId;
        if (const auto known = m_known.find(key); known != m_known.end())
            return known->second;
        auto other = exists(
            "SELECT 1 FROM patient WHERE id = $1::uuid AND NOT deleted", reference.resourceId);
        if (!other)
            return fail(other.error());
        return m_known[key] = *other ? Match::Other : Match::Unknown;
    }
    if (reference.form != Form::NationalId)
        return Match::Unknown;
    if (!m_ownNationalId) {
        auto own = m_db.exec(
            "SELECT national_id FROM patient WHERE id = $1::uuid", { m_device.patientId });
        if (!own)
            return fail(own.error());
        m_ownNationalId = own->rows() ? own->text(0, 0) : std::string();
    }
    if (reference.nationalId == *m_ownNationalId)
        return Match::Own;
    const auto key = "nin:" + reference.nationalId;
    if (const auto known = m_known.find(key); known != m_known.end())
        return known->second;
    auto other = exists("SELECT 1 FROM patient WHERE national_id = $1 AND NOT deleted LIMIT 1",
        reference.nationalId);
    if (!other)
        return fail(other.error());
    return m_known[key] = *other ? Match::Other : Match::Unknown;
}

OutcomeIssue PatientResolver::issueFor(Match match, const std::string &expression)
{
    if (match == Match::Other)
        return issue("forbidden", expression,
            "the patient named is not the one this device is enrolled for: a device posts only "
            "for its own patient");
    return issue("not-found", expression,
        "no patient in follow-up matches the patient named (check the fødselsnummer or "
        "Patient id)");
}

} // namespace varde::server
