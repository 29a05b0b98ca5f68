#pragma once
// After enrolment: the link code for the patient's app or gateway, large and clear with its
// expiry, and the slip to print or save as PDF for the patient to take home.
#include "ui/enrolment/link_code_slip.h"

#include <QWidget>

class QLabel;

namespace varde::ui
{

class EnrolmentResultPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnrolmentResultPage(QWidget *parent = nullptr);

    void present(const LinkCodeSlip &slip, bool reenrolled);
    const LinkCodeSlip &slip() const { return m_slip; }
    QString codeText() const;
    QString expiryText() const;

Q_SIGNALS:
    // The slip left the screen ("print" or "pdf"): the dialog audits it.
    void slipHandedOut(const QString &how);
    void openPatientClicked();
    void closeClicked();

private:
    void print();
    void savePdf();

    LinkCodeSlip m_slip;
    QLabel *m_heading = nullptr;
    QLabel *m_patient = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace varde::ui
