#include "ui/common/formatting.h"

#include "core/time/civil_time.h"
#include "ui/common/tr.h"

#include <QLocale>

#include <chrono>

namespace varde::ui
{

QString kindShortName(domain::KindId kind)
{
    switch (kind) {
    case domain::KindId::OxygenSaturation:
        return Tr::tr("SpO2");
    case domain::KindId::Pulse:
        return Tr::tr("Pulse");
    case domain::KindId::Systolic:
        return Tr::tr("Systolic");
    case domain::KindId::Diastolic:
        return Tr::tr("Diastolic");
    case domain::KindId::Weight:
        return Tr::tr("Weight");
    case domain::KindId::Temperature:
        return Tr::tr("Temp.");
    case domain::KindId::Glucose:
        return Tr::tr("Glucose");
    case domain::KindId::RespiratoryRate:
        return Tr::tr("Resp. rate");
    }
    return {};
}

QString displayUnit(domain::KindId kind)
{
    return QString::fromUtf8(domain::kindInfo(kind).displayUnit.data(),
        qsizetype(domain::kindInfo(kind).displayUnit.size()));
}

QString formatValue(domain::KindId kind, double canonicalValue)
{
    const int decimals = domain::kindInfo(kind).decimals;
    return QLocale().toString(canonicalValue, 'f', decimals) + QChar(0x00A0) + displayUnit(kind);
}

QString formatWhen(std::int64_t atMillis, std::int64_t nowMillis)
{
    using namespace std::chrono;
    const auto at = time::fromEpochMillis(atMillis);
    const auto today = sys_days { time::osloDate(time::fromEpochMillis(nowMillis)) };
    const auto day = sys_days { time::osloDate(at) };
    const auto clock = QString::fromStdString(time::formatOsloTime(at));
    if (day == today)
        return Tr::tr("today %1").arg(clock);
    if (day == today - days { 1 })
        return Tr::tr("yesterday %1").arg(clock);
    return QString::fromStdString(time::formatOsloDateTime(at));
}

QString formatDate(std::int64_t atMillis)
{
    return QString::fromStdString(time::formatOsloDate(time::fromEpochMillis(atMillis)));
}

} // namespace varde::ui
