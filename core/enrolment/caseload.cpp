#include "core/enrolment/caseload.h"

#include "core/store/statement.h"

#include <algorithm>
#include <map>

namespace varde::enrolment
{

std::vector<CaseloadRow> caseload(
    const worklist::Worklist &list, const std::vector<domain::LocalUser> &nurses, int target)
{
    std::map<std::string, CaseloadRow> rows;
    for (const auto &n : nurses)
        rows[n.meta.id] = CaseloadRow { n.meta.id, n.displayName };
    for (const auto &row : list.rows) {
        const auto &nurseId = row.overview.patient.responsibleNurseId;
        auto &c = rows[nurseId];
        c.nurseId = nurseId;
        if (c.nurseName.empty())
            c.nurseName = row.nurseName;
        ++c.patients;
        if (row.trial && row.trial->running) {
            ++c.inTrial;
        }
        if (row.trial && row.trial->planReminder)
            ++c.planReminders;
        switch (row.result.status) {
        case triage::Level::Red:
            ++c.openRed;
            break;
        case triage::Level::Yellow:
            ++c.openYellow;
            break;
        case triage::Level::Suspect:
        case triage::Level::Missing:
            ++c.openOther;
            break;
        case triage::Level::Green:
            break;
        }
    }
    std::vector<CaseloadRow> out;
    for (auto &[id, row] : rows) {
        row.overTarget = row.patients > target;
        out.push_back(row);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if (a.nurseId.empty() != b.nurseId.empty())
            return b.nurseId.empty(); // "no responsible nurse" last
        return a.nurseName < b.nurseName;
    });
    return out;
}

Result<std::vector<domain::LocalUser>> nursesOf(store::EncryptedStore &store)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, login, display_name, phone FROM local_user WHERE role = 'nurse' AND "
        "deleted = 0 ORDER BY display_name");
    if (!select)
        return fail(select.error());
    return store::collectRows<domain::LocalUser>(*select, [](const store::Statement &row) {
        domain::LocalUser u;
        u.meta.id = row.text(0);
        u.login = row.text(1);
        u.displayName = row.text(2);
        u.phone = row.text(3);
        u.role = domain::Role::Nurse;
        return u;
    });
}

} // namespace varde::enrolment
