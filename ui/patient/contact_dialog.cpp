#include "ui/patient/contact_dialog.h"

#include "ui/common/error_text.h"
#include "ui/enrolment/contact_list_editor.h"
#include "ui/enrolment/field_marks.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <optional>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QLineEdit *edit) { return edit->text().trimmed().toStdString(); }

// Core refuses with "field: message" (the field as in the enrolment form, the message in
// bokmål); anything else is not a field problem.
std::optional<enrolment::FieldError> fieldErrorOf(const Error &error)
{
    if (error.code != ErrorCode::InvalidArgument)
        return std::nullopt;
    const auto colon = error.detail.find(": ");
    if (colon == std::string::npos)
        return std::nullopt;
    return enrolment::FieldError { error.detail.substr(0, colon), enrolment::FieldProblem::Invalid,
        error.detail.substr(colon + 2) };
}

} // namespace

enrolment::ContactDetails contactDetailsOf(const domain::Patient &p)
{
    enrolment::ContactDetails d { p.address, p.postalCode, p.city, p.municipality, p.phoneMobile,
        p.phoneHome, {} };
    for (const auto &c : p.contacts)
        d.contacts.push_back({ c.name, c.relation, c.phone, c.nextOfKin, c.helpsMeasure });
    return d;
}

ContactDialog::ContactDialog(
    store::EncryptedStore &store, const domain::Patient &patient, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(patient.meta.id)
    , m_clock(std::move(clock))
    , m_marks(new FieldMarks(this))
{
    setWindowTitle(tr("Contact details – %1").arg(q(patient.fullName())));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_address = addField(form, tr("&Address:"), QStringLiteral("address"));
    m_postalCode = addField(form, tr("&Postal code:"), QStringLiteral("postal_code"));
    m_city = addField(form, tr("&City:"), QStringLiteral("city"));
    m_municipality = addField(form, tr("M&unicipality:"), QStringLiteral("municipality"));
    m_mobile = addField(form, tr("&Mobile phone:"), QStringLiteral("phone_mobile"));
    m_home = addField(form, tr("&Home phone:"), QStringLiteral("phone_home"));
    layout->addLayout(form);

    auto *relatives = new QGroupBox(tr("Relatives and helpers"), this);
    auto *relativesLayout = new QVBoxLayout(relatives);
    m_contacts = new ContactListEditor(*m_marks, relatives);
    relativesLayout->addWidget(m_contacts);
    layout->addWidget(relatives, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    layout->addWidget(buttons);
    setDetails(contactDetailsOf(patient));
    resize(900, 560);
}

QLineEdit *ContactDialog::addField(QFormLayout *form, const QString &label, const QString &field)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(box);
    auto *message = FieldMarks::newMessageLabel(box);
    column->addWidget(edit);
    column->addWidget(message);
    m_marks->add(field, edit, message);
    form->addRow(label, box);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(box)))
        buddy->setBuddy(edit);
    return edit;
}

enrolment::ContactDetails ContactDialog::details() const
{
    return { s(m_address), s(m_postalCode), s(m_city), s(m_municipality), s(m_mobile), s(m_home),
        m_contacts->contacts() };
}

void ContactDialog::setDetails(const enrolment::ContactDetails &d)
{
    m_address->setText(q(d.address));
    m_postalCode->setText(q(d.postalCode));
    m_city->setText(q(d.city));
    m_municipality->setText(q(d.municipality));
    m_mobile->setText(q(d.phoneMobile));
    m_home->setText(q(d.phoneHome));
    m_contacts->setContacts(d.contacts);
}

bool ContactDialog::save()
{
    m_error->hide();
    m_marks->show({}, [](const QString &) { return true; });
    auto ok = enrolment::updateContactDetails(m_store, m_patientId, details(), m_clock());
    if (ok)
        return true;
    if (const auto problem = fieldErrorOf(ok.error())) {
        m_marks->show({ *problem }, [](const QString &) { return true; });
        if (auto *input = m_marks->input(QString::fromStdString(problem->field)))
            input->setFocus();
        m_error->setText(QStringLiteral("⚠ ")
            + tr("Nothing was saved: %1").arg(QString::fromStdString(problem->message)));
    } else {
        m_error->setText(QStringLiteral("⚠ ") + errorText(ok.error()));
    }
    m_error->show();
    return false;
}

QString ContactDialog::message(const QString &field) const
{
    if (field.isEmpty())
        return m_error->isHidden() ? QString() : m_error->text();
    return m_marks->message(field);
}

void ContactDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace varde::ui
