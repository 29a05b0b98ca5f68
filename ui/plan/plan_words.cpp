#include "ui/plan/plan_words.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"
#include "core/domain/schedule.h"
#include "core/time/civil_time.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"

#include <QStringList>

namespace varde::ui
{

QString planStatusText(plan::PlanStatus status)
{
    switch (status) {
    case plan::PlanStatus::Draft:
        return Tr::tr("Draft");
    case plan::PlanStatus::AwaitingApproval:
        return Tr::tr("Awaiting approval");
    case plan::PlanStatus::Active:
        return Tr::tr("Active");
    case plan::PlanStatus::Superseded:
        return Tr::tr("Superseded");
    case plan::PlanStatus::Rejected:
        return Tr::tr("Rejected");
    }
    return {};
}

QString changeAreaText(plan::ChangeArea area)
{
    switch (area) {
    case plan::ChangeArea::Limit:
        return Tr::tr("Limits");
    case plan::ChangeArea::Medicine:
        return Tr::tr("Medicine measures");
    case plan::ChangeArea::ZoneAction:
        return Tr::tr("What to do in each zone");
    case plan::ChangeArea::Goal:
        return Tr::tr("Goals");
    case plan::ChangeArea::Measure:
        return Tr::tr("Measures");
    case plan::ChangeArea::Schedule:
        return Tr::tr("Measurement schedule");
    case plan::ChangeArea::TrialPeriod:
        return Tr::tr("Trial period");
    case plan::ChangeArea::Evaluation:
        return Tr::tr("Evaluation");
    case plan::ChangeArea::Participant:
        return Tr::tr("Who took part");
    }
    return {};
}

QString zoneText(plan::Zone zone)
{
    switch (zone) {
    case plan::Zone::Green:
        return Tr::tr("Green");
    case plan::Zone::Yellow:
        return Tr::tr("Yellow");
    case plan::Zone::Red:
        return Tr::tr("Red");
    }
    return {};
}

triage::Level zoneLevel(plan::Zone zone)
{
    switch (zone) {
    case plan::Zone::Green:
        return triage::Level::Green;
    case plan::Zone::Yellow:
        return triage::Level::Yellow;
    case plan::Zone::Red:
        return triage::Level::Red;
    }
    return triage::Level::Green;
}

QString measureAreaText(plan::MeasureArea area)
{
    switch (area) {
    case plan::MeasureArea::Food:
        return Tr::tr("Food and drink");
    case plan::MeasureArea::Activity:
        return Tr::tr("Activity and exercise");
    case plan::MeasureArea::Social:
        return Tr::tr("Social life");
    case plan::MeasureArea::MentalHealth:
        return Tr::tr("Mental health");
    case plan::MeasureArea::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString participantRoleText(plan::ParticipantRole role)
{
    switch (role) {
    case plan::ParticipantRole::Patient:
        return Tr::tr("Patient");
    case plan::ParticipantRole::Relative:
        return Tr::tr("Relative");
    case plan::ParticipantRole::Nurse:
        return Tr::tr("Nurse");
    case plan::ParticipantRole::Gp:
        return Tr::tr("GP");
    case plan::ParticipantRole::Specialist:
        return Tr::tr("Specialist");
    case plan::ParticipantRole::Other:
        return Tr::tr("Other person");
    }
    return {};
}

QString weekdayShort(int day)
{
    switch (day) {
    case 0:
        return Tr::tr("Mon");
    case 1:
        return Tr::tr("Tue");
    case 2:
        return Tr::tr("Wed");
    case 3:
        return Tr::tr("Thu");
    case 4:
        return Tr::tr("Fri");
    case 5:
        return Tr::tr("Sat");
    case 6:
        return Tr::tr("Sun");
    }
    return {};
}

QString measuredName(const std::string &code)
{
    if (auto kind = domain::kindForCode(code))
        return kindShortName(*kind);
    return QString::fromStdString(code);
}

QString unitOf(const std::string &code)
{
    if (auto kind = domain::kindForCode(code))
        return displayUnit(*kind);
    return {};
}

QString scheduleItemText(const std::string &item)
{
    if (item.rfind("question:", 0) == 0) {
        if (const auto *q = domain::findQuestion(item.substr(9)))
            return QString::fromUtf8(q->textNb.data(), qsizetype(q->textNb.size()));
    } else if (auto kind = domain::kindForKey(item))
        return kindShortName(*kind);
    return QString::fromStdString(item);
}

QString scheduleWhenText(const plan::ScheduleItem &item)
{
    QString days;
    if ((item.daysOfWeek & domain::everyDay) == domain::everyDay)
        days = Tr::tr("every day");
    else {
        QStringList on;
        for (int d = 0; d < 7; ++d)
            if (item.daysOfWeek & (1 << d))
                on << weekdayShort(d);
        days = on.isEmpty() ? Tr::tr("no days") : on.join(QStringLiteral(", "));
    }
    if (!item.dueByMinute)
        return days;
    return Tr::tr("%1 by %2")
        .arg(days, QString::fromStdString(time::formatClock(*item.dueByMinute)));
}

QString approvalText(const plan::Approval &a)
{
    const QString by = QString::fromStdString(a.byName);
    const QString when = formatDate(a.atMillis);
    const QString recorder = QString::fromStdString(a.recordedByName);
    switch (a.method) {
    case plan::ApprovalMethod::InApp:
        return Tr::tr("Approved by %1 in Varde on %2").arg(by, when);
    case plan::ApprovalMethod::PloReply:
        return Tr::tr("Approved by %1 on %2 by PLO reply, recorded by %3").arg(by, when, recorder);
    case plan::ApprovalMethod::Phone:
        return Tr::tr("Approved by %1 on %2 by phone, recorded by %3").arg(by, when, recorder);
    case plan::ApprovalMethod::UnchangedLimits:
        return Tr::tr("Activated by %1 on %2: limits and medicine measures unchanged from the "
                      "approved version")
            .arg(by, when);
    }
    return {};
}

} // namespace varde::ui
