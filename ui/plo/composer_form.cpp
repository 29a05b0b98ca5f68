// Lays out the composer's form and marks core's problems at their fields; see composer_form.h.
#include "ui/plo/composer_form.h"

#include "ui/plo/composer_preview.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QVBoxLayout>

#include <initializer_list>
#include <utility>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

// The same red as the other forms: a border and a sentence with ⚠, never colour alone.
constexpr auto invalidStyle = "border: 2px solid #a4000f;";
constexpr auto problemStyle = "color: #a4000f;";

// UTF-8 code points, as core counts the limits.
int characters(const QString &text) { return int(text.toUcs4().size()); }

// The platform's fixed font; some platforms (offscreen) answer with a proportional one.
QFont fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        font.setFixedPitch(true);
    }
    return font;
}

} // namespace

ComposerForm::ComposerForm(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 8, 0);

    // Patient, receiver and sender: from the store, read only (the phone is the nurse's own).
    m_patient = new QLabel(page);
    m_patient->setObjectName(QStringLiteral("patientLine"));
    m_patient->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_patient->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_patient);
    layout->addWidget(addMarked(QStringLiteral("patient"), m_patient));

    auto *parties = new QHBoxLayout;
    auto *toBox = new QGroupBox(tr("To"), page);
    auto *toLayout = new QVBoxLayout(toBox);
    m_to = new QLabel(toBox);
    m_to->setWordWrap(true);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_to->setFocusPolicy(Qt::StrongFocus);
    m_to->setAccessibleName(tr("To"));
    toLayout->addWidget(m_to);
    toLayout->addWidget(addMarked(QStringLiteral("receiver"), m_to));
    toLayout->addStretch(1);
    parties->addWidget(toBox, 1);

    auto *fromBox = new QGroupBox(tr("From"), page);
    auto *fromLayout = new QVBoxLayout(fromBox);
    m_from = new QLabel(fromBox);
    m_from->setWordWrap(true);
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_from->setFocusPolicy(Qt::StrongFocus);
    m_from->setAccessibleName(tr("From"));
    fromLayout->addWidget(m_from);
    fromLayout->addWidget(addMarked(QStringLiteral("sender"), m_from));
    m_nurse = new QLabel(fromBox);
    m_nurse->setWordWrap(true);
    m_nurse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fromLayout->addWidget(m_nurse);
    fromLayout->addWidget(addMarked(QStringLiteral("sender.nurse_name"), m_nurse));
    auto *phoneRow = new QHBoxLayout;
    auto *phoneLabel = new QLabel(tr("Nurse's &phone:"), fromBox);
    m_phone = new QLineEdit(fromBox);
    m_phone->setAccessibleName(tr("Phone number of the responsible nurse"));
    m_phone->setPlaceholderText(tr("e.g. 55 12 34 56"));
    m_phone->setMaxLength(40);
    m_phone->setProperty("vardeField", QStringLiteral("sender.nurse_phone"));
    phoneLabel->setBuddy(m_phone);
    phoneRow->addWidget(phoneLabel);
    phoneRow->addWidget(m_phone, 1);
    fromLayout->addLayout(phoneRow);
    fromLayout->addWidget(addMarked(QStringLiteral("sender.nurse_phone"), m_phone));
    parties->addWidget(fromBox, 1);
    layout->addLayout(parties);
    connect(m_phone, &QLineEdit::textChanged, this, &ComposerForm::edited);

    auto *content = new QGroupBox(tr("Message"), page);
    auto *form = new QVBoxLayout(content);
    const auto addText
        = [&](const QString &field, const QString &label, QPlainTextEdit *edit, int lines) {
              auto *caption = new QLabel(label, content);
              caption->setBuddy(edit);
              edit->setParent(content);
              const int line = edit->fontMetrics().lineSpacing();
              edit->setFixedHeight(lines * line + 14);
              form->addWidget(caption);
              form->addWidget(edit);
              form->addWidget(addMarked(field, edit));
              return caption;
          };

    m_problem = textField(QStringLiteral("content.problem"), tr("Problem"));
    m_problem->setPlaceholderText(tr("One sentence: why you are writing to the GP (required)"));
    auto *problemCaption = new QLabel(tr("&Problem (one sentence, required):"), content);
    problemCaption->setBuddy(m_problem);
    m_problem->setParent(content);
    m_problem->setFixedHeight(3 * m_problem->fontMetrics().lineSpacing() + 14);
    m_counter = new QLabel(content);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *problemHead = new QHBoxLayout;
    problemHead->addWidget(problemCaption, 1);
    problemHead->addWidget(m_counter);
    form->addLayout(problemHead);
    form->addWidget(m_problem);
    form->addWidget(addMarked(QStringLiteral("content.problem"), m_problem));
    connect(m_problem, &QPlainTextEdit::textChanged, this, &ComposerForm::updateCounter);

    m_measurements = textField(QStringLiteral("content.measurements"), tr("Measurements"));
    m_measurements->setFont(fixedFont());
    m_measurements->setLineWrapMode(QPlainTextEdit::NoWrap);
    addText(QStringLiteral("content.measurements"), tr("&Measurements (last 48 hours):"),
        m_measurements, 7);
    m_plan = textField(QStringLiteral("content.plan"), tr("Plan for the zone"));
    addText(QStringLiteral("content.plan"), tr("P&lan for the zone:"), m_plan, 4);
    m_actions = textField(QStringLiteral("content.actions_taken"), tr("What has been done"));
    addText(QStringLiteral("content.actions_taken"), tr("What has been &done:"), m_actions, 3);
    m_medication = textField(QStringLiteral("content.medication"), tr("Current medication"));
    m_medication->setPlaceholderText(tr("The patient's current medication, if the GP needs it"));
    addText(QStringLiteral("content.medication"), tr("Current med&ication:"), m_medication, 2);
    m_question = textField(QStringLiteral("content.question"), tr("Question to the GP"));
    addText(QStringLiteral("content.question"), tr("&Question to the GP:"), m_question, 2);

    m_attachSummary = new QCheckBox(tr("Attach the &summary for the GP (PDF)"), content);
    m_attachSummary->setAccessibleName(tr("Attach the summary for the GP"));
    m_attachSummary->setToolTip(tr("The GP summary of the last 14 days, as the patient view "
                                   "prints it, goes with the message as a PDF."));
    form->addWidget(m_attachSummary);
    form->addWidget(addMarked(QStringLiteral("attachments"), m_attachSummary));
    connect(m_attachSummary, &QCheckBox::toggled, this, &ComposerForm::edited);
    layout->addWidget(content);
    layout->addStretch(1);

    setWidget(page);
    updateCounter();
}

QLabel *ComposerForm::addMarked(const QString &field, QWidget *input)
{
    auto *label = new QLabel(input->parentWidget());
    label->setWordWrap(true);
    label->setStyleSheet(QLatin1String(problemStyle));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_marks.insert(field, { input, label });
    return label;
}

QPlainTextEdit *ComposerForm::textField(const QString &field, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setProperty("vardeField", field);
    connect(edit, &QPlainTextEdit::textChanged, this, &ComposerForm::edited);
    return edit;
}

void ComposerForm::load(const plo::OutgoingMessage &message)
{
    const QString name = q(message.patient.givenName + " " + message.patient.familyName);
    m_patient->setText(tr("Patient: %1 (national identity number %2)")
                           .arg(name, maskedNationalId(message.patient.nationalId)));
    const QSignalBlocker phoneBlock(m_phone);
    m_phone->setText(q(message.sender.nursePhone));
    for (auto [edit, text] : { std::pair { m_problem, &message.content.problem },
             { m_measurements, &message.content.measurements }, { m_plan, &message.content.plan },
             { m_actions, &message.content.actionsTaken },
             { m_medication, &message.content.medication },
             { m_question, &message.content.question } }) {
        const QSignalBlocker block(edit);
        edit->setPlainText(q(*text));
    }
    // A draft keeps no attachments (outgoing_json.h): the nurse ticks the box again.
    const QSignalBlocker attachBlock(m_attachSummary);
    m_attachSummary->setChecked(!message.attachments.empty());
    fillParties(message);
    updateCounter();
}

void ComposerForm::fillParties(const plo::OutgoingMessage &message)
{
    const auto &r = message.receiver;
    m_to->setText(tr("GP: %1 – %2\nPractice: %3 – %4")
                      .arg(r.gpName.empty() ? tr("⚠ missing") : q(r.gpName), herText(r.gpHerId),
                          r.practiceName.empty() ? tr("⚠ missing") : q(r.practiceName),
                          herText(r.practiceHerId)));
    const auto &s = message.sender;
    QString from = tr("Service: %1 – %2")
                       .arg(s.organisationName.empty() ? tr("⚠ missing") : q(s.organisationName),
                           herText(s.organisationHerId));
    if (!s.serviceName.empty() || !s.serviceHerId.empty())
        from += QLatin1Char('\n')
            + tr("Unit: %1 – %2").arg(q(s.serviceName), herText(s.serviceHerId));
    m_from->setText(from);
    m_nurse->setText(
        tr("Responsible nurse: %1").arg(s.nurseName.empty() ? tr("⚠ missing") : q(s.nurseName)));
}

void ComposerForm::apply(plo::OutgoingMessage &m) const
{
    m.sender.nursePhone = m_phone->text().trimmed().toStdString();
    m.content.problem = m_problem->toPlainText().trimmed().toStdString();
    m.content.measurements = m_measurements->toPlainText().toStdString();
    m.content.plan = m_plan->toPlainText().toStdString();
    m.content.actionsTaken = m_actions->toPlainText().toStdString();
    m.content.medication = m_medication->toPlainText().toStdString();
    m.content.question = m_question->toPlainText().toStdString();
}

bool ComposerForm::attachSummary() const { return m_attachSummary->isChecked(); }

void ComposerForm::setAttachmentShown(bool shown) { m_attachSummary->setVisible(shown); }

void ComposerForm::disableInputs()
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_phone, m_problem, m_measurements, m_plan,
             m_actions, m_medication, m_question, m_attachSummary })
        w->setEnabled(false);
}

void ComposerForm::updateCounter()
{
    const int used = characters(m_problem->toPlainText().trimmed());
    const int max = int(plo::maxProblemLength);
    m_counter->setText(used > max ? tr("⚠ %1 of %2 characters: too long").arg(used).arg(max)
                                  : tr("%1 of %2 characters").arg(used).arg(max));
    m_counter->setStyleSheet(used > max ? QLatin1String(problemStyle) : QString());
}

void ComposerForm::markProblems(const std::vector<FieldProblem> &problems)
{
    m_shown.clear();
    QHash<QString, QStringList> texts;
    for (const auto &p : problems) {
        const QString place = placeOf(p.field);
        if (!place.isEmpty() && !texts[place].contains(p.text))
            texts[place] << p.text;
    }
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QStringList lines = texts.value(it.key());
        QStringList shown;
        for (const auto &line : lines)
            shown << QStringLiteral("⚠ ") + line;
        it->label->setText(shown.join(QLatin1Char('\n')));
        it->label->setVisible(!shown.isEmpty());
        if (!lines.isEmpty())
            m_shown.insert(it.key(), lines.join(QLatin1Char('\n')));
        // Editable inputs get a border too; a read-only text is marked by its sentence alone.
        const bool editable
            = qobject_cast<QLineEdit *>(it->input) || qobject_cast<QPlainTextEdit *>(it->input);
        if (editable)
            it->input->setStyleSheet(lines.isEmpty() ? QString() : QLatin1String(invalidStyle));
        it->input->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    }
}

QString ComposerForm::placeOf(QString field) const
{
    while (!field.isEmpty() && !m_marks.contains(field)) {
        const auto cut = field.lastIndexOf(QLatin1Char('.'));
        field = cut > 0 ? field.left(cut) : QString();
    }
    return field;
}

QWidget *ComposerForm::fieldWidget(const QString &field) const
{
    return m_marks.value(placeOf(field)).input;
}

QString ComposerForm::fieldMessage(const QString &field) const
{
    return m_shown.value(placeOf(field));
}

QString ComposerForm::counterText() const { return m_counter->text(); }

QString ComposerForm::toText() const { return m_to->text(); }

} // namespace varde::ui
