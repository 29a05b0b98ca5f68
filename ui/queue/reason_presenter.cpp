#include "ui/queue/reason_presenter.h"

#include "core/domain/questionnaire.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"

#include <QLocale>

#include <cmath>

namespace varde::ui
{
namespace
{

using triage::Direction;
using triage::Level;
using triage::RuleType;

QString number(double value)
{
    QString text = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    while (text.endsWith(QLatin1Char('0')) && text.contains(point))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(1);
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    return text.remove(QLocale().groupSeparator());
}

QString unit(const triage::Reason &r)
{
    if (!r.kind)
        return QString::fromStdString(r.unit);
    return displayUnit(*r.kind);
}

QString withUnit(double value, const triage::Reason &r)
{
    const QString u = unit(r);
    return u.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + u;
}

QString when(time::Instant at, time::Instant now)
{
    if (time::osloDate(at) == time::osloDate(now))
        return QString::fromStdString(time::formatOsloTime(at));
    const auto date = time::osloDate(at);
    return QStringLiteral("%1.%2. %3")
        .arg(unsigned(date.day()), 2, 10, QLatin1Char('0'))
        .arg(unsigned(date.month()), 2, 10, QLatin1Char('0'))
        .arg(QString::fromStdString(time::formatOsloTime(at)));
}

QString question(const std::string &id)
{
    if (const auto *q = domain::findQuestion(id))
        return QString::fromUtf8(q->textNb.data(), qsizetype(q->textNb.size()));
    return QString::fromStdString(id);
}

QString hours(double h)
{
    return std::abs(h - 1.0) < 1e-9 ? Tr::tr("%1 hour").arg(number(h))
                                    : Tr::tr("%1 hours").arg(number(h));
}

} // namespace

QString measuredName(const triage::Reason &r)
{
    if (!r.kind)
        return QString::fromStdString(r.code);
    switch (*r.kind) {
    case domain::KindId::OxygenSaturation:
        return Tr::tr("SpO2");
    case domain::KindId::Pulse:
        return Tr::tr("Pulse");
    case domain::KindId::Systolic:
        return Tr::tr("Systolic blood pressure");
    case domain::KindId::Diastolic:
        return Tr::tr("Diastolic blood pressure");
    case domain::KindId::Weight:
        return Tr::tr("Weight");
    case domain::KindId::Temperature:
        return Tr::tr("Temperature");
    case domain::KindId::Glucose:
        return Tr::tr("Blood glucose");
    case domain::KindId::RespiratoryRate:
        return Tr::tr("Respiratory rate");
    }
    return QString::fromStdString(r.code);
}

QString reasonText(const triage::Reason &r, time::Instant now)
{
    const bool red = r.level == Level::Red;
    switch (r.type) {
    case RuleType::Band: {
        const bool low = r.direction == Direction::Below;
        const QString text = low
            ? (red ? Tr::tr("%1 %2 is below the red limit %3 (measured %4)")
                   : Tr::tr("%1 %2 is below the yellow limit %3 (measured %4)"))
            : (red ? Tr::tr("%1 %2 is above the red limit %3 (measured %4)")
                   : Tr::tr("%1 %2 is above the yellow limit %3 (measured %4)"));
        return text.arg(
            measuredName(r), withUnit(r.value, r), withUnit(r.limit, r), when(r.time, now));
    }
    case RuleType::Baseline: {
        const bool down = r.direction == Direction::Down;
        const QString text = down ? (red ? Tr::tr("%1 %2 is %3 below the patient's usual %4, more "
                                                  "than the red limit %5 (measured %6)")
                                         : Tr::tr("%1 %2 is %3 below the patient's usual %4, more "
                                                  "than the yellow limit %5 (measured %6)"))
                                  : (red ? Tr::tr("%1 %2 is %3 above the patient's usual %4, more "
                                                  "than the red limit %5 (measured %6)")
                                         : Tr::tr("%1 %2 is %3 above the patient's usual %4, more "
                                                  "than the yellow limit %5 (measured %6)"));
        return text.arg(measuredName(r), withUnit(r.value, r),
            number(std::abs(r.value - r.reference)), withUnit(r.reference, r), number(r.limit),
            when(r.time, now));
    }
    case RuleType::Change: {
        const bool up = r.direction == Direction::Up;
        const QString text = up ? (red ? Tr::tr("%1 %2 has risen %3 from %4 (%5), more than the "
                                                "red limit %6 in %7 (measured %8)")
                                       : Tr::tr("%1 %2 has risen %3 from %4 (%5), more than the "
                                                "yellow limit %6 in %7 (measured %8)"))
                                : (red ? Tr::tr("%1 %2 has fallen %3 from %4 (%5), more than the "
                                                "red limit %6 in %7 (measured %8)")
                                       : Tr::tr("%1 %2 has fallen %3 from %4 (%5), more than the "
                                                "yellow limit %6 in %7 (measured %8)"));
        return text.arg(measuredName(r), withUnit(r.value, r),
            withUnit(std::abs(r.value - r.reference), r), withUnit(r.reference, r),
            r.referenceTime ? when(*r.referenceTime, now) : QString(), withUnit(r.limit, r),
            hours(r.windowHours), when(r.time, now));
    }
    case RuleType::Answer:
        return Tr::tr("Answer «%1» to «%2» (%3)")
            .arg(QString::fromStdString(r.answer), question(r.question), when(r.time, now));
    case RuleType::Missing: {
        const QString what = r.question.empty()
            ? measuredName(r)
            : Tr::tr("Answer to «%1»").arg(question(r.question));
        if (r.dueByMinute)
            return Tr::tr("%1 missing today (expected by %2)")
                .arg(what, QString::fromStdString(time::formatClock(*r.dueByMinute)));
        if (r.neverMeasured)
            return Tr::tr("%1 missing: no measurement yet (expected at least every %2 hours)")
                .arg(what, number(*r.everyHours));
        return Tr::tr("%1 missing: not measured for more than %2 (last %3)")
            .arg(what, hours(*r.everyHours),
                r.referenceTime ? when(*r.referenceTime, now) : QString());
    }
    case RuleType::Suspect:
        if (r.cause == triage::SuspectCause::Jump)
            return Tr::tr("Possible measurement error: %1 %2 is %3 from the previous measurement "
                          "%4%5 – ask for a new measurement (measured %6)")
                .arg(measuredName(r), withUnit(r.value, r),
                    withUnit(std::abs(r.value - r.reference), r), withUnit(r.reference, r),
                    r.referenceTime
                        ? QStringLiteral(" (") + when(*r.referenceTime, now) + QLatin1Char(')')
                        : QString(),
                    when(r.time, now));
        return Tr::tr("Possible measurement error: %1 %2 is outside the possible range %3–%4 – ask "
                      "for a new measurement (measured %5)")
            .arg(measuredName(r), withUnit(r.value, r), number(r.plausibleMin),
                withUnit(r.plausibleMax, r), when(r.time, now));
    }
    return {};
}

} // namespace varde::ui
