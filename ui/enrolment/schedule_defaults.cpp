#include "ui/enrolment/schedule_defaults.h"

#include "core/domain/schedule.h"

#include <algorithm>
#include <string_view>

namespace varde::ui
{
namespace
{

using Items = std::vector<plan::ScheduleItem>;
constexpr int at10 = 10 * 60;
constexpr int at11 = 11 * 60;
constexpr int at12 = 12 * 60;

Items copd()
{
    return { { "spo2", domain::everyDay, at11 }, { "pulse", domain::everyDay, at11 },
        { "question:dyspne-verre", domain::everyDay, at11 },
        { "question:hoste-mer", domain::everyDay, at11 },
        { "question:oppspytt", domain::everyDay, at11 } };
}

Items heartFailure()
{
    return { { "weight", domain::everyDay, at10 }, { "pulse", domain::everyDay, at11 },
        { "bp_systolic", domain::everyDay, at11 },
        { "question:hevelse-bein", domain::mondayAndThursday, at11 },
        { "question:dyspne-verre", domain::mondayAndThursday, at11 } };
}

Items diabetes()
{
    return { { "glucose", domain::everyDay, at10 },
        { "bp_systolic", domain::mondayAndThursday, at11 } };
}

Items cancer()
{
    return { { "temperature", domain::everyDay, at12 }, { "pulse", domain::everyDay, at12 },
        { "spo2", domain::everyDay, at12 }, { "question:feber", domain::everyDay, at12 },
        { "question:slapp", domain::everyDay, at12 } };
}

Items forDiagnosis(const enrolment::DiagnosisEntry &d)
{
    const std::string_view code = d.code;
    const auto starts = [&](std::string_view prefix) { return code.rfind(prefix, 0) == 0; };
    if (d.system == domain::CodeSystem::Icpc2) {
        if (starts("R95"))
            return copd();
        if (starts("K77"))
            return heartFailure();
        if (starts("T90"))
            return diabetes();
        return {};
    }
    if (starts("J44"))
        return copd();
    if (starts("I50"))
        return heartFailure();
    if (starts("E11"))
        return diabetes();
    if (starts("C"))
        return cancer();
    return {};
}

} // namespace

std::vector<plan::ScheduleItem> suggestedSchedule(
    const std::vector<enrolment::DiagnosisEntry> &diagnoses)
{
    Items out;
    for (const auto &d : diagnoses)
        for (auto &item : forDiagnosis(d))
            if (std::none_of(out.begin(), out.end(),
                    [&](const plan::ScheduleItem &o) { return o.item == item.item; }))
                out.push_back(std::move(item));
    return out;
}

} // namespace varde::ui
