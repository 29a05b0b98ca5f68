#include "ui/plo/composer_dialog.h"

#include "core/plo/drafting.h"
#include "core/plo/reader.h"
#include "core/time/civil_time.h"
#include "core/worklist/patient_record.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"
#include "ui/patient/summary_report.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

// The same red as the other forms: a border and a sentence with ⚠, never colour alone.
constexpr auto invalidStyle = "border: 2px solid #a4000f;";
constexpr auto problemStyle = "color: #a4000f;";
constexpr int previewDelayMs = 300;
constexpr int summaryDays = 14;
// Written into the message and the record: Norwegian whatever the screen language (as core's
// drafts are).
constexpr auto summaryDescription = "Oppsummering for fastlege";

constexpr std::array<plo::OutgoingKind, 3> kinds { plo::OutgoingKind::DialogForesporsel,
    plo::OutgoingKind::HelseopplysningerLege, plo::OutgoingKind::HelsefagligDialog };

std::string kindNb(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::HelseopplysningerLege:
        return "Helseopplysninger til lege";
    case plo::OutgoingKind::DialogForesporsel:
        return "Forespørsel til fastlege";
    case plo::OutgoingKind::HelsefagligDialog:
        return "Helsefaglig dialog";
    }
    return {};
}

QString kindHelp(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::DialogForesporsel:
        return ComposerDialog::tr("A question the GP is asked to answer (Dialogmelding 1.0).");
    case plo::OutgoingKind::HelseopplysningerLege:
        return ComposerDialog::tr("Information for the GP's records; an answer is asked for only "
                                  "when there is a question (PLO 1.6).");
    case plo::OutgoingKind::HelsefagligDialog:
        return ComposerDialog::tr("A clinical dialogue about the patient; it may carry the GP "
                                  "summary as a PDF (Dialogmelding 1.1).");
    }
    return {};
}

// UTF-8 code points, as core counts the limits.
int characters(const QString &text) { return int(text.toUcs4().size()); }

// "17054812345" -> "170548 *****": enough to tell patients apart on screen without showing the
// whole number (the patient view shows it only on request, audited).
QString maskedId(const std::string &id)
{
    const QString digits = q(id).trimmed();
    if (digits.size() < 6)
        return QStringLiteral("*****");
    return digits.left(6) + QStringLiteral(" *****");
}

struct CheckProblem {
    std::string field;
    std::string what; // "missing", "not numeric", "longer than 500 characters", ...
};

// Makes the field pass the check in a copy, so that the next check names the next problem.
// False for a field we do not know how to fill (the loop stops there).
bool passOver(plo::OutgoingMessage &m, const std::string &field)
{
    const std::pair<const char *, std::string *> names[] = { { "patient.family_name",
                                                                 &m.patient.familyName },
        { "patient.given_name", &m.patient.givenName },
        { "sender.organisation_name", &m.sender.organisationName },
        { "sender.service_name", &m.sender.serviceName },
        { "sender.nurse_name", &m.sender.nurseName },
        { "receiver.practice_name", &m.receiver.practiceName },
        { "receiver.gp_name", &m.receiver.gpName }, { "content.problem", &m.content.problem } };
    for (const auto &[name, value] : names)
        if (field == name) {
            *value = "X";
            return true;
        }
    const std::pair<const char *, std::string *> herIds[]
        = { { "sender.organisation_her_id", &m.sender.organisationHerId },
              { "sender.service_her_id", &m.sender.serviceHerId },
              { "receiver.practice_her_id", &m.receiver.practiceHerId },
              { "receiver.gp_her_id", &m.receiver.gpHerId } };
    for (const auto &[name, value] : herIds)
        if (field == name) {
            *value = "1";
            return true;
        }
    const std::pair<const char *, std::string *> texts[] = { { "content.measurements",
                                                                 &m.content.measurements },
        { "content.plan", &m.content.plan }, { "content.actions_taken", &m.content.actionsTaken },
        { "content.medication", &m.content.medication },
        { "content.question", &m.content.question }, { "msg_id", &m.msgId } };
    for (const auto &[name, value] : texts)
        if (field == name) {
            value->clear();
            return true;
        }
    if (field == "patient.national_id") {
        m.patient.nationalId = "00000000000";
        return true;
    }
    if (field == "sender.nurse_phone") {
        m.sender.nursePhone = "12345678";
        return true;
    }
    if (field.rfind("attachments", 0) == 0) {
        m.attachments.clear();
        return true;
    }
    return false;
}

// Every rule core's check finds broken, in its order. checkMessage names the first only; each
// broken field is passed over in a copy and the check asked again.
std::vector<CheckProblem> checkAll(plo::OutgoingMessage m)
{
    std::vector<CheckProblem> out;
    for (int i = 0; i < 40; ++i) {
        const auto ok = plo::checkMessage(m);
        if (ok)
            break;
        const auto &detail = ok.error().detail;
        const auto colon = detail.find(": ");
        CheckProblem p { detail.substr(0, colon),
            colon == std::string::npos ? std::string() : detail.substr(colon + 2) };
        out.push_back(p);
        if (!passOver(m, p.field))
            break;
    }
    return out;
}

QString problemText(const CheckProblem &p)
{
    const auto &f = p.field;
    const bool missing = p.what == "missing";
    const bool tooLong = p.what.rfind("longer than", 0) == 0;
    const QString limit = QLocale().toString(f.rfind("content.", 0) == 0 && f != "content.problem"
            ? int(plo::maxTextLength)
            : int(plo::maxNameLength));
    if (f == "patient.national_id")
        return missing
            ? ComposerDialog::tr("The patient's national identity number is missing.")
            : ComposerDialog::tr("The patient's national identity number is not 11 digits.");
    if (f == "patient.family_name" || f == "patient.given_name")
        return tooLong ? ComposerDialog::tr(
                   "The patient's name is longer than the message allows (%1 characters).")
                             .arg(limit)
                       : ComposerDialog::tr("The patient's name is missing.");
    if (f == "sender.organisation_name" || f == "sender.service_name")
        return tooLong
            ? ComposerDialog::tr(
                "The follow-up service's name is longer than the message allows (%1 "
                "characters).")
                  .arg(limit)
            : ComposerDialog::tr("The follow-up service's name is missing in Varde's settings.");
    if (f == "sender.organisation_her_id" || f == "sender.service_her_id")
        return missing
            ? ComposerDialog::tr(
                "The follow-up service has no HER-id in Varde's settings, so the GP cannot "
                "answer. Ask whoever administers Varde to register it.")
            : ComposerDialog::tr("The follow-up service's HER-id in Varde's settings is not valid "
                                 "(digits only, at most 9).");
    if (f == "sender.nurse_name")
        return tooLong ? ComposerDialog::tr(
                   "The responsible nurse's name is longer than the message allows (%1 "
                   "characters).")
                             .arg(limit)
                       : ComposerDialog::tr("The responsible nurse's name is missing.");
    if (f == "sender.nurse_phone") {
        if (missing)
            return ComposerDialog::tr("The responsible nurse's phone number is missing.");
        if (tooLong)
            return ComposerDialog::tr("The phone number is too long (at most 20 characters).");
        return ComposerDialog::tr("The phone number may hold only digits, spaces and a leading "
                                  "+, and 3 to 15 digits.");
    }
    if (f == "receiver.gp_name")
        return tooLong
            ? ComposerDialog::tr("The GP's name is longer than the message allows (%1 characters).")
                  .arg(limit)
            : ComposerDialog::tr("The GP's name is missing in the GP list.");
    if (f == "receiver.practice_name")
        return tooLong ? ComposerDialog::tr(
                   "The GP practice's name is longer than the message allows (%1 characters).")
                             .arg(limit)
                       : ComposerDialog::tr("The GP practice's name is missing in the GP list.");
    if (f == "receiver.gp_her_id")
        return missing ? ComposerDialog::tr("The GP has no HER-id in the GP list. The message "
                                            "cannot be sent until it is registered.")
                       : ComposerDialog::tr("The GP's HER-id in the GP list is not valid "
                                            "(digits only, at most 9).");
    if (f == "receiver.practice_her_id")
        return missing ? ComposerDialog::tr("The GP practice has no HER-id in the GP list. The "
                                            "message cannot be sent until it is registered.")
                       : ComposerDialog::tr("The GP practice's HER-id in the GP list is not "
                                            "valid (digits only, at most 9).");
    if (f == "content.problem")
        return tooLong
            ? ComposerDialog::tr("The problem is longer than %1 characters. Make it shorter.")
                  .arg(QLocale().toString(int(plo::maxProblemLength)))
            : ComposerDialog::tr(
                "Write the problem in one sentence: why are you writing to the GP?");
    if (f.rfind("content.", 0) == 0 && tooLong)
        return ComposerDialog::tr("The text is longer than %1 characters. Make it shorter.")
            .arg(limit);
    if (f == "msg_id")
        return ComposerDialog::tr(
            "The message's id is not valid. Close the message and write it again.");
    return ComposerDialog::tr("The message does not meet the PLO standard (%1).").arg(q(f));
}

// Why core could not draft a message for this patient.
QString draftErrorText(const Error &error)
{
    if (error.code != ErrorCode::InvalidArgument)
        return errorText(error);
    if (error.detail == "patient.gp: none registered")
        return ComposerDialog::tr("The patient has no GP registered. Register the GP in the "
                                  "patient's details before writing to them.");
    if (error.detail == "patient.gp: not found")
        return ComposerDialog::tr("The patient's GP is not in the GP list. Choose the GP again "
                                  "in the patient's details.");
    if (error.detail == "patient.status: follow-up has ended")
        return ComposerDialog::tr("The patient's follow-up has ended: no new message can be "
                                  "written.");
    if (error.detail == "patient.service: not found")
        return ComposerDialog::tr("The patient's follow-up service was not found in this "
                                  "store.");
    if (error.detail == "patient: not found")
        return ComposerDialog::tr("The patient was not found.");
    return errorText(error);
}

QString herText(const std::string &herId)
{
    return herId.empty() ? ComposerDialog::tr("⚠ HER-id missing")
                         : ComposerDialog::tr("HER-id %1").arg(q(herId));
}

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

QString fileType(const std::string &mimeType)
{
    if (mimeType == "application/pdf")
        return QStringLiteral("PDF");
    if (mimeType == "image/png")
        return QStringLiteral("PNG");
    if (mimeType == "image/jpeg")
        return QStringLiteral("JPEG");
    return q(mimeType);
}

QString fileSize(std::size_t bytes)
{
    if (bytes < 1024)
        return ComposerDialog::tr("%1 bytes").arg(bytes);
    return ComposerDialog::tr("%1 kB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 0));
}

} // namespace

QString outgoingKindText(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::DialogForesporsel:
        return ComposerDialog::tr("Request to the GP");
    case plo::OutgoingKind::HelseopplysningerLege:
        return ComposerDialog::tr("Health information for the doctor");
    case plo::OutgoingKind::HelsefagligDialog:
        return ComposerDialog::tr("Clinical dialogue");
    }
    return {};
}

ComposerDialog::ComposerDialog(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    Clock clock,
    const QString &patientId,
    const QStringList &findingIds,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_schemas(schemas)
    , m_clock(std::move(clock))
    , m_patientId(patientId)
{
    build();
    auto draft = plo::draftForPatient(m_store, m_patientId.toStdString(),
        plo::OutgoingKind::DialogForesporsel, time::fromEpochMillis(m_clock()));
    if (!draft) {
        m_loadError = draftErrorText(draft.error());
    } else {
        keepOpenFindings(findingIds);
        load(*draft);
    }
    updateKindRows();
    updateChecks();
    updatePreview();
    m_dirty = false;
}

ComposerDialog::ComposerDialog(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    Clock clock,
    const plo::ThreadMessage &draft,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_schemas(schemas)
    , m_clock(std::move(clock))
    , m_patientId(q(draft.patientId))
{
    build();
    if (draft.state != plo::MessageState::Draft || !draft.outgoing || !draft.draft) {
        m_loadError = tr("This message is no longer a draft and cannot be changed.");
    } else {
        m_draftId = draft.id;
        if (!draft.findingId.empty())
            keepOpenFindings({ q(draft.findingId) });
        load(*draft.draft);
    }
    updateKindRows();
    updateChecks();
    updatePreview();
    m_dirty = false;
}

void ComposerDialog::build()
{
    setWindowTitle(tr("Write to the GP"));
    resize(1500, 940);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ComposerDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildForm());
    split->addWidget(buildPreview());
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 9);
    layout->addWidget(split, 1);
    layout->addWidget(buildButtons());
}

QWidget *ComposerDialog::buildHeader()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Write to the GP"), box);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_loadErrorLabel = new QLabel(box);
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_loadErrorLabel->hide();
    layout->addWidget(m_loadErrorLabel);

    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Message &type:"), box);
    m_kind = new QComboBox(box);
    for (auto kind : kinds)
        m_kind->addItem(outgoingKindText(kind), int(kind));
    m_kind->setAccessibleName(tr("Message type"));
    kindLabel->setBuddy(m_kind);
    m_kindHelp = new QLabel(box);
    m_kindHelp->setWordWrap(true);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addSpacing(12);
    kindRow->addWidget(m_kindHelp, 1);
    layout->addLayout(kindRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindRows();
        edited();
    });
    return box;
}

QLabel *ComposerDialog::addMarked(const QString &field, QWidget *input)
{
    auto *label = new QLabel(input->parentWidget());
    label->setWordWrap(true);
    label->setStyleSheet(QLatin1String(problemStyle));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_marks.insert(field, { input, label });
    return label;
}

QPlainTextEdit *ComposerDialog::textField(const QString &field, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setProperty("vardeField", field);
    connect(edit, &QPlainTextEdit::textChanged, this, &ComposerDialog::edited);
    return edit;
}

QWidget *ComposerDialog::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 8, 0);

    // Patient, receiver and sender: from the store, read only (the phone is the nurse's own).
    auto *patient = new QLabel(page);
    patient->setObjectName(QStringLiteral("patientLine"));
    patient->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    patient->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(patient);
    layout->addWidget(addMarked(QStringLiteral("patient"), patient));

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
    connect(m_phone, &QLineEdit::textChanged, this, &ComposerDialog::edited);

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
    connect(m_attachSummary, &QCheckBox::toggled, this, &ComposerDialog::edited);
    layout->addWidget(content);
    layout->addStretch(1);

    scroll->setWidget(page);
    return scroll;
}

QWidget *ComposerDialog::buildPreview()
{
    auto *box = new QGroupBox(tr("How the GP will read the message"), this);
    auto *layout = new QVBoxLayout(box);
    m_previewState = new QLabel(box);
    m_previewState->setWordWrap(true);
    layout->addWidget(m_previewState);
    m_preview = new QPlainTextEdit(box);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("How the GP will read the message"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_preview, 1);
    return box;
}

QWidget *ComposerDialog::buildButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_acknowledge = new QCheckBox(tr("&Acknowledge the findings as “Sent PLO message”"), box);
    m_acknowledge->setAccessibleName(tr("Acknowledge the findings as sent PLO message"));
    m_acknowledge->hide();
    layout->addWidget(m_acknowledge);

    auto *row = new QHBoxLayout;
    m_blocked = new QLabel(box);
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_blocked->setObjectName(QStringLiteral("sendBlocked"));
    m_status = new QLabel(box);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_blocked);
    texts->addWidget(m_status);
    row->addLayout(texts, 1);
    // No default button: Enter in a field must not send the message.
    m_save = new QPushButton(tr("Save &draft"), box);
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ComposerDialog::saveDraft);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ComposerDialog::reject);
    m_queue = new QPushButton(tr("Queue for &sending"), box);
    m_queue->setObjectName(QStringLiteral("queueButton"));
    m_queue->setAutoDefault(false);
    m_queue->setMinimumWidth(200);
    connect(m_queue, &QPushButton::clicked, this, &ComposerDialog::queue);
    row->addWidget(m_save);
    row->addWidget(m_cancel);
    row->addWidget(m_queue);
    layout->addLayout(row);
    return box;
}

void ComposerDialog::keepOpenFindings(const QStringList &candidates)
{
    m_findingIds.clear();
    if (candidates.isEmpty())
        return;
    // Only findings still open can be acknowledged by sending (another nurse may have handled
    // one since the worklist was read).
    auto record = worklist::loadPatientRecord(
        m_store, m_patientId.toStdString(), time::fromEpochMillis(m_clock()));
    if (!record)
        return;
    for (const auto &f : record->row.result.findings)
        if (f.open && candidates.contains(q(f.id)))
            m_findingIds << q(f.id);
}

void ComposerDialog::load(const plo::OutgoingMessage &message)
{
    m_base = message;
    m_loaded = true;
    const QString name = q(message.patient.givenName + " " + message.patient.familyName);
    setWindowTitle(tr("Write to the GP – %1").arg(name));
    m_title->setText(tr("Write to the GP about %1").arg(name));
    if (auto *patient = findChild<QLabel *>(QStringLiteral("patientLine")))
        patient->setText(tr("Patient: %1 (national identity number %2)")
                             .arg(name, maskedId(message.patient.nationalId)));
    const QSignalBlocker kindBlock(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(message.kind)));
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
    fillParties();

    if (!m_findingIds.isEmpty()) {
        m_acknowledge->setChecked(true);
        m_acknowledge->setToolTip(m_findingIds.size() == 1
                ? tr("The open finding the message is about is acknowledged with the action "
                     "“Sent PLO message” when the message is queued.")
                : tr("The %1 open findings the message is about are acknowledged with the "
                     "action “Sent PLO message” when the message is queued.")
                      .arg(m_findingIds.size()));
        m_acknowledge->show();
    }
}

void ComposerDialog::fillParties()
{
    const auto &r = m_base.receiver;
    m_to->setText(tr("GP: %1 – %2\nPractice: %3 – %4")
                      .arg(r.gpName.empty() ? tr("⚠ missing") : q(r.gpName), herText(r.gpHerId),
                          r.practiceName.empty() ? tr("⚠ missing") : q(r.practiceName),
                          herText(r.practiceHerId)));
    const auto &s = m_base.sender;
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

plo::OutgoingKind ComposerDialog::kind() const
{
    return plo::OutgoingKind(m_kind->currentData().toInt());
}

void ComposerDialog::setKind(plo::OutgoingKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ComposerDialog::updateKindRows()
{
    m_kindHelp->setText(kindHelp(kind()));
    // Only a helsefaglig dialog carries attachments; the tick stays if the nurse switches back.
    const bool attachments = kind() == plo::OutgoingKind::HelsefagligDialog;
    m_attachSummary->setVisible(attachments);
}

plo::OutgoingMessage ComposerDialog::message() const
{
    plo::OutgoingMessage m = m_base;
    m.kind = kind();
    m.genDate = time::fromEpochMillis(m_clock());
    m.sender.nursePhone = m_phone->text().trimmed().toStdString();
    m.content.problem = m_problem->toPlainText().trimmed().toStdString();
    m.content.measurements = m_measurements->toPlainText().toStdString();
    m.content.plan = m_plan->toPlainText().toStdString();
    m.content.actionsTaken = m_actions->toPlainText().toStdString();
    m.content.medication = m_medication->toPlainText().toStdString();
    m.content.question = m_question->toPlainText().toStdString();
    m.attachments.clear();
    if (m.kind == plo::OutgoingKind::HelsefagligDialog && m_attachSummary->isChecked())
        if (auto summary = summaryAttachment())
            m.attachments.push_back(std::move(*summary));
    return m;
}

// The same pages as the patient view's GP summary (writeSummaryPdf), painted into memory: the
// PDF goes into the encrypted store with the message and never lies on disk unencrypted.
std::optional<plo::OutgoingAttachment> ComposerDialog::summaryAttachment() const
{
    if (!m_summaryPdf && m_summaryError.isEmpty()) {
        auto record = worklist::loadPatientRecord(
            m_store, m_patientId.toStdString(), time::fromEpochMillis(m_clock()));
        if (!record) {
            m_summaryError = errorText(record.error());
        } else {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                const auto &p = record->row.overview.patient;
                QPdfWriter writer(&buffer);
                writer.setResolution(96);
                writer.setTitle(
                    Tr::tr("Summary for the GP: %1 %2").arg(q(p.givenName), q(p.familyName)));
                writer.setCreator(QStringLiteral("Varde"));
                paintSummary(*record, summaryDays, writer);
            }
            const QByteArray &bytes = buffer.data();
            if (bytes.startsWith("%PDF"))
                m_summaryPdf = std::string(bytes.constData(), std::size_t(bytes.size()));
            else
                m_summaryError = tr("The PDF could not be made.");
        }
    }
    if (!m_summaryPdf)
        return std::nullopt;
    return plo::OutgoingAttachment { "application/pdf", summaryDescription, *m_summaryPdf };
}

std::vector<ComposerDialog::Problem> ComposerDialog::problems() const
{
    std::vector<Problem> out;
    if (!m_loaded)
        return out;
    const auto m = message();
    for (const auto &p : checkAll(m))
        out.push_back({ q(p.field), problemText(p) });
    if (m.kind == plo::OutgoingKind::HelsefagligDialog && m_attachSummary->isChecked()) {
        if (m.attachments.empty())
            out.push_back({ QStringLiteral("attachments"),
                tr("The summary could not be attached: %1").arg(m_summaryError) });
        else if (m.attachments.front().bytes.size() > plo::maxAttachmentBytes)
            out.push_back({ QStringLiteral("attachments"),
                tr("The summary is larger than %1 MB and cannot be attached.")
                    .arg(plo::maxAttachmentBytes / (1024 * 1024)) });
    }
    return out;
}

bool ComposerDialog::canQueue() const { return m_loaded && problems().empty(); }

void ComposerDialog::edited()
{
    m_dirty = true;
    updateChecks();
    m_previewTimer->start();
}

void ComposerDialog::updateCounter()
{
    const int used = characters(m_problem->toPlainText().trimmed());
    const int max = int(plo::maxProblemLength);
    m_counter->setText(used > max ? tr("⚠ %1 of %2 characters: too long").arg(used).arg(max)
                                  : tr("%1 of %2 characters").arg(used).arg(max));
    m_counter->setStyleSheet(used > max ? QLatin1String(problemStyle) : QString());
}

void ComposerDialog::updateChecks()
{
    updateCounter();
    if (!m_loaded) {
        m_loadErrorLabel->setText(QStringLiteral("⚠ ") + m_loadError);
        m_loadErrorLabel->setVisible(!m_loadError.isEmpty());
        for (QWidget *w : std::initializer_list<QWidget *> { m_kind, m_phone, m_problem,
                 m_measurements, m_plan, m_actions, m_medication, m_question, m_attachSummary,
                 m_acknowledge, m_save, m_queue })
            w->setEnabled(false);
        m_blocked->setText(QStringLiteral("⚠ ") + m_loadError);
        return;
    }
    const auto found = problems();
    m_shown.clear();
    QHash<QString, QStringList> texts;
    QString general;
    for (const auto &p : found) {
        // The problem's place: the field itself or the nearest enclosing one ("receiver").
        const QString place = placeOf(p.field);
        if (place.isEmpty()) {
            if (general.isEmpty())
                general = p.text;
            continue;
        }
        if (!texts[place].contains(p.text))
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

    m_queue->setEnabled(found.empty());
    if (found.empty()) {
        m_blocked->clear();
        m_blocked->hide();
        m_queue->setToolTip(QString());
        return;
    }
    const QString first = general.isEmpty() ? found.front().text : general;
    QString text = tr("⚠ Cannot be queued yet: %1").arg(first);
    const auto more = found.size() - 1;
    if (more == 1)
        text += QLatin1Char(' ') + tr("(1 more problem is marked in the form.)");
    else if (more > 1)
        text += QLatin1Char(' ')
            + tr("(%1 more problems are marked in the form.)").arg(qsizetype(more));
    m_blocked->setText(text);
    m_blocked->show();
    m_queue->setToolTip(text);
}

void ComposerDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_loaded) {
        m_preview->clear();
        m_previewState->setText(QString());
        return;
    }
    const auto m = message();
    const QString nurse
        = tr("Responsible nurse: %1, phone %2")
              .arg(q(m.sender.nurseName),
                  m.sender.nursePhone.empty() ? tr("⚠ missing") : q(m.sender.nursePhone));
    const auto attachmentLine = [](const std::string &description, const std::string &mimeType,
                                    std::optional<std::uint64_t> size) {
        return tr("Attachment: %1 (%2%3)")
            .arg(q(description), fileType(mimeType),
                size ? QStringLiteral(", ") + fileSize(std::size_t(*size)) : QString());
    };
    QStringList lines;
    QString body;
    auto xml = plo::composeMessage(m);
    std::optional<plo::PloDocument> doc;
    if (xml)
        if (auto read = plo::readDocument(*xml))
            doc = std::move(*read);
    if (doc) {
        // What the GP's system shows: the parties and the texts as read back from the XML.
        m_previewState->setText(
            tr("As the GP's system shows it, read back from the message. Updated as you write."));
        m_previewState->setStyleSheet(QString());
        lines << tr("Message: %1").arg(q(doc->typeText));
        const auto &r = doc->receiver;
        lines << tr("To: %1 (%2), %3 (%4)")
                     .arg(r.person ? q(r.person->name) : QString(),
                         r.person ? herText(r.person->herId) : QString(), q(r.organisation.name),
                         herText(r.organisation.herId));
        const auto &s = doc->sender;
        QString from = q(s.organisation.name) + QStringLiteral(" (") + herText(s.organisation.herId)
            + QLatin1Char(')');
        if (s.unit)
            from += QStringLiteral(", ") + q(s.unit->name) + QStringLiteral(" (")
                + herText(s.unit->herId) + QLatin1Char(')');
        lines << tr("From: %1").arg(from) << nurse;
        if (doc->patient)
            lines << tr("Patient: %1 (national identity number %2)")
                         .arg(q(doc->patient->fullName()), maskedId(doc->patient->id));
        for (const auto &a : doc->attachments)
            lines << attachmentLine(a.description, a.mimeType, a.size);
        body = q(doc->text());
    } else {
        // Not composable yet: the texts as they stand, said to be unfinished.
        m_previewState->setText(tr("⚠ The message is not complete, so this is only the text as "
                                   "it stands. See the marked fields."));
        m_previewState->setStyleSheet(QLatin1String(problemStyle));
        lines << tr("Message: %1").arg(outgoingKindText(m.kind));
        lines << tr("To: %1 (%2), %3 (%4)")
                     .arg(q(m.receiver.gpName), herText(m.receiver.gpHerId),
                         q(m.receiver.practiceName), herText(m.receiver.practiceHerId));
        lines << tr("From: %1")
                     .arg(q(m.sender.organisationName) + QStringLiteral(" (")
                         + herText(m.sender.organisationHerId) + QLatin1Char(')'))
              << nurse;
        lines << tr("Patient: %1 (national identity number %2)")
                     .arg(q(m.patient.givenName + " " + m.patient.familyName),
                         maskedId(m.patient.nationalId));
        for (const auto &a : m.attachments)
            lines << attachmentLine(a.description, a.mimeType, a.bytes.size());
        body = q(plo::composeBody(m.content));
    }
    const QString text = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + body;
    if (text != m_preview->toPlainText()) {
        // Keep the preview where the nurse had scrolled to.
        const int scroll = m_preview->verticalScrollBar()->value();
        m_preview->setPlainText(text);
        m_preview->verticalScrollBar()->setValue(scroll);
    }
}

void ComposerDialog::refreshNow()
{
    updateChecks();
    updatePreview();
}

// The field's own input, or the nearest enclosing one ("receiver.gp_her_id" → "receiver").
QString ComposerDialog::placeOf(QString field) const
{
    while (!field.isEmpty() && !m_marks.contains(field)) {
        const auto cut = field.lastIndexOf(QLatin1Char('.'));
        field = cut > 0 ? field.left(cut) : QString();
    }
    return field;
}

QWidget *ComposerDialog::fieldWidget(const QString &field) const
{
    return m_marks.value(placeOf(field)).input;
}

QString ComposerDialog::fieldMessage(const QString &field) const
{
    return m_shown.value(placeOf(field));
}

QString ComposerDialog::previewText() const { return m_preview->toPlainText(); }

QString ComposerDialog::sendBlockedText() const
{
    return m_blocked->isHidden() ? QString() : m_blocked->text();
}

QString ComposerDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString ComposerDialog::problemCounterText() const { return m_counter->text(); }

QString ComposerDialog::toText() const { return m_to->text(); }

void ComposerDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(
        problem ? QStringLiteral("color: #a4000f; font-weight: bold;") : QString());
    m_status->show();
}

bool ComposerDialog::saveDraft()
{
    if (!m_loaded)
        return false;
    const auto m = message();
    const std::string findingId
        = m_findingIds.isEmpty() ? std::string() : m_findingIds.front().toStdString();
    auto saved
        = plo::saveDraft(m_store, m_patientId.toStdString(), m, findingId, m_draftId, m_clock());
    if (!saved) {
        showStatus(tr("The draft was not saved: %1").arg(errorText(saved.error())), true);
        return false;
    }
    m_draftId = *saved;
    m_dirty = false;
    showStatus(tr("Draft saved %1.").arg(formatWhen(m_clock(), m_clock())), false);
    Q_EMIT draftSaved(q(m_draftId));
    return true;
}

bool ComposerDialog::queue()
{
    if (!m_loaded)
        return false;
    refreshNow();
    if (!problems().empty()) {
        // The button is off then; a call from elsewhere gets the same answer.
        showStatus(tr("The message was not queued: correct the marked fields first."), true);
        return false;
    }
    const auto m = message();
    plo::QueueOptions options;
    options.draftId = m_draftId;
    if (!m_findingIds.isEmpty())
        options.findingId = m_findingIds.front().toStdString();
    if (m_acknowledge->isChecked())
        for (const auto &id : m_findingIds)
            options.acknowledgeFindingIds.push_back(id.toStdString());
    if (!options.acknowledgeFindingIds.empty())
        options.acknowledgeNote = kindNb(m.kind) + " lagt i kø for sending";
    auto queued
        = plo::queueMessage(m_store, m_schemas, m_patientId.toStdString(), m, options, m_clock());
    if (!queued) {
        const auto &e = queued.error();
        QString text;
        if (e.code == ErrorCode::InvalidArgument) {
            const auto colon = e.detail.find(": ");
            const CheckProblem p { e.detail.substr(0, colon),
                colon == std::string::npos ? std::string() : e.detail.substr(colon + 2) };
            // A field core names is said in words; the schema's own errors are not shown (they
            // may quote values) but mean the message does not meet the standard.
            plo::OutgoingMessage probe;
            text = passOver(probe, p.field)
                ? problemText(p)
                : tr("The message does not meet the PLO standard and was not queued. Nothing was "
                     "sent. Contact IT support if this happens again.");
        } else {
            text = errorText(e);
        }
        showStatus(tr("The message was not queued: %1").arg(text), true);
        return false;
    }
    m_dirty = false;
    Q_EMIT messageQueued(q(queued->id));
    QDialog::accept();
    return true;
}

void ComposerDialog::reject()
{
    if (m_loaded && m_dirty) {
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("Close without saving? The changes to the message will be lost unless you save "
               "them as a draft."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !saveDraft())
            return;
    }
    QDialog::reject();
}

} // namespace varde::ui
