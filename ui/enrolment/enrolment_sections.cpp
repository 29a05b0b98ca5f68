// The enrolment form, section by section, in the order a referral is taken. Every input is
// registered under core's field name with a message label beneath it (FieldMarks).
#include "ui/enrolment/contact_list_editor.h"
#include "ui/enrolment/diagnosis_list_editor.h"
#include "ui/enrolment/enrolment_dialog.h"
#include "ui/enrolment/field_marks.h"
#include "ui/enrolment/schedule_editor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace varde::ui
{
namespace
{

QGroupBox *section(QWidget *parent, const QString &title, const QString &hint = {})
{
    auto *box = new QGroupBox(title, parent);
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; font-size: 11pt; } "
                                      "QGroupBox * { font-weight: normal; font-size: 10pt; }"));
    auto *layout = new QVBoxLayout(box);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, box);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
        layout->addWidget(label);
    }
    return box;
}

QVBoxLayout *boxLayout(QGroupBox *box) { return static_cast<QVBoxLayout *>(box->layout()); }

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 4); // the section's box has margins already
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

} // namespace

QWidget *EnrolmentDialog::withMessage(const QString &field, QWidget *input)
{
    auto *holder = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *message = FieldMarks::newMessageLabel(holder);
    layout->addWidget(message);
    m_marks->add(field, input, message);
    return holder;
}

QLineEdit *EnrolmentDialog::lineField(
    QFormLayout *form, const QString &field, const QString &label, const QString &placeholder)
{
    auto *parent = form->parentWidget();
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &EnrolmentDialog::refresh);
    form->addRow(label, withMessage(field, edit));
    return edit;
}

QWidget *EnrolmentDialog::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *columns = new QHBoxLayout(content);
    columns->setSpacing(16);
    // Two columns at 1920×1080: who the patient is on the left, the follow-up on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(buildPerson(content));
    left->addWidget(buildRelatives(content));
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildGp(content));
    right->addWidget(buildDiagnoses(content));
    right->addWidget(buildReferral(content));
    right->addWidget(buildFollowUp(content));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(content);
    return scroll;
}

QWidget *EnrolmentDialog::buildPerson(QWidget *parent)
{
    auto *box = section(parent, tr("The patient"));
    auto *host = new QWidget(box);
    auto *form = newForm();
    host->setLayout(form);
    boxLayout(box)->addWidget(host);

    m_nationalId = new QLineEdit(host);
    m_nationalId->setPlaceholderText(tr("11 digits"));
    m_nationalId->setMaxLength(13);
    m_nationalId->setMaximumWidth(220);
    connect(m_nationalId, &QLineEdit::textChanged, this, &EnrolmentDialog::lookUp);
    connect(m_nationalId, &QLineEdit::textChanged, this, &EnrolmentDialog::refresh);
    auto *idHolder = withMessage(QStringLiteral("national_id"), m_nationalId);
    m_derived = new QLabel(idHolder);
    m_derived->setStyleSheet(QStringLiteral("color: #1b3a5e; font-weight: bold;"));
    m_derived->hide();
    idHolder->layout()->addWidget(m_derived);
    form->addRow(tr("Fødselsnummer or D-number"), idHolder);

    // The patient the number belongs to, when there is one: found, not made twice.
    m_found = new QFrame(box);
    m_found->setObjectName(QStringLiteral("foundPatient"));
    m_found->setStyleSheet(QStringLiteral(
        "#foundPatient { background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; }"));
    auto *foundLayout = new QHBoxLayout(m_found);
    m_foundText = new QLabel(m_found);
    m_foundText->setWordWrap(true);
    foundLayout->addWidget(m_foundText, 1);
    m_openFound = new QPushButton(tr("Open the patient"), m_found);
    m_openFound->setObjectName(QStringLiteral("openFoundPatient"));
    m_openFound->setAutoDefault(false);
    connect(m_openFound, &QPushButton::clicked, this, [this] {
        if (m_existing)
            Q_EMIT openPatientRequested(QString::fromStdString(m_existing->meta.id));
    });
    foundLayout->addWidget(m_openFound);
    m_found->hide();
    // The whole width of the section, between the number and the rest of the form.
    boxLayout(box)->addWidget(m_found);
    auto *rest = new QWidget(box);
    auto *upper = form;
    form = newForm();
    rest->setLayout(form);
    boxLayout(box)->addWidget(rest);

    m_given = lineField(form, QStringLiteral("given_name"), tr("Given name"));
    m_family = lineField(form, QStringLiteral("family_name"), tr("Family name"));
    m_address = lineField(form, QStringLiteral("address"), tr("Address"), tr("Street and number"));
    m_postalCode
        = lineField(form, QStringLiteral("postal_code"), tr("Postal code"), tr("4 digits"));
    m_postalCode->setMaximumWidth(120);
    m_city = lineField(form, QStringLiteral("city"), tr("City"));
    m_municipality = lineField(form, QStringLiteral("municipality"), tr("Municipality"));
    m_mobile = lineField(form, QStringLiteral("phone_mobile"), tr("Mobile phone"), tr("8 digits"));
    m_home
        = lineField(form, QStringLiteral("phone_home"), tr("Home phone"), tr("8 digits, if any"));
    // The two forms' labels as one column.
    int labelWidth = 0;
    for (auto *f : { upper, form })
        for (int row = 0; row < f->rowCount(); ++row)
            if (auto *item = f->itemAt(row, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    for (auto *f : { upper, form })
        for (int row = 0; row < f->rowCount(); ++row)
            if (auto *item = f->itemAt(row, QFormLayout::LabelRole))
                if (auto *label = qobject_cast<QLabel *>(item->widget())) {
                    label->setMinimumWidth(labelWidth);
                    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
    return box;
}

QWidget *EnrolmentDialog::buildRelatives(QWidget *parent)
{
    auto *box = section(parent, tr("Relatives and helpers"),
        tr("Next of kin are called when the patient cannot be reached. Mark those who help with "
           "the measurements."));
    m_contacts = new ContactListEditor(*m_marks, box);
    connect(m_contacts, &ContactListEditor::changed, this, &EnrolmentDialog::refresh);
    boxLayout(box)->addWidget(m_contacts);
    return box;
}

QWidget *EnrolmentDialog::buildGp(QWidget *parent)
{
    auto *box = section(parent, tr("General practitioner (fastlege)"));
    m_gp = new QComboBox(box);
    m_gp->setEditable(true);
    m_gp->setInsertPolicy(QComboBox::NoInsert);
    m_gp->lineEdit()->setPlaceholderText(tr("Search by name, practice or HER-id"));
    // Search anywhere in "name – practice (HER-id)", not only from the start.
    m_gp->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_gp->completer()->setFilterMode(Qt::MatchContains);
    m_gp->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_gp, &QComboBox::currentTextChanged, this, &EnrolmentDialog::refresh);
    auto *holder = withMessage(QStringLiteral("gp"), m_gp);
    m_gpDetail = new QLabel(holder);
    m_gpDetail->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
    holder->layout()->addWidget(m_gpDetail);
    boxLayout(box)->addWidget(holder);
    return box;
}

QWidget *EnrolmentDialog::buildDiagnoses(QWidget *parent)
{
    auto *box = section(parent, tr("Diagnoses"),
        tr("ICD-10 (such as J44.1) or ICPC-2 (such as R95). The first is the primary diagnosis."));
    m_diagnoses = new DiagnosisListEditor(*m_marks, box);
    connect(m_diagnoses, &DiagnosisListEditor::changed, this, &EnrolmentDialog::refresh);
    boxLayout(box)->addWidget(m_diagnoses);
    return box;
}

QWidget *EnrolmentDialog::buildReferral(QWidget *parent)
{
    auto *box = section(parent, tr("Referral"));
    auto *host = new QWidget(box);
    auto *form = newForm();
    host->setLayout(form);
    boxLayout(box)->addWidget(host);
    m_source = new QComboBox(host);
    m_source->addItem(tr("From the GP"), int(enrolment::ReferralSource::Gp));
    m_source->addItem(tr("From the hospital"), int(enrolment::ReferralSource::Hospital));
    m_source->addItem(tr("From the allocation office (tildelingskontoret)"),
        int(enrolment::ReferralSource::AllocationOffice));
    m_source->addItem(tr("Other"), int(enrolment::ReferralSource::Other));
    connect(m_source, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::refresh);
    form->addRow(tr("Referred"), withMessage(QStringLiteral("referral_source"), m_source));
    m_referrer = lineField(
        form, QStringLiteral("referrer"), tr("Referred by"), tr("Name of the referrer"));
    m_referralDate = new QDateEdit(host);
    m_referralDate->setCalendarPopup(true);
    m_referralDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_referralDate->setMaximumWidth(160);
    connect(m_referralDate, &QDateEdit::dateChanged, this, &EnrolmentDialog::refresh);
    form->addRow(tr("Referral date"), withMessage(QStringLiteral("referral_date"), m_referralDate));
    return box;
}

QWidget *EnrolmentDialog::buildFollowUp(QWidget *parent)
{
    auto *box = section(parent, tr("Follow-up"));
    auto *host = new QWidget(box);
    auto *form = newForm();
    host->setLayout(form);
    boxLayout(box)->addWidget(host);
    m_nurse = new QComboBox(host);
    connect(m_nurse, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::refresh);
    form->addRow(
        tr("Responsible nurse"), withMessage(QStringLiteral("responsible_nurse"), m_nurse));
    m_trialWeeks = new QSpinBox(host);
    m_trialWeeks->setRange(plan::minTrialWeeks, plan::maxTrialWeeks);
    m_trialWeeks->setValue(enrolment::defaultTrialWeeks);
    m_trialWeeks->setSuffix(tr(" weeks"));
    m_trialWeeks->setMaximumWidth(120);
    connect(m_trialWeeks, &QSpinBox::valueChanged, this, &EnrolmentDialog::refresh);
    form->addRow(tr("Trial period"), withMessage(QStringLiteral("trial_weeks"), m_trialWeeks));

    auto *what = new QLabel(tr("<b>Measurements to start with</b>"), box);
    boxLayout(box)->addWidget(what);
    m_schedule = new ScheduleEditor(*m_marks, box);
    connect(m_schedule, &ScheduleEditor::changed, this, &EnrolmentDialog::refresh);
    boxLayout(box)->addWidget(m_schedule);
    return box;
}

} // namespace varde::ui
