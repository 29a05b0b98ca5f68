#pragma once
// How PLO messages read on screen: the kind and state of a message in words, the receipt, and
// the worklist's markers (a new reply; a message without a receipt) with their own icons, so a
// marker is never carried by colour alone. Core decides the state (core/plo/message_store.h).
#include "core/plo/message_store.h"

#include <QIcon>
#include <QString>

namespace varde::ui
{

// "Forespørsel til fastlege", "Svar fra fastlege", "Helseopplysninger til lege", ...
QString messageKindText(const std::string &type);
// "Utkast", "I kø for sending", "Sendt", "Mottatt", "Avvist ved mottak"
QString messageStateText(const plo::ThreadMessage &message);
// "Kvittering: OK", "Kvittering: avvist – <text>", "Ingen kvittering ennå", "" for drafts
QString receiptText(const plo::ThreadMessage &message);

// "Nytt svar", "Ingen kvittering", both joined with " · ", "" for none (short: the worklist
// shows it beside the name; the tooltip says more).
QString messageFlagsText(const plo::MessageFlags &flags);
QIcon newReplyIcon(int size = 20); // a closed envelope with a dot
QIcon missingReceiptIcon(int size = 20); // an hourglass

} // namespace varde::ui
