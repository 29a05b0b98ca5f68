#include "ui/enrolment/enrolment_dialog.h"

#include "core/domain/national_id.h"
#include "core/enrolment/caseload.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/enrolment/contact_list_editor.h"
#include "ui/enrolment/diagnosis_list_editor.h"
#include "ui/enrolment/enrolment_result.h"
#include "ui/enrolment/field_marks.h"
#include "ui/enrolment/schedule_defaults.h"
#include "ui/enrolment/schedule_editor.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QLineEdit *edit) { return edit->text().trimmed().toStdString(); }

QString dateText(std::chrono::year_month_day d)
{
    return QDate(int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())))
        .toString(QStringLiteral("dd.MM.yyyy"));
}

int yearsBetween(std::chrono::year_month_day birth, std::chrono::year_month_day today)
{
    int years = int(today.year()) - int(birth.year());
    if (std::chrono::month_day(today.month(), today.day())
        < std::chrono::month_day(birth.month(), birth.day()))
        --years;
    return years;
}

QString sexText(domain::Sex sex)
{
    switch (sex) {
    case domain::Sex::Female:
        return EnrolmentDialog::tr("woman");
    case domain::Sex::Male:
        return EnrolmentDialog::tr("man");
    case domain::Sex::Unknown:
        break;
    }
    return EnrolmentDialog::tr("sex not given by the number");
}

QString statusText(domain::FollowUpStatus status)
{
    switch (status) {
    case domain::FollowUpStatus::Trial:
        return EnrolmentDialog::tr("in the trial period");
    case domain::FollowUpStatus::Active:
        return EnrolmentDialog::tr("active");
    case domain::FollowUpStatus::Paused:
        return EnrolmentDialog::tr("paused");
    case domain::FollowUpStatus::Ended:
        return EnrolmentDialog::tr("ended");
    }
    return {};
}

QString gpText(const domain::GeneralPractitioner &gp)
{
    return EnrolmentDialog::tr("%1 – %2 (HER-id %3)")
        .arg(q(gp.name), q(gp.practiceName), q(gp.herId));
}

} // namespace

EnrolmentDialog::EnrolmentDialog(
    store::EncryptedStore &store, std::function<std::int64_t()> clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    setWindowTitle(tr("Enrol a patient"));
    resize(1600, 980);
    m_marks = new FieldMarks(this);
    connect(m_marks, &FieldMarks::touched, this, [this](const QString &field) {
        m_touched.insert(field);
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    layout->addWidget(m_title);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *formPage = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = static_cast<QScrollArea *>(buildForm());
    formLayout->addWidget(m_scroll, 1);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(formPage);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    bottom->addWidget(m_status, 1);
    auto *cancel = new QPushButton(tr("Cancel"), formPage);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(cancel);
    // No default button: Enter in a field must not enrol the patient.
    m_enrol = new QPushButton(tr("&Enrol"), formPage);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setAutoDefault(false);
    m_enrol->setMinimumWidth(160);
    connect(m_enrol, &QPushButton::clicked, this, &EnrolmentDialog::enrolNow);
    bottom->addWidget(m_enrol);
    formLayout->addLayout(bottom);
    m_pages->addWidget(formPage);

    m_result = new EnrolmentResultPage(m_pages);
    m_pages->addWidget(m_result);
    connect(m_result, &EnrolmentResultPage::openPatientClicked, this, [this] {
        Q_EMIT openPatientRequested(q(m_done->patientId));
        accept();
    });
    connect(m_result, &EnrolmentResultPage::closeClicked, this, &QDialog::accept);
    // The slip carries the patient's name: printing or saving it is an access, audited.
    connect(m_result, &EnrolmentResultPage::slipHandedOut, this, [this](const QString &how) {
        if (m_done)
            if (auto ok
                = enrolment::recordLinkCodeSlip(m_store, m_done->patientId, how.toStdString());
                !ok)
                QMessageBox::warning(this, windowTitle(), errorText(ok.error()));
    });
    // From the found banner: the patient opens instead.
    connect(m_openFound, &QPushButton::clicked, this, &QDialog::accept);

    connect(m_diagnoses, &DiagnosisListEditor::changed, this,
        [this] { m_schedule->setSuggestion(suggestedSchedule(m_diagnoses->diagnoses())); });
    loadChoices();
    refresh();
}

std::chrono::year_month_day EnrolmentDialog::today() const
{
    return time::osloDate(time::fromEpochMillis(m_clock()));
}

void EnrolmentDialog::setDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void EnrolmentDialog::loadChoices()
{
    store::PatientRepository repository(m_store);
    QStringList trouble;
    if (auto services = repository.services(); !services)
        trouble << errorText(services.error());
    else if (!services->empty()) {
        // One follow-up service per workstation store.
        m_serviceId = services->front().meta.id;
        m_serviceName = q(services->front().name);
    }
    m_title->setText(m_serviceName.isEmpty() ? tr("Enrol a patient")
                                             : tr("Enrol a patient in %1").arg(m_serviceName));
    if (m_serviceId.empty() && trouble.isEmpty())
        trouble << tr(
            "No follow-up service is set up in this store, so no patient can be enrolled.");

    m_gp->addItem(QString(), QString());
    if (auto gps = repository.gps(); !gps)
        trouble << errorText(gps.error());
    else {
        m_gps = std::move(*gps);
        std::sort(m_gps.begin(), m_gps.end(),
            [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const auto &gp : m_gps)
            m_gp->addItem(gpText(gp), q(gp.meta.id));
    }
    m_gp->setCurrentIndex(0);

    m_nurse->addItem(tr("Choose the responsible nurse"), QString());
    if (auto nurses = enrolment::nursesOf(m_store); !nurses)
        trouble << errorText(nurses.error());
    else {
        m_nurses = std::move(*nurses);
        for (const auto &nurse : m_nurses)
            m_nurse->addItem(q(nurse.displayName), q(nurse.meta.id));
    }
    // The nurse who enrols is usually the one who follows the patient.
    const auto &me = m_store.user();
    m_nurse->setCurrentIndex(
        me.role == domain::Role::Nurse ? std::max(0, m_nurse->findData(q(me.meta.id))) : 0);

    const auto date = today();
    m_referralDate->setMaximumDate(
        QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day()))));
    m_referralDate->setDate(m_referralDate->maximumDate());
    if (!trouble.isEmpty())
        showStatus(trouble.join(QLatin1Char(' ')));
}

enrolment::EnrolmentForm EnrolmentDialog::form() const
{
    enrolment::EnrolmentForm f;
    f.nationalId = s(m_nationalId);
    f.givenName = s(m_given);
    f.familyName = s(m_family);
    f.address = s(m_address);
    f.postalCode = s(m_postalCode);
    f.city = s(m_city);
    f.municipality = s(m_municipality);
    f.phoneMobile = s(m_mobile);
    f.phoneHome = s(m_home);
    for (auto c : m_contacts->contacts()) {
        c.name = q(c.name).trimmed().toStdString();
        c.relation = q(c.relation).trimmed().toStdString();
        c.phone = q(c.phone).trimmed().toStdString();
        f.contacts.push_back(std::move(c));
    }
    // Only a GP picked from the list counts, not a half-typed search.
    if (const int i = m_gp->findText(m_gp->currentText(), Qt::MatchExactly); i > 0)
        f.gpId = m_gp->itemData(i).toString().toStdString();
    for (auto d : m_diagnoses->diagnoses()) {
        d.text = q(d.text).trimmed().toStdString();
        f.diagnoses.push_back(std::move(d));
    }
    f.referralSource = enrolment::ReferralSource(m_source->currentData().toInt());
    f.referrerName = s(m_referrer);
    const QDate date = m_referralDate->date();
    f.referralDate = std::chrono::year_month_day(std::chrono::year(date.year()),
        std::chrono::month(unsigned(date.month())), std::chrono::day(unsigned(date.day())));
    f.responsibleNurseId = m_nurse->currentData().toString().toStdString();
    f.schedule = m_schedule->items();
    f.trialWeeks = m_trialWeeks->value();
    f.demo = m_demo;
    return f;
}

std::vector<enrolment::FieldError> EnrolmentDialog::problems() const
{
    return enrolment::validateForm(form(), today());
}

void EnrolmentDialog::refresh()
{
    if (!m_enrol || m_done)
        return; // still building the form, or already enrolled
    const auto errors = problems();
    const bool idComplete = m_nationalId->text().remove(QLatin1Char(' ')).size() >= 11;
    // A number that found a patient in follow-up is not wrong: it is theirs (the banner says so).
    const bool found = m_existing && m_existing->status != domain::FollowUpStatus::Ended;
    m_marks->show(errors, [this, idComplete, found](const QString &field) {
        if (field == QLatin1String("national_id"))
            return !found && (m_attempted || idComplete || m_touched.contains(field));
        return m_attempted || m_touched.contains(field);
    });
    const auto gpId = form().gpId;
    const auto gp = std::find_if(
        m_gps.begin(), m_gps.end(), [&](const auto &g) { return g.meta.id == gpId; });
    m_gpDetail->setText(gp == m_gps.end()
            ? QString()
            : tr("Practice: %1 (HER-id %2) · GP's HER-id: %3 · Phone: %4")
                  .arg(q(gp->practiceName), q(gp->practiceHerId), q(gp->herId), q(gp->phone)));
    m_gpDetail->setVisible(gp != m_gps.end());
    if (m_attempted)
        showStatus(errors.empty()
                ? QString()
                : tr("Correct the marked fields (%1). Nothing has been saved.").arg(errors.size()));
    updateEnrolButton();
}

void EnrolmentDialog::lookUp()
{
    auto options = domain::defaultNationalIdOptions(today());
    options.allowSynthetic = true; // shown, and marked; whether it may be enrolled is core's check
    const auto id = domain::parseNationalId(s(m_nationalId), options);
    if (id) {
        QString words = tr("Born %1 (%2 years), %3")
                            .arg(dateText(id->birthDate))
                            .arg(yearsBetween(id->birthDate, today()))
                            .arg(sexText(id->sex));
        if (id->kind == domain::NationalIdKind::DNummer)
            words = tr("D-number. %1").arg(words);
        if (id->synthetic)
            words += tr(" · synthetic number (demo data)");
        m_derived->setText(words);
    }
    m_derived->setVisible(bool(id));

    const QString digits = m_nationalId->text().remove(QLatin1Char(' '));
    if (digits == m_lookedUp)
        return;
    m_lookedUp = digits;
    m_existing.reset();
    if (digits.size() == 11) {
        if (auto found = enrolment::findByNationalId(m_store, digits.toStdString()); !found)
            showStatus(errorText(found.error()));
        else if (*found)
            m_existing = fullRecord(std::move(**found));
    }
    showFound();
}

domain::Patient EnrolmentDialog::fullRecord(domain::Patient found)
{
    // The lookup gives name and status; the banner and a re-enrolment need the whole record.
    // Read only when a number matched, which is rare.
    auto all = store::PatientRepository(m_store).all();
    if (!all)
        return found;
    const auto it = std::find_if(
        all->begin(), all->end(), [&](const auto &p) { return p.meta.id == found.meta.id; });
    if (it == all->end())
        return found;
    it->status = found.status;
    return std::move(*it);
}

void EnrolmentDialog::showFound()
{
    m_found->setVisible(m_existing.has_value());
    if (m_existing) {
        const auto &p = *m_existing;
        const QString name = q(p.fullName()).toHtmlEscaped();
        if (p.status != domain::FollowUpStatus::Ended)
            m_foundText->setText(
                tr("<b>%1 is already in follow-up</b> (%2, born %3). Open the patient instead of "
                   "enrolling them again.")
                    .arg(name, statusText(p.status), dateText(p.birthDate)));
        else {
            m_foundText->setText(
                tr("<b>%1 has been in follow-up before</b> (ended). Enrolling them again keeps "
                   "their history: measurements, plans and earlier periods. The form is filled "
                   "in from their record; check every field.")
                    .arg(name));
            fillFrom(p);
        }
        // The scroll area lays its content out again only on a resize, so the banner's wrapped
        // text would keep the height of one line: lay it out now.
        QMetaObject::invokeMethod(
            this,
            [this] {
                auto *content = m_scroll->widget();
                content->resize(content->width(), content->height() + 1);
                content->resize(content->width(), content->height() - 1);
            },
            Qt::QueuedConnection);
    }
    updateEnrolButton();
}

void EnrolmentDialog::fillFrom(const domain::Patient &p)
{
    // Only empty fields: what the nurse has typed already wins.
    const auto fill = [](QLineEdit *edit, const std::string &value) {
        if (edit->text().trimmed().isEmpty())
            edit->setText(q(value));
    };
    fill(m_given, p.givenName);
    fill(m_family, p.familyName);
    fill(m_address, p.address);
    fill(m_postalCode, p.postalCode);
    fill(m_city, p.city);
    fill(m_municipality, p.municipality);
    fill(m_mobile, p.phoneMobile);
    fill(m_home, p.phoneHome);
    if (m_gp->currentIndex() <= 0)
        if (const int i = m_gp->findData(q(p.gpId)); i > 0)
            m_gp->setCurrentIndex(i);
    if (m_contacts->contacts().empty()) {
        std::vector<enrolment::ContactEntry> contacts;
        for (const auto &c : p.contacts)
            contacts.push_back({ c.name, c.relation, c.phone, c.nextOfKin, c.helpsMeasure });
        m_contacts->setContacts(std::move(contacts));
    }
    const auto &current = m_diagnoses->diagnoses();
    const bool untouched = current.empty() || (current.size() == 1 && current[0].code.empty());
    if (untouched && !p.diagnoses.empty()) {
        std::vector<enrolment::DiagnosisEntry> diagnoses;
        for (const auto &d : p.diagnoses) // the primary first
            diagnoses.insert(
                d.primary ? diagnoses.begin() : diagnoses.end(), { d.system, d.code, d.text });
        m_diagnoses->setDiagnoses(std::move(diagnoses));
    }
}

void EnrolmentDialog::updateEnrolButton()
{
    const bool reenrol = m_existing && m_existing->status == domain::FollowUpStatus::Ended;
    m_enrol->setText(reenrol ? tr("&Enrol again") : tr("&Enrol"));
    m_enrol->setEnabled(canEnrol());
}

bool EnrolmentDialog::canEnrol() const
{
    const bool inFollowUp = m_existing && m_existing->status != domain::FollowUpStatus::Ended;
    return !m_serviceId.empty() && !inFollowUp && !m_done;
}

void EnrolmentDialog::showStatus(const QString &text) { m_status->setText(text); }

bool EnrolmentDialog::enrolNow()
{
    if (m_done)
        return false;
    m_attempted = true;
    refresh();
    const auto errors = problems();
    if (!errors.empty()) {
        if (auto *first = m_marks->firstShown(errors)) {
            m_scroll->ensureWidgetVisible(first);
            first->setFocus();
        }
        return false;
    }
    if (!canEnrol()) {
        showStatus(m_existing
                ? tr(
                    "%1 is already in follow-up. Nothing has been saved; open the patient instead.")
                      .arg(q(m_existing->fullName()))
                : tr("No follow-up service is set up in this store. Nothing has been saved."));
        return false;
    }
    auto done = enrolment::enrol(m_store, m_serviceId, form(), m_clock());
    if (!done) {
        showStatus(tr("Not enrolled: %1 Nothing has been saved.").arg(errorText(done.error())));
        // Someone may have enrolled the same person meanwhile: look again and show them.
        m_lookedUp.clear();
        lookUp();
        return false;
    }
    finish(*done);
    return true;
}

void EnrolmentDialog::finish(const enrolment::Enrolled &done)
{
    m_done = done;
    LinkCodeSlip slip;
    slip.patientName = m_given->text().trimmed() + QLatin1Char(' ') + m_family->text().trimmed();
    slip.code = q(done.linkCode.code);
    slip.expiresOn = formatDate(done.linkCode.expiresAtMillis);
    slip.serviceName = m_serviceName;
    m_result->present(slip, done.reenrolled);
    m_pages->setCurrentWidget(m_result);
    m_title->setText(tr("Link code for %1").arg(slip.patientName));
    m_enrol->setEnabled(false);
    Q_EMIT enrolled(q(done.patientId));
}

QWidget *EnrolmentDialog::fieldWidget(const QString &field) const { return m_marks->input(field); }

QString EnrolmentDialog::fieldMessage(const QString &field) const
{
    return m_marks->message(field);
}

QString EnrolmentDialog::statusMessage() const { return m_status->text(); }

QString EnrolmentDialog::derivedText() const
{
    return m_derived->isVisibleTo(this) ? m_derived->text() : QString();
}

QString EnrolmentDialog::lookupText() const { return m_existing ? m_foundText->text() : QString(); }

EnrolmentDialog *openEnrolment(store::EncryptedStore &store,
    std::function<std::int64_t()> clock,
    QWidget *parent,
    std::function<void(const QString &)> onEnrolled,
    std::function<void(const QString &)> onOpenPatient)
{
    auto *dialog = new EnrolmentDialog(store, std::move(clock), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (onEnrolled)
        QObject::connect(dialog, &EnrolmentDialog::enrolled, dialog,
            [onEnrolled = std::move(onEnrolled)](const QString &id) { onEnrolled(id); });
    if (onOpenPatient)
        QObject::connect(dialog, &EnrolmentDialog::openPatientRequested, dialog,
            [onOpenPatient = std::move(onOpenPatient)](const QString &id) { onOpenPatient(id); });
    dialog->open();
    return dialog;
}

} // namespace varde::ui
