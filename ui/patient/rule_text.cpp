#include "ui/patient/rule_text.h"

#include "core/domain/questionnaire.h"
#include "core/time/civil_time.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"

#include <QLocale>

namespace varde::ui
{
namespace
{

QString name(const std::string &code)
{
    if (auto kind = domain::kindForCode(code))
        return kindShortName(*kind);
    return QString::fromStdString(code);
}

QString value(const std::string &code, double v)
{
    if (auto kind = domain::kindForCode(code))
        return QLocale().toString(v, 'g', 6) + QChar(0x00A0) + displayUnit(*kind);
    return QLocale().toString(v, 'g', 6);
}

QString question(const std::string &id)
{
    if (const auto *q = domain::findQuestion(id))
        return QString::fromUtf8(q->textNb.data(), qsizetype(q->textNb.size()));
    return QString::fromStdString(id);
}

QString quoted(const std::vector<std::string> &answers)
{
    QStringList out;
    for (const auto &a : answers)
        out << QStringLiteral("«%1»").arg(QString::fromStdString(a));
    return out.join(QStringLiteral(", "));
}

} // namespace

QStringList ruleLines(const triage::RuleSet &rules)
{
    QStringList lines;
    for (const auto &rule : rules.rules) {
        std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                QStringList parts;
                if constexpr (std::is_same_v<T, triage::BandRule>) {
                    if (r.yellowBelow)
                        parts << Tr::tr("yellow under %1").arg(value(r.code, *r.yellowBelow));
                    if (r.redBelow)
                        parts << Tr::tr("red under %1").arg(value(r.code, *r.redBelow));
                    if (r.yellowAbove)
                        parts << Tr::tr("yellow over %1").arg(value(r.code, *r.yellowAbove));
                    if (r.redAbove)
                        parts << Tr::tr("red over %1").arg(value(r.code, *r.redAbove));
                    lines << QStringLiteral("%1: %2").arg(
                        name(r.code), parts.join(QStringLiteral(", ")));
                } else if constexpr (std::is_same_v<T, triage::BaselineRule>) {
                    if (r.yellowDrop)
                        parts << Tr::tr("yellow more than %1 under")
                                     .arg(QLocale().toString(*r.yellowDrop));
                    if (r.redDrop)
                        parts
                            << Tr::tr("red more than %1 under").arg(QLocale().toString(*r.redDrop));
                    if (r.yellowRise)
                        parts << Tr::tr("yellow more than %1 over")
                                     .arg(QLocale().toString(*r.yellowRise));
                    if (r.redRise)
                        parts
                            << Tr::tr("red more than %1 over").arg(QLocale().toString(*r.redRise));
                    lines << Tr::tr("%1: usual value %2; %3")
                                 .arg(name(r.code), value(r.code, r.baseline),
                                     parts.join(QStringLiteral(", ")));
                } else if constexpr (std::is_same_v<T, triage::ChangeRule>) {
                    if (r.yellowRise)
                        parts << Tr::tr("yellow if it rises more than %1")
                                     .arg(value(r.code, *r.yellowRise));
                    if (r.redRise)
                        parts << Tr::tr("red if it rises more than %1")
                                     .arg(value(r.code, *r.redRise));
                    if (r.yellowFall)
                        parts << Tr::tr("yellow if it falls more than %1")
                                     .arg(value(r.code, *r.yellowFall));
                    if (r.redFall)
                        parts << Tr::tr("red if it falls more than %1")
                                     .arg(value(r.code, *r.redFall));
                    lines << Tr::tr("%1 within %2 hours: %3")
                                 .arg(name(r.code), QLocale().toString(r.windowHours),
                                     parts.join(QStringLiteral(", ")));
                } else if constexpr (std::is_same_v<T, triage::AnswerRule>) {
                    if (!r.yellowIf.empty())
                        parts << Tr::tr("yellow for %1").arg(quoted(r.yellowIf));
                    if (!r.redIf.empty())
                        parts << Tr::tr("red for %1").arg(quoted(r.redIf));
                    lines << QStringLiteral("«%1»: %2")
                                 .arg(question(r.question), parts.join(QStringLiteral(", ")));
                } else {
                    const QString what = r.code.empty() ? question(r.question) : name(r.code);
                    lines << (r.dueByMinute
                            ? Tr::tr("%1: expected every day by %2")
                                  .arg(what,
                                      QString::fromStdString(time::formatClock(*r.dueByMinute)))
                            : Tr::tr("%1: expected at least every %2 hours")
                                  .arg(what, QLocale().toString(*r.everyHours)));
                }
            },
            rule);
    }
    return lines;
}

} // namespace varde::ui
