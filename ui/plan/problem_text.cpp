#include "ui/plan/problem_text.h"

#include "core/domain/measurement_kind.h"
#include "ui/common/tr.h"
#include "ui/plan/plan_words.h"
#include "ui/plan/rule_fields.h"

#include <QLocale>

namespace varde::ui
{
namespace
{

QString value(const std::string &code, double v)
{
    const QString unit = unitOf(code);
    const QString number = QLocale().toString(v, 'g', 6);
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

bool endsWith(const std::string &s, const char *tail)
{
    const std::string t(tail);
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

bool startsWith(const std::string &s, const char *head) { return s.rfind(head, 0) == 0; }

QString fieldKey(const std::string &field)
{
    const auto dot = field.rfind('.');
    return QString::fromStdString(dot == std::string::npos ? field : field.substr(dot + 1));
}

} // namespace

QString problemText(const plan::Problem &p)
{
    const QString name = measuredName(p.code);
    switch (p.kind) {
    case plan::ProblemKind::NoLimit:
        if (endsWith(p.field, "yellow_if"))
            return Tr::tr("The question «%1» has no answer that gives yellow or red.")
                .arg(scheduleItemText("question:" + p.code));
        if (endsWith(p.field, "due_by"))
            return Tr::tr("%1: the rule for a missing measurement has neither a time nor an "
                          "interval.")
                .arg(name);
        return Tr::tr("%1: no limit is set.").arg(name);
    case plan::ProblemKind::RedNotBeyondYellow:
        if (endsWith(p.field, "red_below"))
            return Tr::tr("%1: the red limit %2 must be lower than the yellow limit %3.")
                .arg(name, value(p.code, p.value), value(p.code, p.other));
        if (endsWith(p.field, "red_above"))
            return Tr::tr("%1: the red limit %2 must be higher than the yellow limit %3.")
                .arg(name, value(p.code, p.value), value(p.code, p.other));
        return Tr::tr("%1: the red change %2 must be larger than the yellow change %3.")
            .arg(name, value(p.code, p.value), value(p.code, p.other));
    case plan::ProblemKind::LowNotBelowHigh:
        return Tr::tr("%1: the lower limit %2 must be below the upper limit %3.")
            .arg(name, value(p.code, p.value), value(p.code, p.other));
    case plan::ProblemKind::OutsidePlausible:
        if (auto kind = domain::kindForCode(p.code)) {
            const auto &info = domain::kindInfo(*kind);
            return Tr::tr("%1: %2 cannot be measured (possible range %3–%4).")
                .arg(name, value(p.code, p.value), QLocale().toString(info.plausibleMin),
                    value(p.code, info.plausibleMax));
        }
        return Tr::tr("%1: %2 cannot be measured.").arg(name, value(p.code, p.value));
    case plan::ProblemKind::NotPositive:
        return Tr::tr("%1: «%2» must be above zero.").arg(name, ruleFieldLabel(fieldKey(p.field)));
    case plan::ProblemKind::NoCodeOrQuestion:
        return Tr::tr("The rule does not say what it judges.");
    case plan::ProblemKind::BadDueTime:
        return Tr::tr("The time must be between 00:00 and 23:59.");
    case plan::ProblemKind::TrialWeeks:
        return Tr::tr("The trial period must be %1–%2 weeks.")
            .arg(plan::minTrialWeeks)
            .arg(plan::maxTrialWeeks);
    case plan::ProblemKind::EmptyText:
        if (startsWith(p.field, "content.goals"))
            return Tr::tr("The goal has no text. Write it or remove it.");
        if (startsWith(p.field, "content.measures"))
            return Tr::tr("The measure has no text. Write it or remove it.");
        return Tr::tr("The medicine measure has no text. Write it or remove it.");
    case plan::ProblemKind::UnknownScheduleItem:
        return Tr::tr("Unknown measurement or question in the schedule: %1.")
            .arg(QString::fromStdString(p.code));
    }
    return QString::fromStdString(p.message);
}

} // namespace varde::ui
