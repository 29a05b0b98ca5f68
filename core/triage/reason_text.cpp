#include "core/triage/reason_text.h"

#include "core/domain/questionnaire.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace varde::triage
{
namespace
{

std::string levelWordNb(Level level) { return level == Level::Red ? "rød" : "gul"; }

std::string withUnit(double value, const Reason &r)
{
    const auto unit = unitNb(r);
    return unit.empty() ? numberNb(value) : numberNb(value) + " " + unit;
}

std::string hoursNb(double h)
{
    return numberNb(h) + (std::abs(h - 1.0) < 1e-9 ? " time" : " timer");
}

std::string questionNb(const std::string &id)
{
    if (const auto *q = domain::findQuestion(id))
        return "«" + std::string(q->textNb) + "»";
    return "«" + id + "»";
}

} // namespace

std::string numberNb(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    if (text == "-0")
        text = "0";
    for (auto &c : text)
        if (c == '.')
            c = ',';
    return text;
}

std::string measuredNameNb(const Reason &r)
{
    if (!r.kind)
        return r.code;
    switch (*r.kind) {
    case domain::KindId::OxygenSaturation:
        return "SpO2";
    case domain::KindId::Pulse:
        return "Puls";
    case domain::KindId::Systolic:
        return "Systolisk blodtrykk";
    case domain::KindId::Diastolic:
        return "Diastolisk blodtrykk";
    case domain::KindId::Weight:
        return "Vekt";
    case domain::KindId::Temperature:
        return "Temperatur";
    case domain::KindId::Glucose:
        return "Blodsukker";
    case domain::KindId::RespiratoryRate:
        return "Respirasjonsfrekvens";
    }
    return r.code;
}

std::string unitNb(const Reason &r)
{
    if (!r.kind)
        return r.unit;
    return std::string(domain::kindInfo(*r.kind).displayUnit);
}

std::string whenNb(time::Instant at, time::Instant now)
{
    if (time::osloDate(at) == time::osloDate(now))
        return time::formatOsloTime(at);
    const auto date = time::osloDate(at);
    char buffer[16];
    std::snprintf(
        buffer, sizeof buffer, "%02u.%02u.", unsigned(date.day()), unsigned(date.month()));
    return std::string(buffer) + " " + time::formatOsloTime(at);
}

std::string reasonTextNb(const Reason &r, time::Instant now)
{
    const std::string measured = " (målt " + whenNb(r.time, now) + ")";
    switch (r.type) {
    case RuleType::Band:
        return measuredNameNb(r) + " " + withUnit(r.value, r) + " er "
            + (r.direction == Direction::Below ? "under " : "over ") + levelWordNb(r.level)
            + " grense " + withUnit(r.limit, r) + measured;
    case RuleType::Baseline:
        return measuredNameNb(r) + " " + withUnit(r.value, r) + " er "
            + numberNb(std::abs(r.value - r.reference))
            + (r.direction == Direction::Down ? " under" : " over") + " pasientens vanlige "
            + withUnit(r.reference, r) + ", mer enn " + levelWordNb(r.level) + " grense "
            + numberNb(r.limit) + measured;
    case RuleType::Change:
        return measuredNameNb(r) + " " + withUnit(r.value, r) + " har "
            + (r.direction == Direction::Up ? "steget " : "falt ")
            + withUnit(std::abs(r.value - r.reference), r) + " fra " + withUnit(r.reference, r)
            + " (" + whenNb(*r.referenceTime, now) + "), mer enn " + levelWordNb(r.level)
            + " grense " + withUnit(r.limit, r) + " på " + hoursNb(r.windowHours) + measured;
    case RuleType::Answer:
        return "Svar «" + r.answer + "» på " + questionNb(r.question) + " (" + whenNb(r.time, now)
            + ")";
    case RuleType::Missing: {
        const std::string what
            = r.question.empty() ? measuredNameNb(r) : "Svar på " + questionNb(r.question);
        if (r.dueByMinute) {
            return what + " mangler i dag (ventet innen " + time::formatClock(*r.dueByMinute) + ")";
        }
        if (r.neverMeasured)
            return what + " mangler: ingen måling ennå (ventet minst hver "
                + numberNb(*r.everyHours) + ". time)";
        return what + " mangler: ikke målt på over " + hoursNb(*r.everyHours) + " (sist "
            + whenNb(*r.referenceTime, now) + ")";
    }
    case RuleType::Suspect:
        if (r.cause == SuspectCause::Jump)
            return "Mulig feilmåling: " + measuredNameNb(r) + " " + withUnit(r.value, r) + " er "
                + withUnit(std::abs(r.value - r.reference), r) + " fra forrige måling "
                + withUnit(r.reference, r)
                + (r.referenceTime ? " (" + whenNb(*r.referenceTime, now) + ")" : "")
                + " – be om ny måling" + measured;
        return "Mulig feilmåling: " + measuredNameNb(r) + " " + withUnit(r.value, r)
            + " er utenfor mulig område " + numberNb(r.plausibleMin) + "–"
            + withUnit(r.plausibleMax, r) + " – be om ny måling" + measured;
    }
    return {};
}

} // namespace varde::triage
