#pragma once
// Ending a patient's follow-up: a coded reason, a note (required for "other"), and the open
// findings handled. With open findings core refuses unless they are acknowledged as closed
// with the ending; the dialog says how many there are and offers exactly that.
//
// Later: a death registered from a PLO message (dødsmelding from the municipality's EPJ) would
// not go through this dialog but call enrolment::endFollowUp with EndReason::Died from the
// message module, closing open findings with the ending; the patient view shows it the same way.
#include "core/enrolment/follow_up.h"
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <cstdint>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace varde::ui
{

// "Mål nådd", "Flyttet", "Takket nei", "Fått langtidsplass", "Død", "Annet"
QString endReasonText(enrolment::EndReason reason);

class EndFollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    EndFollowUpDialog(store::EncryptedStore &store,
        const std::string &patientId,
        const QString &patientName,
        Clock clock,
        QWidget *parent = nullptr);

    void setReason(enrolment::EndReason reason);
    void setNote(const QString &note);
    void setCloseOpenFindings(bool close);
    int openFindings() const { return m_open; }
    // Ends the follow-up through core; false with the reason shown if it is refused.
    bool submit();
    QString openFindingsText() const;
    QString errorMessage() const;

    void accept() override;

private:
    void countOpenFindings();

    store::EncryptedStore &m_store;
    std::string m_patientId;
    Clock m_clock;
    int m_open = 0;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_openText;
    QCheckBox *m_close;
    QLabel *m_error;
};

} // namespace varde::ui
