#pragma once
// Measurements and questionnaire answers. Bulk writes reuse one prepared statement inside one
// transaction: all rows land or none do.

#include "core/common/result.h"
#include "core/domain/measurement.h"
#include "core/store/encrypted_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace varde::store
{

struct LatestValue {
    std::string patientId;
    domain::KindId kind;
    double canonicalValue;
    std::int64_t measuredAtMillis;
};

class MeasurementRepository
{
public:
    explicit MeasurementRepository(EncryptedStore &store)
        : m_store(store)
    {
    }

    // One audit event per batch (per patient it touches would flood the trail on import).
    Result<> insert(const std::vector<domain::Measurement> &measurements);
    Result<> insertAnswers(const std::vector<domain::QuestionnaireAnswer> &answers);

    // The newest value of each kind for each patient.
    Result<std::vector<LatestValue>> latestPerPatientAndKind();
    Result<std::vector<domain::Measurement>> forPatient(const std::string &patientId);
    Result<std::vector<domain::QuestionnaireAnswer>> answersForPatient(
        const std::string &patientId);
    Result<std::int64_t> count();

private:
    EncryptedStore &m_store;
};

} // namespace varde::store
