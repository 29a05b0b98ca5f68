#include "ui/patients/patient_list_model.h"

#include "core/time/civil_time.h"
#include "ui/common/formatting.h"

#include <QLocale>
#include <QStringList>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

QString followUpText(domain::FollowUpStatus status)
{
    switch (status) {
    case domain::FollowUpStatus::Trial:
        return PatientListModel::tr("Trial period");
    case domain::FollowUpStatus::Active:
        return PatientListModel::tr("Active");
    case domain::FollowUpStatus::Paused:
        return PatientListModel::tr("Paused");
    case domain::FollowUpStatus::Ended:
        return PatientListModel::tr("Ended");
    }
    return {};
}

} // namespace

PatientListModel::PatientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PatientListModel::setRows(std::vector<store::PatientOverviewRow> rows, std::int64_t nowMillis)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nowMillis = nowMillis;
    endResetModel();
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientListModel::latestValuesText(const store::PatientOverviewRow &row) const
{
    QStringList parts;
    const auto *systolic = row.latestOf(domain::KindId::Systolic);
    const auto *diastolic = row.latestOf(domain::KindId::Diastolic);
    for (const auto &value : row.latest) {
        if (value.kind == domain::KindId::Diastolic)
            continue;
        if (value.kind == domain::KindId::Systolic && diastolic) {
            parts << tr("BP %1/%2 mmHg")
                         .arg(QLocale().toString(systolic->canonicalValue, 'f', 0),
                             QLocale().toString(diastolic->canonicalValue, 'f', 0));
            continue;
        }
        parts << kindShortName(value.kind) + QLatin1Char(' ')
                + formatValue(value.kind, value.canonicalValue);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto &row = m_rows[std::size_t(index.row())];
    const auto &p = row.patient;
    if (role == PatientIdRole)
        return text(p.meta.id);
    const auto today = time::osloDate(time::fromEpochMillis(m_nowMillis));
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return text(p.familyName) + QStringLiteral(", ") + text(p.givenName);
        case BornColumn:
            if (role == SortRole)
                return QString::fromStdString(time::formatIsoDate(p.birthDate));
            return tr("%1 (%2 y)")
                .arg(QString::fromStdString(time::formatDate(p.birthDate)))
                .arg(time::ageOn(p.birthDate, today));
        case MunicipalityColumn:
            return text(p.municipality);
        case DiagnosesColumn: {
            QStringList codes;
            for (const auto &d : p.diagnoses)
                codes << text(d.code);
            return codes.join(QStringLiteral(", "));
        }
        case GpColumn:
            return text(row.gpName);
        case FollowUpColumn:
            return role == SortRole ? QVariant(int(p.status)) : QVariant(followUpText(p.status));
        case LastMeasuredColumn:
            if (role == SortRole)
                return qlonglong(row.lastMeasuredAtMillis.value_or(0));
            return row.lastMeasuredAtMillis ? formatWhen(*row.lastMeasuredAtMillis, m_nowMillis)
                                            : tr("No measurements");
        case LatestValuesColumn:
            return latestValuesText(row);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DiagnosesColumn) {
        QStringList lines;
        for (const auto &d : p.diagnoses)
            lines << text(d.code) + QStringLiteral(" ") + text(d.text);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == GpColumn)
        return text(row.gpPractice);
    if (role == Qt::ToolTipRole && index.column() == LatestValuesColumn)
        return latestValuesText(row).replace(QStringLiteral(" · "), QStringLiteral("\n"));
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case BornColumn:
        return tr("Born");
    case MunicipalityColumn:
        return tr("Municipality");
    case DiagnosesColumn:
        return tr("Diagnoses");
    case GpColumn:
        return tr("GP");
    case FollowUpColumn:
        return tr("Follow-up");
    case LastMeasuredColumn:
        return tr("Last measured");
    case LatestValuesColumn:
        return tr("Latest values");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace varde::ui
