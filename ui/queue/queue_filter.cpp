#include "ui/queue/queue_filter.h"

#include "ui/queue/queue_model.h"

#include <QLocale>

namespace varde::ui
{

QueueFilter::QueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(QueueModel::SortRole);
}

void QueueFilter::setOnlyNurse(const QString &nurseId)
{
    m_nurseId = nurseId;
    invalidateFilter();
}

void QueueFilter::setLevel(std::optional<int> level)
{
    m_level = level;
    invalidateFilter();
}

void QueueFilter::setMunicipality(const QString &name)
{
    m_municipality = name;
    invalidateFilter();
}

void QueueFilter::setDiagnosisPrefix(const QString &prefix)
{
    m_diagnosis = prefix;
    invalidateFilter();
}

void QueueFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool QueueFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool QueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const QueueModel *>(sourceModel());
    if (!model)
        return true;
    const auto &row = model->worklist().rows.at(std::size_t(sourceRow));
    const auto &p = row.overview.patient;
    if (!m_nurseId.isEmpty() && QString::fromStdString(p.responsibleNurseId) != m_nurseId)
        return false;
    if (m_level && int(row.result.status) != *m_level)
        return false;
    if (!m_municipality.isEmpty() && QString::fromStdString(p.municipality) != m_municipality)
        return false;
    if (!m_diagnosis.isEmpty()) {
        bool any = false;
        for (const auto &d : p.diagnoses)
            any = any || QString::fromStdString(d.code).startsWith(m_diagnosis);
        if (!any)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    QString digits = m_search;
    digits.remove(QLatin1Char(' '));
    bool allDigits = !digits.isEmpty();
    for (const QChar c : digits)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return QString::fromStdString(p.nationalId).startsWith(digits);
    return QString::fromStdString(p.givenName + " " + p.familyName)
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace varde::ui
