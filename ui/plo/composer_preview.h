#pragma once
// The composer's right side: the message as the GP's system will show it, read back from the
// composed XML, and the words for kinds, HER-ids and the patient that the form shares with it.
#include "core/plo/compose.h"

#include <QGroupBox>
#include <QString>

#include <string>

class QLabel;
class QPlainTextEdit;

namespace varde::ui
{

// "Forespørsel til fastlege", "Helseopplysninger til lege", "Helsefaglig dialog".
QString outgoingKindText(plo::OutgoingKind kind);
// "HER-id 8721315", or "⚠ HER-id missing".
QString herText(const std::string &herId);
// "17054812345" -> "170548 *****": enough to tell patients apart on screen without showing the
// whole number (the patient view shows it only on request, audited).
QString maskedNationalId(const std::string &id);

class ComposerPreview : public QGroupBox
{
    Q_OBJECT

public:
    explicit ComposerPreview(QWidget *parent = nullptr);

    // What the GP's system shows: read back from the composed XML when core can compose the
    // message, else the texts as they stand, said to be unfinished. Keeps the scroll position.
    void showMessage(const plo::OutgoingMessage &message);
    void clear();
    QString text() const;

private:
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace varde::ui
