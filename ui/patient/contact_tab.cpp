#include "ui/patient/contact_tab.h"

#include "core/enrolment/caseload.h"
#include "core/enrolment/follow_up.h"
#include "core/time/civil_time.h"
#include "ui/common/error_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    return table;
}

QString yesNo(bool on) { return on ? ContactTab::tr("Yes") : QString(); }

} // namespace

QString contactFieldText(const std::string &field)
{
    if (field == "address")
        return ContactTab::tr("Address");
    if (field == "postal_code")
        return ContactTab::tr("Postal code");
    if (field == "city")
        return ContactTab::tr("City");
    if (field == "municipality")
        return ContactTab::tr("Municipality");
    if (field == "phone_mobile")
        return ContactTab::tr("Mobile phone");
    if (field == "phone_home")
        return ContactTab::tr("Home phone");
    if (field == "contacts")
        return ContactTab::tr("Relatives and helpers");
    if (field == "responsible_nurse")
        return ContactTab::tr("Responsible nurse");
    return q(field);
}

ContactTab::ContactTab(store::EncryptedStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    m_address = new QLabel(this);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_address);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Relatives and helpers"), top));
    m_relatives = newTable(
        { tr("Name"), tr("Role"), tr("Phone"), tr("Next of kin"), tr("Helps with measuring") },
        top);
    m_relatives->setAccessibleName(tr("Relatives and helpers"));
    topLayout->addWidget(m_relatives);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Changes (newest first)"), bottom));
    m_history = newTable(
        { tr("Time"), tr("Changed by"), tr("Field"), tr("Before"), tr("After") }, bottom);
    m_history->setAccessibleName(tr("History of contact details"));
    bottomLayout->addWidget(m_history);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
}

void ContactTab::setPatient(const domain::Patient &p)
{
    QStringList lines;
    lines << tr("Address: %1, %2 %3").arg(q(p.address), q(p.postalCode), q(p.city))
          << tr("Municipality: %1").arg(q(p.municipality))
          << tr("Mobile phone: %1 · Home phone: %2")
                 .arg(p.phoneMobile.empty() ? tr("none") : q(p.phoneMobile),
                     p.phoneHome.empty() ? tr("none") : q(p.phoneHome));
    m_address->setText(lines.join(QLatin1Char('\n')));
    m_relatives->setRowCount(int(p.contacts.size()));
    for (int row = 0; row < int(p.contacts.size()); ++row) {
        const auto &c = p.contacts[std::size_t(row)];
        const QStringList cells { q(c.name), q(c.relation), q(c.phone), yesNo(c.nextOfKin),
            yesNo(c.helpsMeasure) };
        for (int column = 0; column < int(cells.size()); ++column)
            m_relatives->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_relatives->resizeColumnsToContents();
    fillHistory(p.meta.id);
}

void ContactTab::fillHistory(const std::string &patientId)
{
    m_error->hide();
    auto changes = enrolment::contactHistory(m_store, patientId);
    if (!changes) {
        m_error->setText(QStringLiteral("⚠ ") + errorText(changes.error()));
        m_error->show();
        m_history->setRowCount(0);
        return;
    }
    // A change of nurse is stored by user id: shown by name.
    std::map<std::string, std::string> names;
    if (auto nurses = enrolment::nursesOf(m_store))
        for (const auto &n : *nurses)
            names[n.meta.id] = n.displayName;
    const auto value = [&](const enrolment::ContactChange &c, const std::string &v) {
        if (v.empty())
            return tr("(empty)");
        if (c.field == "responsible_nurse")
            if (auto found = names.find(v); found != names.end())
                return q(found->second);
        return q(v);
    };
    m_history->setRowCount(int(changes->size()));
    for (int row = 0; row < int(changes->size()); ++row) {
        const auto &c = (*changes)[std::size_t(row)];
        const QStringList cells { q(time::formatOsloDateTime(
                                      time::fromEpochMillis(c.changedAtMillis))),
            q(c.changedByName), contactFieldText(c.field), value(c, c.oldValue),
            value(c, c.newValue) };
        for (int column = 0; column < int(cells.size()); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_history->resizeColumnsToContents();
}

QStringList ContactTab::historyLines() const
{
    QStringList lines;
    for (int row = 0; row < m_history->rowCount(); ++row)
        lines << QStringLiteral("%1 · %2 · %3: %4 → %5")
                     .arg(m_history->item(row, 0)->text(), m_history->item(row, 1)->text(),
                         m_history->item(row, 2)->text(), m_history->item(row, 3)->text(),
                         m_history->item(row, 4)->text());
    return lines;
}

} // namespace varde::ui
