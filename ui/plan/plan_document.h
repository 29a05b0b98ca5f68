#pragma once
// A plan version as a readable page: the patient's goals first, then measures, what to do in
// each zone (icon, word and colour), the limits in plain words, medicine measures, schedule,
// trial period and evaluation, who took part, and who approved it and how.
#include "core/plan/compare.h"
#include "core/plan/plan_version.h"

#include <QString>

#include <vector>

class QTextDocument;

namespace varde::ui
{

// HTML for a QTextBrowser whose document has the zone icons (addZoneImages).
QString planHtml(const plan::PlanVersion &version);
// The comparison of two versions (plan::comparePlans), limits needing approval marked.
QString changesHtml(const std::vector<plan::PlanChange> &changes);
void addZoneImages(QTextDocument *document);
// "Personal plan from 12.03.2026" / "the service's default rules"
QString versionLabel(const plan::PlanVersion &version);

} // namespace varde::ui
