#include "core/demo/cohort.h"

#include "core/common/uuid.h"
#include "core/demo/parts.h"

namespace varde::demo
{

std::string parts::demoId(const CohortOptions &options, const std::string &name)
{
    return nameUuid("varde-demo/" + std::to_string(options.seed), name);
}

Cohort generateCohort(const CohortOptions &options)
{
    Cohort cohort;
    cohort.options = options;
    const Random root(options.seed);
    parts::addDirectory(cohort, root.fork("directory"));
    parts::addPatients(cohort, root.fork("patients"));
    parts::addSchedules(cohort);
    parts::addEpisodes(cohort, root.fork("episodes"));
    parts::addMeasurements(cohort, root.fork("measurements"));
    parts::addPlans(cohort, root.fork("plans"));
    parts::addHistory(cohort, root.fork("history"));
    return cohort;
}

std::string describeProgramme(Programme programme)
{
    switch (programme) {
    case Programme::Copd:
        return "KOLS";
    case Programme::HeartFailure:
        return "hjertesvikt";
    case Programme::Diabetes:
        return "diabetes";
    case Programme::Cancer:
        return "kreft";
    }
    return "";
}

} // namespace varde::demo
