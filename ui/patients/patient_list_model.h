#pragma once
// The patient list: one row per patient with GP and newest values. Adapts core's overview rows;
// decides nothing clinical (the traffic light comes from core's triage in its own issue).
#include "core/store/patient_overview.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace varde::ui
{

class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BornColumn,
        MunicipalityColumn,
        DiagnosesColumn,
        GpColumn,
        FollowUpColumn,
        LastMeasuredColumn,
        LatestValuesColumn,
        ColumnCount
    };
    // Numbers or collation keys for sorting; names sort with QCollator in the proxy.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PatientIdRole = Qt::UserRole + 2;

    explicit PatientListModel(QObject *parent = nullptr);

    // One reset per snapshot. nowMillis decides "today"/"yesterday" and ages.
    void setRows(std::vector<store::PatientOverviewRow> rows, std::int64_t nowMillis);
    const store::PatientOverviewRow &row(int index) const { return m_rows.at(std::size_t(index)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString latestValuesText(const store::PatientOverviewRow &row) const;

    std::vector<store::PatientOverviewRow> m_rows;
    std::int64_t m_nowMillis = 0;
};

} // namespace varde::ui
