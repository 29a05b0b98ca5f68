#include "ui/patients/patient_sort_proxy.h"

#include "ui/patients/patient_list_model.h"

#include <QLocale>

namespace varde::ui
{

PatientSortProxy::PatientSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(PatientListModel::SortRole);
}

void PatientSortProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool PatientSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool PatientSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const auto *model = qobject_cast<const PatientListModel *>(sourceModel());
    if (!model)
        return true;
    Q_UNUSED(sourceParent);
    const auto &p = model->row(sourceRow).patient;
    // Digits search the national id (a nurse types a fødselsnummer from a phone call);
    // anything else searches the name.
    bool digitsOnly = true;
    for (const QChar c : m_search)
        digitsOnly = digitsOnly && (c.isDigit() || c.isSpace());
    if (digitsOnly) {
        QString digits = m_search;
        digits.remove(QLatin1Char(' '));
        return QString::fromStdString(p.nationalId).startsWith(digits);
    }
    const QString name = QString::fromStdString(p.givenName + " " + p.familyName);
    return name.contains(m_search, Qt::CaseInsensitive);
}

} // namespace varde::ui
