#pragma once
// The composer's form: the patient and the parties as read-only text (from the store), the
// nurse's phone and the texts she edits, the tick for the summary PDF, and under each the
// sentence that says what core's check finds wrong there.
#include "core/plo/compose.h"
#include "ui/plo/composer_problems.h"

#include <QHash>
#include <QScrollArea>
#include <QString>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace varde::ui
{

class ComposerForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ComposerForm(QWidget *parent = nullptr);

    // Shows the message's patient, parties, phone and texts; emits no edited().
    void load(const plo::OutgoingMessage &message);
    // The nurse's phone and the texts as she has edited them, written into `message`.
    void apply(plo::OutgoingMessage &message) const;
    bool attachSummary() const;
    // Only a helsefaglig dialog carries attachments; the tick stays if the nurse switches back.
    void setAttachmentShown(bool shown);
    // For a dialog with nothing loaded.
    void disableInputs();

    // Each problem's sentence at its place (placeOf), and a border on an editable input; every
    // other place is cleared.
    void markProblems(const std::vector<FieldProblem> &problems);
    // The field's own place, or the nearest enclosing one ("receiver.gp_her_id" → "receiver");
    // "" when the form has none.
    QString placeOf(QString field) const;
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const; // "" when the field is fine

    QString counterText() const; // "87 of 500 characters"
    QString toText() const;
    QLineEdit *phoneEdit() const { return m_phone; }
    QPlainTextEdit *problemEdit() const { return m_problem; }
    QPlainTextEdit *measurementsEdit() const { return m_measurements; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QPlainTextEdit *actionsEdit() const { return m_actions; }
    QPlainTextEdit *medicationEdit() const { return m_medication; }
    QPlainTextEdit *questionEdit() const { return m_question; }
    QCheckBox *attachSummaryBox() const { return m_attachSummary; }

Q_SIGNALS:
    // The nurse changed the phone, a text or the tick.
    void edited();

private:
    QPlainTextEdit *textField(const QString &field, const QString &accessibleName);
    QLabel *addMarked(const QString &field, QWidget *input);
    void fillParties(const plo::OutgoingMessage &message);
    void updateCounter();

    struct Mark {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    QHash<QString, Mark> m_marks;
    QHash<QString, QString> m_shown; // field → its message

    QLabel *m_patient = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_nurse = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_measurements = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    QPlainTextEdit *m_medication = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QCheckBox *m_attachSummary = nullptr;
};

} // namespace varde::ui
