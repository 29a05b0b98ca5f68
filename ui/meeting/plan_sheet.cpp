#include "ui/meeting/plan_sheet.h"

#include "core/plan/plan_repository.h"
#include "core/plan/plan_text.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"

#include <QRegularExpression>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

// A limit line breaks between words, never between a value and its unit or before the arrow:
// "Oksygenmetning under" / "92 % → gul", not "… 92" / "% → gul".
QString unbreakable(const std::string &line)
{
    static const QRegularExpression valueAndUnit(QStringLiteral("(\\d) (?=\\S)"));
    QString out = text(line);
    out.replace(valueAndUnit, QStringLiteral("\\1\u00A0"));
    out.replace(QStringLiteral(" →"), QStringLiteral("\u00A0→"));
    return out;
}

// The limit's field ("red_below", "yellow_if", "due_by") is the last part of the line's key.
std::string field(const std::string &key)
{
    const auto slash = key.rfind('/');
    return slash == std::string::npos ? key : key.substr(slash + 1);
}

} // namespace

Result<> PlanSheetReader::loadDirectory()
{
    if (m_loaded)
        return {};
    store::PatientRepository repository(m_store);
    auto patients = repository.all();
    if (!patients)
        return fail(patients.error());
    auto gps = repository.gps();
    if (!gps)
        return fail(gps.error());
    auto services = repository.services();
    if (!services)
        return fail(services.error());
    auto schedules = repository.schedules();
    if (!schedules)
        return fail(schedules.error());
    for (const auto &e : *schedules)
        m_enrolmentSchedules[e.patientId].push_back({ e.item, e.daysOfWeek, e.dueByMinute });
    for (auto &p : *patients)
        m_patients.emplace(p.meta.id, std::move(p));
    for (auto &g : *gps)
        m_gps.emplace(g.meta.id, std::move(g));
    for (auto &s : *services)
        m_services.emplace(s.meta.id, std::move(s));
    m_loaded = true;
    return {};
}

QString PlanSheetReader::nameOf(const std::string &patientId)
{
    if (!loadDirectory())
        return {};
    const auto found = m_patients.find(patientId);
    return found == m_patients.end() ? QString() : text(found->second.fullName());
}

Result<PlanSheet> PlanSheetReader::read(const std::string &patientId, std::int64_t nowMillis)
{
    if (auto ok = loadDirectory(); !ok)
        return fail(ok.error());
    const auto found = m_patients.find(patientId);
    if (found == m_patients.end())
        return fail(ErrorCode::InvalidArgument, "plan sheet: no such patient");
    const auto &patient = found->second;

    PlanSheet sheet;
    sheet.patientId = patientId;
    sheet.name = text(patient.fullName());
    sheet.age = time::ageOn(patient.birthDate, time::osloDate(time::fromEpochMillis(nowMillis)));
    if (auto s = m_services.find(patient.serviceId); s != m_services.end())
        sheet.serviceName = text(s->second.name);
    if (auto g = m_gps.find(patient.gpId); g != m_gps.end()) {
        sheet.gpName = text(g->second.name);
        sheet.gpPhone = text(g->second.phone);
    }

    auto inForce = plan::loadPlanInForce(m_store, patientId);
    if (!inForce)
        return fail(inForce.error());
    const auto standard = plan::standardContent();
    if (*inForce) {
        const auto &version = **inForce;
        sheet.versionId = version.id;
        sheet.personalPlan = !version.isServiceDefault();
        sheet.content = version.content;
        if (version.approval) {
            sheet.approvedBy = text(version.approval->byName);
            sheet.approvedAtMillis = version.approval->atMillis;
        }
        for (const auto &rule : version.rules)
            for (const auto &[key, line] : plan::ruleLinesNb(rule)) {
                const auto f = field(key);
                if (f.rfind("red_", 0) == 0)
                    sheet.limits[std::size_t(plan::Zone::Red)] << unbreakable(line);
                else if (f.rfind("yellow_", 0) == 0)
                    sheet.limits[std::size_t(plan::Zone::Yellow)] << unbreakable(line);
                else
                    sheet.missing << unbreakable(line);
            }
    } else {
        sheet.content = standard;
    }
    sheet.schedule = sheet.content.schedule;
    if (sheet.schedule.empty())
        if (auto s = m_enrolmentSchedules.find(patientId); s != m_enrolmentSchedules.end())
            sheet.schedule = s->second;
    // A plan without typed zone actions still tells the patient what to do: the service's
    // standard words, the same a new draft starts from.
    for (auto zone : plan::allZones) {
        auto &actions = sheet.content.actions(zone);
        if (actions.patient.empty())
            actions.patient = standard.actions(zone).patient;
        if (actions.service.empty())
            actions.service = standard.actions(zone).service;
    }
    return sheet;
}

} // namespace varde::ui
