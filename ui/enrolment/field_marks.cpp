#include "ui/enrolment/field_marks.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

#include <set>

namespace varde::ui
{
namespace
{
// The same red as the plan editor's: a border and the message, never colour alone (⚠).
constexpr auto invalidStyle = "border: 2px solid #a4000f;";
} // namespace

void FieldMarks::add(const QString &field, QWidget *input, QLabel *message)
{
    m_fields.insert(field, { input, message });
    input->installEventFilter(this);
    input->setProperty("vardeField", field);
    input->setAccessibleDescription(field);
}

void FieldMarks::removeWithPrefix(const QString &prefix)
{
    for (auto it = m_fields.begin(); it != m_fields.end();)
        it = it.key().startsWith(prefix) ? m_fields.erase(it) : std::next(it);
}

QString FieldMarks::placeOf(QString field) const
{
    while (!m_fields.contains(field)) {
        const auto cut
            = std::max(field.lastIndexOf(QLatin1Char('.')), field.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            return {};
        field = field.left(cut);
    }
    return field;
}

void FieldMarks::show(const std::vector<enrolment::FieldError> &errors,
    const std::function<bool(const QString &)> &visible)
{
    m_shown.clear();
    QHash<QLabel *, QStringList> texts;
    std::set<QWidget *> marked;
    for (const auto &e : errors) {
        const QString field = QString::fromStdString(e.field);
        const QString place = placeOf(field);
        if (place.isEmpty() || !visible(field))
            continue;
        const QString text = QString::fromStdString(e.message);
        m_shown[place]
            = m_shown.value(place).isEmpty() ? text : m_shown[place] + QLatin1Char('\n') + text;
        const auto &entry = m_fields[place];
        if (entry.input)
            marked.insert(entry.input);
        if (entry.label && !texts[entry.label].contains(text))
            texts[entry.label] << text;
    }
    for (const auto &entry : std::as_const(m_fields)) {
        if (entry.input) {
            const bool bad = marked.count(entry.input) > 0;
            entry.input->setStyleSheet(bad ? QLatin1String(invalidStyle) : QString());
            entry.input->setToolTip(
                bad ? m_shown.value(entry.input->property("vardeField").toString()) : QString());
        }
        if (!entry.label)
            continue;
        const auto lines = texts.value(entry.label);
        QStringList shown;
        for (const auto &line : lines)
            shown << QStringLiteral("⚠ ") + line;
        entry.label->setText(shown.join(QLatin1Char('\n')));
        entry.label->setVisible(!shown.isEmpty());
    }
}

QWidget *FieldMarks::input(const QString &field) const { return m_fields.value(field).input; }

QString FieldMarks::message(const QString &field) const { return m_shown.value(field); }

QWidget *FieldMarks::firstShown(const std::vector<enrolment::FieldError> &errors) const
{
    for (const auto &e : errors) {
        const QString place = placeOf(QString::fromStdString(e.field));
        if (m_shown.contains(place))
            return m_fields.value(place).input;
    }
    return nullptr;
}

QLabel *FieldMarks::newMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a4000f;"));
    label->hide();
    return label;
}

bool FieldMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        if (auto field = watched->property("vardeField").toString(); !field.isEmpty())
            Q_EMIT touched(field);
    return QObject::eventFilter(watched, event);
}

} // namespace varde::ui
