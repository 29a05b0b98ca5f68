#pragma once
// The generator's stages, each drawing from its own Random fork (see cohort.h).

#include "core/demo/cohort.h"
#include "core/demo/random.h"

#include <string>

namespace varde::demo::parts
{

// Deterministic id for a demo entity: the same seed and name give the same UUID everywhere.
std::string demoId(const CohortOptions &options, const std::string &name);

void addDirectory(Cohort &cohort, Random random);
void addPatients(Cohort &cohort, Random random);
void addSchedules(Cohort &cohort);
void addEpisodes(Cohort &cohort, Random random);
void addMeasurements(Cohort &cohort, Random random);
void addPlans(Cohort &cohort, Random random);
void addHistory(Cohort &cohort, Random random); // referrals, reassignments, endings
// A personal plan's content for one patient (goals, measures, medicines, schedule, people).
plan::PlanContent demoPlanContent(
    const Cohort &cohort, int patientIndex, int approvedDay, Random r);

} // namespace varde::demo::parts
