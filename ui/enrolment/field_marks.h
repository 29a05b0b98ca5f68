#pragma once
// Puts core's field messages where they belong: each form input is registered under the field
// name core's validation uses ("national_id", "contacts[1].phone"), with the label under it that
// shows the message. A problem with no input of its own goes to the nearest enclosing field
// ("schedule[0]" to "schedule"). Inputs that lose focus are reported as touched, so the form
// can wait with a message until the nurse has left the field.
#include "core/enrolment/enrolment_form.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QLabel;
class QWidget;

namespace varde::ui
{

class FieldMarks : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void add(const QString &field, QWidget *input, QLabel *message);
    // A list rebuilt its rows: their fields ("contacts[…") go.
    void removeWithPrefix(const QString &prefix);

    // Shows the messages of the fields `visible` lets through and clears the rest.
    void show(const std::vector<enrolment::FieldError> &errors,
        const std::function<bool(const QString &field)> &visible);

    QWidget *input(const QString &field) const;
    QString message(const QString &field) const; // as shown now, empty when none
    // The first field (in the order of `errors`) that has a visible message.
    QWidget *firstShown(const std::vector<enrolment::FieldError> &errors) const;

    static QLabel *newMessageLabel(QWidget *parent);

Q_SIGNALS:
    void touched(const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QString placeOf(QString field) const;

    QHash<QString, Entry> m_fields;
    QHash<QString, QString> m_shown; // field → its message
};

} // namespace varde::ui
