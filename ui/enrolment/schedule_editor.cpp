#include "ui/enrolment/schedule_editor.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"
#include "core/domain/schedule.h"
#include "ui/common/formatting.h"
#include "ui/enrolment/field_marks.h"
#include "ui/plan/plan_words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{
QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

ScheduleEditor::ScheduleEditor(FieldMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_marks(marks)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    m_origin->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
    layout->addWidget(m_origin);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *none = FieldMarks::newMessageLabel(this);
    layout->addWidget(none);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a measurement or question"), this);
    add->setObjectName(QStringLiteral("addScheduleItem"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ScheduleEditor::addItem);
    buttons->addWidget(add);
    auto *suggest = new QPushButton(tr("Use the suggestion for the diagnoses"), this);
    suggest->setAutoDefault(false);
    connect(suggest, &QPushButton::clicked, this, [this] {
        m_byNurse = false;
        setItems(m_suggestion);
    });
    buttons->addWidget(suggest);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_marks.add(QStringLiteral("schedule"), add, none);
    rebuild();
}

void ScheduleEditor::setItems(std::vector<plan::ScheduleItem> items)
{
    m_items = std::move(items);
    rebuild();
    Q_EMIT changed();
}

void ScheduleEditor::setSuggestion(std::vector<plan::ScheduleItem> suggestion)
{
    if (suggestion == m_suggestion)
        return;
    m_suggestion = std::move(suggestion);
    if (!m_byNurse)
        setItems(m_suggestion);
}

void ScheduleEditor::addItem()
{
    m_items.push_back({ "spo2", domain::everyDay, 11 * 60 });
    edited();
    rebuild();
}

void ScheduleEditor::edited()
{
    m_byNurse = true;
    m_origin->setText(tr("Changed by you; the suggestion for the diagnoses no longer applies."));
    Q_EMIT changed();
}

void ScheduleEditor::rebuild()
{
    if (!m_byNurse)
        m_origin->setText(m_items.empty()
                ? tr("Choose at least one measurement. A suggestion appears when a known "
                     "diagnosis (such as J44 or I50) is entered.")
                : tr("Suggested for the diagnoses; change it as needed."));
    m_marks.removeWithPrefix(QStringLiteral("schedule["));
    // Later, not now: the click that removes a row comes from a button in it.
    while (auto *item = m_rows->takeAt(0)) {
        if (auto *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_rows->addWidget(row(i));
}

QWidget *ScheduleEditor::row(std::size_t i)
{
    const auto &item = m_items[i];
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 2);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);

    auto *what = new QComboBox(box);
    for (const auto &kind : domain::allKinds())
        what->addItem(kindShortName(kind.id), q(kind.key));
    for (const auto &question : domain::allQuestions())
        what->addItem(scheduleItemText("question:" + std::string(question.id)),
            QStringLiteral("question:") + q(question.id));
    if (what->findData(QString::fromStdString(item.item)) < 0)
        what->addItem(QString::fromStdString(item.item), QString::fromStdString(item.item));
    what->setCurrentIndex(what->findData(QString::fromStdString(item.item)));
    what->setMinimumWidth(300);
    what->setAccessibleName(tr("Measurement %1").arg(i + 1));
    connect(what, &QComboBox::activated, this, [this, i, what] {
        m_items[i].item = what->currentData().toString().toStdString();
        edited();
    });
    line->addWidget(what);

    for (int d = 0; d < 7; ++d) {
        auto *day = new QCheckBox(weekdayShort(d), box);
        day->setChecked(item.daysOfWeek & (1 << d));
        connect(day, &QCheckBox::toggled, this, [this, i, d](bool on) {
            auto &days = m_items[i].daysOfWeek;
            days = on ? days | (1 << d) : days & ~(1 << d);
            edited();
        });
        line->addWidget(day);
    }
    auto *due = new QCheckBox(tr("by"), box);
    auto *time = new QTimeEdit(box);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    const int minute = item.dueByMinute.value_or(11 * 60);
    time->setTime(QTime(minute / 60, minute % 60));
    due->setChecked(item.dueByMinute.has_value());
    time->setEnabled(due->isChecked());
    const auto setDue = [this, i, due, time] {
        time->setEnabled(due->isChecked());
        m_items[i].dueByMinute = due->isChecked()
            ? std::optional<int>(time->time().hour() * 60 + time->time().minute())
            : std::nullopt;
        edited();
    };
    connect(due, &QCheckBox::toggled, this, setDue);
    connect(time, &QTimeEdit::timeChanged, this, setDue);
    line->addWidget(due);
    line->addWidget(time);
    line->addStretch();

    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setAutoDefault(false);
    remove->setAccessibleName(tr("Remove measurement %1").arg(i + 1));
    connect(remove, &QPushButton::clicked, this, [this, i] {
        m_items.erase(m_items.begin() + std::ptrdiff_t(i));
        edited();
        rebuild();
    });
    line->addWidget(remove);

    auto *message = FieldMarks::newMessageLabel(box);
    outer->addWidget(message);
    m_marks.add(QStringLiteral("schedule[%1]").arg(i), what, message);
    return box;
}

} // namespace varde::ui
