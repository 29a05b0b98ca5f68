// The editor's form, section by section. Each input writes into the draft through change(),
// under the field name core's validation uses, so that a problem is shown where it is.
#include "ui/plan/plan_editor.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"
#include "core/domain/schedule.h"
#include "ui/common/formatting.h"
#include "ui/plan/plan_words.h"
#include "ui/plan/rule_fields.h"
#include "ui/queue/status_presentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

QString indexed(const char *list, std::size_t i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

QGroupBox *section(QWidget *parent, const QString &title, const QString &hint = {})
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, box);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
        layout->addWidget(label);
    }
    return box;
}

QVBoxLayout *boxLayout(QGroupBox *box) { return static_cast<QVBoxLayout *>(box->layout()); }

QPushButton *smallButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

// A column head with the zone's icon beside its word: never colour alone.
QWidget *limitHead(const QString &text, std::optional<triage::Level> level, QWidget *parent)
{
    auto *head = new QWidget(parent);
    auto *row = new QHBoxLayout(head);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    if (level) {
        auto *icon = new QLabel(head);
        icon->setPixmap(levelIcon(*level).pixmap(16, 16));
        row->addWidget(icon);
    }
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), head);
    row->addWidget(label);
    row->addStretch();
    return head;
}

std::vector<std::string> lines(const QString &text)
{
    std::vector<std::string> out;
    for (const auto &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.push_back(line.trimmed().toStdString());
    return out;
}

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const auto &s : items)
        out << q(s);
    return out.join(QLatin1Char('\n'));
}

} // namespace

QWidget *PlanEditor::lineField(QWidget *parent,
    const QString &field,
    const std::string &text,
    std::function<void(plan::PlanVersion &, const std::string &)> set,
    const QString &placeholder)
{
    auto *edit = new QLineEdit(q(text), parent);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, [this, field, set](const QString &t) {
        change(field, [&](plan::PlanVersion &v) { set(v, t.toStdString()); });
    });
    return edit;
}

QWidget *PlanEditor::textField(QWidget *parent,
    const QString &field,
    const std::string &text,
    std::function<void(plan::PlanVersion &, const std::string &)> set,
    const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(q(text), parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, set] {
        change(field, [&](plan::PlanVersion &v) { set(v, edit->toPlainText().toStdString()); });
    });
    registerField(field, edit, nullptr);
    return edit;
}

QWidget *PlanEditor::buildGoals(QWidget *parent)
{
    auto *box = section(parent, tr("What matters to you?"),
        tr("The patient's own goals, in their own words, with sub-goals (one per line)."));
    auto *layout = boxLayout(box);
    auto &goals = m_draft.content.goals;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const QString field = indexed("content.goals", i);
        auto *row = new QHBoxLayout;
        auto *goal = lineField(
            box, field, goals[i].text,
            [i](plan::PlanVersion &v, const std::string &t) { v.content.goals[i].text = t; },
            tr("Goal, e.g. «Be able to walk to the shop»"));
        row->addWidget(new QLabel(tr("Goal %1:").arg(i + 1), box));
        row->addWidget(goal, 1);
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) {
                    v.content.goals.erase(v.content.goals.begin() + std::ptrdiff_t(i));
                },
                true);
        });
        row->addWidget(remove);
        layout->addLayout(row);
        auto *sub = textField(
            box, field + QStringLiteral(".sub_goals"), joined(goals[i].subGoals).toStdString(),
            [i](plan::PlanVersion &v, const std::string &t) {
                v.content.goals[i].subGoals = lines(QString::fromStdString(t));
            },
            tr("Sub-goals, one per line"));
        layout->addWidget(sub);
        auto *message = newMessageLabel(box);
        layout->addWidget(message);
        registerField(field, goal, message);
        registerField(field + QStringLiteral(".sub_goals"), sub, message);
    }
    auto *add = smallButton(tr("Add &goal"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        change(
            {}, [](plan::PlanVersion &v) { v.content.goals.push_back({}); }, true);
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

QWidget *PlanEditor::buildMeasures(QWidget *parent)
{
    auto *box = section(parent, tr("Measures"),
        tr("What the patient does besides medicines, by area: food, activity, social life, "
           "mental health."));
    auto *layout = boxLayout(box);
    auto &measures = m_draft.content.measures;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const QString field = indexed("content.measures", i);
        auto *row = new QHBoxLayout;
        auto *area = new QComboBox(box);
        for (auto a : plan::allMeasureAreas)
            area->addItem(measureAreaText(a), int(a));
        area->setCurrentIndex(area->findData(int(measures[i].area)));
        connect(area, &QComboBox::activated, this, [this, i, area, field] {
            change(field + QStringLiteral(".area"), [&](plan::PlanVersion &v) {
                v.content.measures[i].area = plan::MeasureArea(area->currentData().toInt());
            });
        });
        row->addWidget(area);
        auto *text = lineField(
            box, field, measures[i].text,
            [i](plan::PlanVersion &v, const std::string &t) { v.content.measures[i].text = t; },
            tr("e.g. «Walk 20 minutes every day»"));
        row->addWidget(text, 1);
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) {
                    v.content.measures.erase(v.content.measures.begin() + std::ptrdiff_t(i));
                },
                true);
        });
        row->addWidget(remove);
        layout->addLayout(row);
        auto *message = newMessageLabel(box);
        layout->addWidget(message);
        registerField(field, text, message);
    }
    auto *add = smallButton(tr("Add &measure"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        change(
            {}, [](plan::PlanVersion &v) { v.content.measures.push_back({}); }, true);
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

QWidget *PlanEditor::buildZones(QWidget *parent)
{
    auto *box = section(parent, tr("What to do in each zone"),
        tr("What the patient does and what the follow-up service does. Medicine measures are "
           "prescribed by the GP: changing them needs the GP's approval."));
    auto *layout = boxLayout(box);
    for (auto zone : plan::allZones) {
        const auto z = std::size_t(zone);
        const QString key = QStringLiteral("content.zones.") + q(std::string(plan::zoneKey(zone)));
        auto *head = new QHBoxLayout;
        auto *icon = new QLabel(box);
        icon->setPixmap(levelIcon(zoneLevel(zone)).pixmap(22, 22));
        head->addWidget(icon);
        auto *word = new QLabel(tr("%1 zone").arg(zoneText(zone)), box);
        word->setStyleSheet(
            QStringLiteral("background: %1; color: %2; font-weight: bold; "
                           "padding: 3px 10px; border-radius: 3px;")
                .arg(levelColor(zoneLevel(zone)).name(), levelTextColor(zoneLevel(zone)).name()));
        head->addWidget(word);
        head->addStretch();
        layout->addLayout(head);
        auto *form = new QFormLayout;
        form->addRow(tr("The patient:"),
            textField(box, key + QStringLiteral(".patient"), m_draft.content.zones[z].patient,
                [z](plan::PlanVersion &v, const std::string &t) {
                    v.content.zones[z].patient = t;
                }));
        form->addRow(tr("The service:"),
            textField(box, key + QStringLiteral(".service"), m_draft.content.zones[z].service,
                [z](plan::PlanVersion &v, const std::string &t) {
                    v.content.zones[z].service = t;
                }));
        auto &medicines = m_draft.content.medicines;
        for (std::size_t i = 0; i < medicines.size(); ++i) {
            if (medicines[i].zone != zone)
                continue;
            const QString field = indexed("content.medicines", i);
            auto *row = new QHBoxLayout;
            auto *text = lineField(
                box, field, medicines[i].text,
                [i](plan::PlanVersion &v, const std::string &t) {
                    v.content.medicines[i].text = t;
                },
                tr("e.g. «Start prednisolone 30 mg for 5 days»"));
            row->addWidget(text, 1);
            auto *remove = smallButton(tr("Remove"), box);
            connect(remove, &QPushButton::clicked, this, [this, i] {
                change(
                    {},
                    [i](plan::PlanVersion &v) {
                        v.content.medicines.erase(v.content.medicines.begin() + std::ptrdiff_t(i));
                    },
                    true);
            });
            row->addWidget(remove);
            auto *message = newMessageLabel(box);
            auto *cell = new QVBoxLayout;
            cell->addLayout(row);
            cell->addWidget(message);
            form->addRow(tr("Medicine:"), cell);
            registerField(field, text, message);
        }
        auto *add = smallButton(tr("Add medicine measure"), box);
        connect(add, &QPushButton::clicked, this, [this, zone] {
            change(
                {},
                [zone](plan::PlanVersion &v) {
                    v.content.medicines.push_back({ zone, {} });
                },
                true);
        });
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(add);
        addRow->addStretch();
        form->addRow(QString(), addRow);
        layout->addLayout(form);
    }
    return box;
}

QWidget *PlanEditor::buildSchedule(QWidget *parent)
{
    auto *box = section(parent, tr("Measurement schedule"),
        tr("What the patient measures or answers, on which days, and by when. A measurement "
           "that has not come by then shows as missing in the worklist."));
    auto *layout = boxLayout(box);
    auto &schedule = m_draft.content.schedule;
    if (schedule.empty()) {
        QStringList enrolment;
        for (const auto &item : m_data.schedule)
            enrolment << scheduleItemText(item.item) + QStringLiteral(" ") + scheduleWhenText(item);
        auto *none = new QLabel(enrolment.isEmpty()
                ? tr("The plan has no schedule of its own.")
                : tr("The plan has no schedule of its own; the one the patient was enrolled with "
                     "applies: %1.")
                      .arg(enrolment.join(QStringLiteral("; "))),
            box);
        none->setWordWrap(true);
        layout->addWidget(none);
        if (!m_data.schedule.empty()) {
            auto *copy = smallButton(tr("Copy it into the plan"), box);
            connect(copy, &QPushButton::clicked, this, [this] {
                change(
                    {}, [this](plan::PlanVersion &v) { v.content.schedule = m_data.schedule; },
                    true);
            });
            layout->addWidget(copy, 0, Qt::AlignLeft);
        }
    }
    for (std::size_t i = 0; i < schedule.size(); ++i) {
        const QString field = indexed("content.schedule", i);
        auto *row = new QHBoxLayout;
        auto *what = new QComboBox(box);
        for (const auto &kind : domain::allKinds())
            what->addItem(kindShortName(kind.id), q(std::string(kind.key)));
        for (const auto &question : domain::allQuestions())
            what->addItem(scheduleItemText("question:" + std::string(question.id)),
                QStringLiteral("question:") + q(std::string(question.id)));
        if (what->findData(q(schedule[i].item)) < 0)
            what->addItem(q(schedule[i].item), q(schedule[i].item));
        what->setCurrentIndex(what->findData(q(schedule[i].item)));
        connect(what, &QComboBox::activated, this, [this, i, what, field] {
            change(field, [&](plan::PlanVersion &v) {
                v.content.schedule[i].item = what->currentData().toString().toStdString();
            });
        });
        row->addWidget(what);
        for (int d = 0; d < 7; ++d) {
            auto *day = new QCheckBox(weekdayShort(d), box);
            day->setChecked(schedule[i].daysOfWeek & (1 << d));
            connect(day, &QCheckBox::toggled, this, [this, i, d, field](bool on) {
                change(field + QStringLiteral(".days"), [&](plan::PlanVersion &v) {
                    auto &days = v.content.schedule[i].daysOfWeek;
                    days = on ? days | (1 << d) : days & ~(1 << d);
                });
            });
            row->addWidget(day);
        }
        auto *due = new QCheckBox(tr("by"), box);
        auto *time = new QTimeEdit(box);
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        const int minute = schedule[i].dueByMinute.value_or(11 * 60);
        time->setTime(QTime(minute / 60, minute % 60));
        due->setChecked(schedule[i].dueByMinute.has_value());
        time->setEnabled(due->isChecked());
        const auto setDue = [this, i, due, time, field] {
            time->setEnabled(due->isChecked());
            change(field + QStringLiteral(".due_by_minute"), [&](plan::PlanVersion &v) {
                v.content.schedule[i].dueByMinute = due->isChecked()
                    ? std::optional<int>(time->time().hour() * 60 + time->time().minute())
                    : std::nullopt;
            });
        };
        connect(due, &QCheckBox::toggled, this, setDue);
        connect(time, &QTimeEdit::timeChanged, this, setDue);
        row->addWidget(due);
        row->addWidget(time);
        row->addStretch();
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) {
                    v.content.schedule.erase(v.content.schedule.begin() + std::ptrdiff_t(i));
                },
                true);
        });
        row->addWidget(remove);
        layout->addLayout(row);
        auto *message = newMessageLabel(box);
        layout->addWidget(message);
        registerField(field, what, message);
        registerField(field + QStringLiteral(".due_by_minute"), time, message);
    }
    auto *add = smallButton(tr("Add to the schedule"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        change(
            {},
            [](plan::PlanVersion &v) {
                v.content.schedule.push_back({ "spo2", domain::everyDay, 11 * 60 });
            },
            true);
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

QWidget *PlanEditor::buildTrial(QWidget *parent)
{
    auto *box = section(parent, tr("Trial period and evaluation"));
    auto *form = new QFormLayout;
    boxLayout(box)->addLayout(form);
    auto *weeks = new QSpinBox(box);
    weeks->setRange(plan::minTrialWeeks, plan::maxTrialWeeks);
    weeks->setSuffix(tr(" weeks"));
    weeks->setValue(
        std::clamp(m_draft.content.trialWeeks, plan::minTrialWeeks, plan::maxTrialWeeks));
    connect(weeks, &QSpinBox::valueChanged, this, [this](int n) {
        change(QStringLiteral("content.trial_weeks"),
            [n](plan::PlanVersion &v) { v.content.trialWeeks = n; });
    });
    auto *trialMessage = newMessageLabel(box);
    auto *trialCell = new QVBoxLayout;
    trialCell->addWidget(weeks);
    trialCell->addWidget(trialMessage);
    form->addRow(tr("&Trial period:"), trialCell);
    registerField(QStringLiteral("content.trial_weeks"), weeks, trialMessage);

    auto *dateRow = new QHBoxLayout;
    auto *planned = new QCheckBox(tr("Evaluate on"), box);
    auto *date = new QDateEdit(box);
    date->setCalendarPopup(true);
    const auto &when = m_draft.content.evaluationDate;
    planned->setChecked(when.has_value());
    date->setEnabled(when.has_value());
    if (when)
        date->setDate(
            QDate(int(when->year()), int(unsigned(when->month())), int(unsigned(when->day()))));
    else
        date->setDate(QDateTime::fromMSecsSinceEpoch(m_clock()).date().addDays(
            7 * m_draft.content.trialWeeks));
    const auto setDate = [this, planned, date] {
        date->setEnabled(planned->isChecked());
        change(QStringLiteral("content.evaluation_date"), [&](plan::PlanVersion &v) {
            const QDate d = date->date();
            v.content.evaluationDate = planned->isChecked()
                ? std::optional<std::chrono::year_month_day>(std::chrono::year_month_day {
                    std::chrono::year { d.year() }, std::chrono::month { unsigned(d.month()) },
                    std::chrono::day { unsigned(d.day()) } })
                : std::nullopt;
        });
    };
    connect(planned, &QCheckBox::toggled, this, setDate);
    connect(date, &QDateEdit::dateChanged, this, setDate);
    dateRow->addWidget(planned);
    dateRow->addWidget(date);
    dateRow->addStretch();
    form->addRow(tr("Evaluation:"), dateRow);
    form->addRow(tr("&Notes:"),
        textField(
            box, QStringLiteral("content.evaluation_notes"), m_draft.content.evaluationNotes,
            [](plan::PlanVersion &v, const std::string &t) { v.content.evaluationNotes = t; },
            tr("What was decided at the evaluation, and why")));
    return box;
}

QWidget *PlanEditor::buildParticipants(QWidget *parent)
{
    auto *box = section(parent, tr("Who took part"));
    auto *layout = boxLayout(box);
    auto &people = m_draft.content.participants;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const QString field = indexed("content.participants", i);
        auto *row = new QHBoxLayout;
        auto *role = new QComboBox(box);
        for (auto r : { plan::ParticipantRole::Patient, plan::ParticipantRole::Relative,
                 plan::ParticipantRole::Nurse, plan::ParticipantRole::Gp,
                 plan::ParticipantRole::Specialist, plan::ParticipantRole::Other })
            role->addItem(participantRoleText(r), int(r));
        role->setCurrentIndex(role->findData(int(people[i].role)));
        connect(role, &QComboBox::activated, this, [this, i, role, field] {
            change(field + QStringLiteral(".role"), [&](plan::PlanVersion &v) {
                v.content.participants[i].role = plan::ParticipantRole(role->currentData().toInt());
            });
        });
        row->addWidget(role);
        auto *name = lineField(
            box, field, people[i].name,
            [i](plan::PlanVersion &v, const std::string &t) { v.content.participants[i].name = t; },
            tr("Name"));
        row->addWidget(name, 1);
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) {
                    v.content.participants.erase(
                        v.content.participants.begin() + std::ptrdiff_t(i));
                },
                true);
        });
        row->addWidget(remove);
        layout->addLayout(row);
        registerField(field, name, nullptr);
    }
    auto *add = smallButton(tr("Add participant"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        change(
            {}, [](plan::PlanVersion &v) { v.content.participants.push_back({}); }, true);
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

QWidget *PlanEditor::ruleFieldEdit(
    QWidget *parent, int ruleIndex, const QString &key, QLabel *message)
{
    const QString field = QStringLiteral("rules[%1].%2").arg(ruleIndex).arg(key);
    auto *edit = new QLineEdit(ruleFieldText(m_draft.rules[std::size_t(ruleIndex)], key), parent);
    edit->setPlaceholderText(tr("none"));
    edit->setAccessibleName(ruleTitle(m_draft.rules[std::size_t(ruleIndex)]) + QStringLiteral(": ")
        + ruleFieldLabel(key));
    edit->setMaximumWidth(140);
    connect(edit, &QLineEdit::textEdited, this, [this, ruleIndex, key, field](const QString &text) {
        auto copy = m_draft.rules[std::size_t(ruleIndex)];
        if (!setRuleField(copy, key, text)) {
            m_unparsed.insert(field, text);
            validate();
            return;
        }
        m_unparsed.remove(field);
        change(field, [&](plan::PlanVersion &v) { v.rules[std::size_t(ruleIndex)] = copy; });
    });
    registerField(field, edit, message);
    return edit;
}

QWidget *PlanEditor::buildLimits(QWidget *parent)
{
    auto *box = section(parent, tr("Limits (need the GP's approval)"),
        tr("A value under a «below» limit or over an «above» limit gives that colour. Empty: "
           "no limit on that side."));
    auto *grid = new QGridLayout;
    boxLayout(box)->addLayout(grid);
    const QStringList heads { tr("Measurement"), ruleFieldLabel(QStringLiteral("yellow_below")),
        ruleFieldLabel(QStringLiteral("red_below")), ruleFieldLabel(QStringLiteral("yellow_above")),
        ruleFieldLabel(QStringLiteral("red_above")), tr("Unit") };
    const std::optional<triage::Level> levels[] = { std::nullopt, triage::Level::Yellow,
        triage::Level::Red, triage::Level::Yellow, triage::Level::Red, std::nullopt };
    for (int c = 0; c < heads.size(); ++c)
        grid->addWidget(limitHead(heads[c], levels[c], box), 0, c);
    int row = 1;
    std::vector<domain::KindId> used;
    for (int i = 0; i < int(m_draft.rules.size()); ++i) {
        const auto *band = std::get_if<triage::BandRule>(&m_draft.rules[std::size_t(i)]);
        if (!band)
            continue;
        if (auto kind = domain::kindForCode(band->code))
            used.push_back(*kind);
        auto *message = newMessageLabel(box);
        auto *name = new QLabel(measuredName(band->code), box);
        grid->addWidget(name, row, 0);
        registerField(QStringLiteral("rules[%1]").arg(i), name, message);
        int c = 1;
        for (const auto &f : ruleFields(m_draft.rules[std::size_t(i)]))
            grid->addWidget(ruleFieldEdit(box, i, f.key, message), row, c++);
        grid->addWidget(new QLabel(unitOf(band->code), box), row, 5);
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) { v.rules.erase(v.rules.begin() + std::ptrdiff_t(i)); },
                true);
        });
        grid->addWidget(remove, row, 6);
        grid->addWidget(message, row + 1, 0, 1, 7);
        row += 2;
    }
    grid->setColumnStretch(7, 1);
    auto *addRow = new QHBoxLayout;
    auto *kinds = new QComboBox(box);
    for (const auto &kind : domain::allKinds())
        if (std::find(used.begin(), used.end(), kind.id) == used.end())
            kinds->addItem(kindShortName(kind.id), int(kind.id));
    auto *add = smallButton(tr("Add limits"), box);
    add->setEnabled(kinds->count() > 0);
    connect(add, &QPushButton::clicked, this, [this, kinds] {
        const auto kind = domain::KindId(kinds->currentData().toInt());
        change(
            {},
            [kind](plan::PlanVersion &v) {
                v.rules.push_back(triage::BandRule {
                    std::string(domain::kindInfo(kind).primaryCode), {}, {}, {}, {} });
            },
            true);
    });
    addRow->addWidget(new QLabel(tr("Limits for another measurement:"), box));
    addRow->addWidget(kinds);
    addRow->addWidget(add);
    addRow->addStretch();
    boxLayout(box)->addLayout(addRow);
    return box;
}

QWidget *PlanEditor::buildOtherRules(QWidget *parent)
{
    auto *box = section(parent, tr("Other rules"),
        tr("Deviation from the usual value, change over time, questionnaire answers and "
           "measurements expected at set times. Answers are separated by commas."));
    auto *grid = new QGridLayout;
    boxLayout(box)->addLayout(grid);
    int row = 0;
    for (int i = 0; i < int(m_draft.rules.size()); ++i) {
        const auto &rule = m_draft.rules[std::size_t(i)];
        if (std::holds_alternative<triage::BandRule>(rule))
            continue;
        auto *message = newMessageLabel(box);
        auto *title = new QLabel(ruleTitle(rule), box);
        title->setWordWrap(true);
        title->setMinimumWidth(160);
        grid->addWidget(title, row, 0);
        registerField(QStringLiteral("rules[%1]").arg(i), title, message);
        auto *fields = new QHBoxLayout;
        for (const auto &f : ruleFields(rule)) {
            auto *cell = new QVBoxLayout;
            auto *caption = new QLabel(
                f.unit.isEmpty() ? f.label : QStringLiteral("%1 (%2)").arg(f.label, f.unit), box);
            caption->setStyleSheet(QStringLiteral("font-size: small;"));
            cell->addWidget(caption);
            auto *edit = ruleFieldEdit(box, i, f.key, message);
            if (f.type == RuleField::Type::Answers)
                edit->setMaximumWidth(220);
            cell->addWidget(edit);
            fields->addLayout(cell);
        }
        fields->addStretch();
        grid->addLayout(fields, row, 1);
        auto *remove = smallButton(tr("Remove"), box);
        connect(remove, &QPushButton::clicked, this, [this, i] {
            change(
                {},
                [i](plan::PlanVersion &v) { v.rules.erase(v.rules.begin() + std::ptrdiff_t(i)); },
                true);
        });
        grid->addWidget(remove, row, 2, Qt::AlignBottom);
        grid->addWidget(message, row + 1, 0, 1, 3);
        row += 2;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

} // namespace varde::ui
