#pragma once
// Filters of the worklist: my patients or all, status, municipality, diagnosis, and search by
// name or fødselsnummer as the nurse types. Sorts by the model's SortRole, names with
// Norwegian collation.
#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace varde::ui
{

class QueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilter(QObject *parent = nullptr);

    void setOnlyNurse(const QString &nurseId); // empty: all patients
    void setLevel(std::optional<int> level); // int(triage::Level)
    void setMunicipality(const QString &name); // empty: all
    void setDiagnosisPrefix(const QString &prefix); // "J44", "I50", "E1", "C"; empty: all
    void setSearchText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_nurseId;
    std::optional<int> m_level;
    QString m_municipality;
    QString m_diagnosis;
    QString m_search;
};

} // namespace varde::ui
