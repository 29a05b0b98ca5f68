#pragma once
// Sorts by the model's SortRole, names with Norwegian collation (æ, ø, å after z), and filters
// by name or national id as the nurse types.
#include <QCollator>
#include <QSortFilterProxyModel>

namespace varde::ui
{

class PatientSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatientSortProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_search;
};

} // namespace varde::ui
