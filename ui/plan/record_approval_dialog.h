#pragma once
// A GP approved the plan outside Varde (PLO reply or phone): the nurse records how, who, when
// and the message reference or a note on the call. Core checks the entry when it is recorded.
#include "core/plan/lifecycle.h"

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace varde::ui
{

class RecordApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    RecordApprovalDialog(const QString &gpName, std::int64_t nowMillis, QWidget *parent = nullptr);

    plan::OutsideApproval approval() const;
    QComboBox *method() const { return m_method; }
    QLineEdit *gpName() const { return m_gp; }
    QPlainTextEdit *reference() const { return m_reference; }
    bool canAccept() const;

private:
    void updateOk();

    std::int64_t m_now;
    QComboBox *m_method;
    QLineEdit *m_gp;
    QDateEdit *m_date;
    QPlainTextEdit *m_reference;
    QDialogButtonBox *m_buttons;
};

} // namespace varde::ui
