#pragma once
// "Note decision" in the meeting: the team's decisions for one patient in free text. The
// window saves them as a new draft (plan::draftFromMeeting); the plan in force stays as it is
// until the GP approves.
#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace varde::ui
{

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionDialog(const QString &patientName, QWidget *parent = nullptr);

    QString decisions() const; // trimmed
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
    QPushButton *m_save;
};

} // namespace varde::ui
