#include "ui/plan/rule_fields.h"

#include "core/time/civil_time.h"
#include "ui/common/tr.h"
#include "ui/plan/plan_words.h"

#include <QLocale>
#include <QStringList>
#include <QTime>

#include <utility>

namespace varde::ui
{
namespace
{

template <typename R> using Limit = std::optional<double> R::*;
template <typename R> using Fields = std::vector<std::pair<const char *, Limit<R>>>;

// The optional limits of each rule type, in the order the editor shows them.
const Fields<triage::BandRule> &bandFields()
{
    static const Fields<triage::BandRule> f { { "yellow_below", &triage::BandRule::yellowBelow },
        { "red_below", &triage::BandRule::redBelow },
        { "yellow_above", &triage::BandRule::yellowAbove },
        { "red_above", &triage::BandRule::redAbove } };
    return f;
}

const Fields<triage::BaselineRule> &baselineFields()
{
    static const Fields<triage::BaselineRule> f { { "yellow_drop",
                                                      &triage::BaselineRule::yellowDrop },
        { "red_drop", &triage::BaselineRule::redDrop },
        { "yellow_rise", &triage::BaselineRule::yellowRise },
        { "red_rise", &triage::BaselineRule::redRise } };
    return f;
}

const Fields<triage::ChangeRule> &changeFields()
{
    static const Fields<triage::ChangeRule> f { { "yellow_rise", &triage::ChangeRule::yellowRise },
        { "red_rise", &triage::ChangeRule::redRise },
        { "yellow_fall", &triage::ChangeRule::yellowFall },
        { "red_fall", &triage::ChangeRule::redFall } };
    return f;
}

template <typename R>
std::optional<double> *find(R &rule, const Fields<R> &fields, const QString &key)
{
    for (const auto &[name, member] : fields)
        if (key == QLatin1String(name))
            return &(rule.*member);
    return nullptr;
}

QStringList answersOf(const std::vector<std::string> &answers)
{
    QStringList out;
    for (const auto &a : answers)
        out << QString::fromStdString(a);
    return out;
}

std::vector<std::string> parseAnswers(const QString &text)
{
    std::vector<std::string> out;
    for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto a = part.trimmed().toLower(); !a.isEmpty())
            out.push_back(a.toStdString());
    return out;
}

std::optional<int> parseClock(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const auto *format : { "H:mm", "H.mm", "Hmm", "H" }) {
        const QTime time = QTime::fromString(t, QLatin1String(format));
        if (time.isValid())
            return time.hour() * 60 + time.minute();
    }
    *ok = false;
    return std::nullopt;
}

} // namespace

std::optional<double> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString numberText(double value) { return QLocale().toString(value, 'g', 6); }

QString ruleFieldLabel(const QString &key)
{
    if (key == QLatin1String("yellow_below"))
        return Tr::tr("Yellow below");
    if (key == QLatin1String("red_below"))
        return Tr::tr("Red below");
    if (key == QLatin1String("yellow_above"))
        return Tr::tr("Yellow above");
    if (key == QLatin1String("red_above"))
        return Tr::tr("Red above");
    if (key == QLatin1String("baseline"))
        return Tr::tr("Usual value");
    if (key == QLatin1String("yellow_drop"))
        return Tr::tr("Yellow, fall more than");
    if (key == QLatin1String("red_drop"))
        return Tr::tr("Red, fall more than");
    if (key == QLatin1String("yellow_rise"))
        return Tr::tr("Yellow, rise more than");
    if (key == QLatin1String("red_rise"))
        return Tr::tr("Red, rise more than");
    if (key == QLatin1String("yellow_fall"))
        return Tr::tr("Yellow, fall more than");
    if (key == QLatin1String("red_fall"))
        return Tr::tr("Red, fall more than");
    if (key == QLatin1String("window_hours"))
        return Tr::tr("Within hours");
    if (key == QLatin1String("yellow_if"))
        return Tr::tr("Yellow for answers");
    if (key == QLatin1String("red_if"))
        return Tr::tr("Red for answers");
    if (key == QLatin1String("due_by"))
        return Tr::tr("Expected by (hh:mm)");
    if (key == QLatin1String("every_hours"))
        return Tr::tr("Or at least every (hours)");
    return key;
}

std::string ruleCode(const triage::Rule &rule)
{
    return std::visit(
        [](const auto &r) -> std::string {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::AnswerRule>)
                return {};
            else
                return r.code;
        },
        rule);
}

QString ruleTitle(const triage::Rule &rule)
{
    return std::visit(
        [](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::BandRule>)
                return measuredName(r.code);
            else if constexpr (std::is_same_v<T, triage::BaselineRule>)
                return Tr::tr("%1: deviation from the usual value").arg(measuredName(r.code));
            else if constexpr (std::is_same_v<T, triage::ChangeRule>)
                return Tr::tr("%1: change").arg(measuredName(r.code));
            else if constexpr (std::is_same_v<T, triage::AnswerRule>)
                return QStringLiteral("«%1»").arg(scheduleItemText("question:" + r.question));
            else
                return Tr::tr("Missing: %1")
                    .arg(r.code.empty() ? scheduleItemText("question:" + r.question)
                                        : measuredName(r.code));
        },
        rule);
}

std::vector<RuleField> ruleFields(const triage::Rule &rule)
{
    using Type = RuleField::Type;
    std::vector<RuleField> out;
    const auto add = [&](const char *key, Type type, const QString &unit) {
        out.push_back({ QLatin1String(key), ruleFieldLabel(QLatin1String(key)), type, unit });
    };
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::BandRule>) {
                for (const auto &[key, member] : bandFields())
                    add(key, Type::Number, unitOf(r.code));
            } else if constexpr (std::is_same_v<T, triage::BaselineRule>) {
                add("baseline", Type::RequiredNumber, unitOf(r.code));
                for (const auto &[key, member] : baselineFields())
                    add(key, Type::Number, unitOf(r.code));
            } else if constexpr (std::is_same_v<T, triage::ChangeRule>) {
                add("window_hours", Type::RequiredNumber, Tr::tr("h"));
                for (const auto &[key, member] : changeFields())
                    add(key, Type::Number, unitOf(r.code));
            } else if constexpr (std::is_same_v<T, triage::AnswerRule>) {
                add("yellow_if", Type::Answers, {});
                add("red_if", Type::Answers, {});
            } else {
                add("due_by", Type::Clock, {});
                add("every_hours", Type::Number, Tr::tr("h"));
            }
        },
        rule);
    return out;
}

QString ruleFieldText(const triage::Rule &rule, const QString &key)
{
    const auto optional
        = [](const std::optional<double> *v) { return v && *v ? numberText(**v) : QString(); };
    return std::visit(
        [&](auto r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::BandRule>)
                return optional(find(r, bandFields(), key));
            else if constexpr (std::is_same_v<T, triage::BaselineRule>)
                return key == QLatin1String("baseline") ? numberText(r.baseline)
                                                        : optional(find(r, baselineFields(), key));
            else if constexpr (std::is_same_v<T, triage::ChangeRule>)
                return key == QLatin1String("window_hours")
                    ? numberText(r.windowHours)
                    : optional(find(r, changeFields(), key));
            else if constexpr (std::is_same_v<T, triage::AnswerRule>)
                return answersOf(key == QLatin1String("red_if") ? r.redIf : r.yellowIf)
                    .join(QStringLiteral(", "));
            else if (key == QLatin1String("due_by"))
                return r.dueByMinute ? QString::fromStdString(time::formatClock(*r.dueByMinute))
                                     : QString();
            else
                return optional(&r.everyHours);
        },
        rule);
}

bool setRuleField(triage::Rule &rule, const QString &key, const QString &text)
{
    const bool empty = text.trimmed().isEmpty();
    const auto number = parseNumber(text);
    if (!empty && !number && key != QLatin1String("due_by") && !key.endsWith(QLatin1String("_if")))
        return false;
    const auto setOptional = [&](std::optional<double> *v) {
        if (!v)
            return false;
        *v = empty ? std::nullopt : number;
        return true;
    };
    return std::visit(
        [&](auto &r) -> bool {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::BandRule>)
                return setOptional(find(r, bandFields(), key));
            else if constexpr (std::is_same_v<T, triage::BaselineRule>) {
                if (key != QLatin1String("baseline"))
                    return setOptional(find(r, baselineFields(), key));
                if (!number)
                    return false;
                r.baseline = *number;
                return true;
            } else if constexpr (std::is_same_v<T, triage::ChangeRule>) {
                if (key != QLatin1String("window_hours"))
                    return setOptional(find(r, changeFields(), key));
                if (!number)
                    return false;
                r.windowHours = *number;
                return true;
            } else if constexpr (std::is_same_v<T, triage::AnswerRule>) {
                (key == QLatin1String("red_if") ? r.redIf : r.yellowIf) = parseAnswers(text);
                return true;
            } else if (key == QLatin1String("due_by")) {
                bool ok = false;
                const auto minutes = parseClock(text, &ok);
                if (ok)
                    r.dueByMinute = minutes;
                return ok;
            } else
                return setOptional(&r.everyHours);
        },
        rule);
}

} // namespace varde::ui
