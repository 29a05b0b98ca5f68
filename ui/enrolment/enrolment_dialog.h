#pragma once
// Bringing a new patient into follow-up: a guided form in the order a nurse takes the referral
// (fødselsnummer first, then the person, relatives, GP, diagnoses, referral and what to measure),
// with core's message shown at each wrong field. The fødselsnummer is looked up as soon as it is
// complete: a patient already in follow-up is found and opened, never made twice; an ended one
// is offered re-enrolment with the history kept. Enrolment is core's one transaction; the link
// code for the patient's app is then shown large, with a slip to print.
#include "core/domain/patient.h"
#include "core/enrolment/follow_up.h"
#include "core/store/encrypted_store.h"

#include <QDialog>
#include <QSet>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace varde::ui
{

class ContactListEditor;
class DiagnosisListEditor;
class EnrolmentResultPage;
class FieldMarks;
class ScheduleEditor;

class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolmentDialog(store::EncryptedStore &store,
        std::function<std::int64_t()> clock,
        QWidget *parent = nullptr);

    // In a demo store the patients are demo data: synthetic numbers are accepted and marked.
    void setDemo(bool demo);

    enrolment::EnrolmentForm form() const;
    // Whatever core says is wrong with the form now (shown or not yet).
    std::vector<enrolment::FieldError> problems() const;

    // For tests: an input by core's field name and the message shown at it.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const;
    QString statusMessage() const; // under the form: why nothing was saved
    QString derivedText() const; // "Born 17.05.1948 …" from the fødselsnummer
    QString lookupText() const; // the patient found by the fødselsnummer, if any
    std::optional<domain::Patient> foundPatient() const { return m_existing; }
    bool canEnrol() const;
    const std::optional<enrolment::Enrolled> &result() const { return m_done; }
    EnrolmentResultPage *resultPage() const { return m_result; }

public Q_SLOTS:
    // Validates, and enrols only a complete form; on success shows the link code page.
    bool enrolNow();

Q_SIGNALS:
    void enrolled(const QString &patientId);
    void openPatientRequested(const QString &patientId);

private:
    // enrolment_sections.cpp: the form, section by section.
    QWidget *buildForm();
    QWidget *buildPerson(QWidget *parent);
    QWidget *buildRelatives(QWidget *parent);
    QWidget *buildGp(QWidget *parent);
    QWidget *buildDiagnoses(QWidget *parent);
    QWidget *buildReferral(QWidget *parent);
    QWidget *buildFollowUp(QWidget *parent);
    QLineEdit *lineField(QFormLayout *form,
        const QString &field,
        const QString &label,
        const QString &placeholder = {});
    QWidget *withMessage(const QString &field, QWidget *input);

    // enrolment_dialog.cpp: what the form does.
    void loadChoices();
    void refresh();
    void lookUp();
    void showFound();
    domain::Patient fullRecord(domain::Patient found);
    void fillFrom(const domain::Patient &patient);
    void showStatus(const QString &text);
    void updateEnrolButton();
    void finish(const enrolment::Enrolled &done);
    std::chrono::year_month_day today() const;

    store::EncryptedStore &m_store;
    std::function<std::int64_t()> m_clock;
    std::string m_serviceId;
    QString m_serviceName;
    std::vector<domain::GeneralPractitioner> m_gps;
    std::vector<domain::LocalUser> m_nurses;
    bool m_demo = false;
    bool m_attempted = false; // after the first "Enrol" every message shows
    QSet<QString> m_touched; // fields the nurse has left
    QString m_lookedUp; // the digits last looked up
    std::optional<domain::Patient> m_existing;
    std::optional<enrolment::Enrolled> m_done;

    FieldMarks *m_marks = nullptr;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_nationalId = nullptr;
    QLabel *m_derived = nullptr;
    QFrame *m_found = nullptr;
    QLabel *m_foundText = nullptr;
    QPushButton *m_openFound = nullptr;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_home = nullptr;
    ContactListEditor *m_contacts = nullptr;
    QComboBox *m_gp = nullptr;
    QLabel *m_gpDetail = nullptr;
    DiagnosisListEditor *m_diagnoses = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_referrer = nullptr;
    QDateEdit *m_referralDate = nullptr;
    QComboBox *m_nurse = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    QSpinBox *m_trialWeeks = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_enrol = nullptr;
    EnrolmentResultPage *m_result = nullptr;
};

// Opens the dialog window-modal (the store must outlive it; deleted on close) and calls back when
// a patient was enrolled or when the nurse asks to open a patient the form found.
EnrolmentDialog *openEnrolment(store::EncryptedStore &store,
    std::function<std::int64_t()> clock,
    QWidget *parent,
    std::function<void(const QString &patientId)> onEnrolled,
    std::function<void(const QString &patientId)> onOpenPatient = {});

} // namespace varde::ui
