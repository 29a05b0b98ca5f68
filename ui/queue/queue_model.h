#pragma once
// The worklist table: one row per patient in core's worklist order. Status, reasons and order
// come from core (triage and worklist::comesBefore); this model only picks words, icons and
// colours.
#include "core/plo/message_store.h"
#include "core/worklist/worklist.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace varde::ui
{

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        MessagesColumn, // a new reply from the GP, a message without a receipt: beside the name
        AgeColumn,
        DiagnosesColumn,
        ReasonColumn,
        FindingTimeColumn,
        LastMeasuredColumn,
        NurseColumn,
        TrialColumn, // "Oppstart: N dager igjen" and the plan reminder
        PlanColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers or text to compare
    static constexpr int PatientIdRole = Qt::UserRole + 2;
    static constexpr int LevelRole = Qt::UserRole + 3; // int(triage::Level)
    static constexpr int OrderRole = Qt::UserRole + 4; // position in core's worklist order

    explicit QueueModel(QObject *parent = nullptr);

    void setWorklist(
        worklist::Worklist list, std::map<std::string, plo::MessageFlags> messageFlags = {});
    const worklist::Worklist &worklist() const { return m_list; }
    const worklist::WorklistRow *rowForPatient(const QString &patientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const worklist::WorklistRow &row, int column) const;
    QVariant sortKey(const worklist::WorklistRow &row, int index, int column) const;

    const plo::MessageFlags *flagsOf(const worklist::WorklistRow &row) const;

    worklist::Worklist m_list;
    std::map<std::string, plo::MessageFlags> m_messageFlags;
};

} // namespace varde::ui
