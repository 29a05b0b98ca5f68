#include "ui/sync/sign_out_for_good.h"

#include "core/store/audit_log.h"
#include "core/store/encrypted_store.h"
#include "core/store/transaction.h"
#include "core/sync/sync_engine.h"
#include "core/sync/wipe.h"
#include "ui/common/error_text.h"
#include "ui/sync/sync_controller.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QtCore/qcoreapplication.h>

namespace varde::ui
{
namespace
{

// The words of this flow, translated in the context "SignOutForGood".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SignOutForGood)
};

} // namespace

bool SignOutMessageBoxes::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(
               m_parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void SignOutMessageBoxes::tell(const QString &title, const QString &text)
{
    QMessageBox::information(m_parent, title, text);
}

bool signOutForGood(store::EncryptedStore &store, SyncController &sync, SignOutQuestions &ask)
{
    const QString title = Text::tr("Sign out for good");
    if (!sync.hasServer()) {
        ask.tell(title,
            Text::tr(
                "This workstation has never been connected to a server, so its changes and its "
                "access log exist only here. It is not deleted from Varde; ask your IT "
                "department if it is to be removed."));
        return false;
    }
    if (!ask.confirm(title,
            Text::tr("Sign this workstation out for good? Everything waiting is sent to the server "
                     "first; then the patient data and the keys are deleted from this PC and Varde "
                     "closes.")))
        return false;

    // The sign-out itself is audited, and goes with the rest.
    {
        auto tx = store::Transaction::begin(store.db());
        if (!tx || !store::appendAudit(store.db(), store::actorOf(store), "store.wipe")
            || !tx->commit()) {
            ask.tell(title, Text::tr("The sign-out could not be recorded; nothing was deleted."));
            return false;
        }
    }
    sync.stop();
    auto db = store.openAnotherConnection();
    if (!db) {
        ask.tell(title, errorText(db.error()));
        sync.start();
        return false;
    }
    sync::SyncEngine engine(std::move(*db), sync.serverAddress());
    bool discard = false;
    for (;;) {
        auto pushed = engine.push();
        auto waiting = sync::waitingChanges(engine.db());
        if (!waiting) {
            ask.tell(title, errorText(waiting.error()));
            break;
        }
        const QString why = pushed ? QString() : errorText(pushed.error());
        switch (sync::wipeVerdict(*waiting, discard)) {
        case sync::WipeVerdict::Wipe:
            if (auto ok = engine.signOut(); !ok) {
                ask.tell(title, errorText(ok.error()));
                break;
            }
            return true;
        case sync::WipeVerdict::AuditUnsent:
            ask.tell(title,
                Text::tr(
                    "The access log (%1 events) has not reached the server, and it can never be "
                    "given up. Nothing was deleted. Connect to the network and try again.%2")
                    .arg(waiting->auditEvents)
                    .arg(why.isEmpty() ? QString() : QStringLiteral("\n\n") + why));
            break;
        case sync::WipeVerdict::SendFirst:
            if (!discard
                && ask.confirm(title,
                    Text::tr(
                        "%1 changes made on this workstation could not be sent.%2\n\nGive them "
                        "up and delete the workstation anyway? The access log (%3 events) is "
                        "still sent first.")
                        .arg(waiting->other)
                        .arg(why.isEmpty() ? QString() : QStringLiteral("\n\n") + why)
                        .arg(waiting->auditEvents))) {
                discard = true;
                if (auto gone = sync::discardAllButAudit(engine.db()); !gone) {
                    ask.tell(title, errorText(gone.error()));
                    break;
                }
                continue; // send the audit events, then decide again
            }
            ask.tell(
                title, Text::tr("Nothing was deleted. The changes wait and are sent as usual."));
            break;
        }
        break;
    }
    sync.start();
    return false;
}

} // namespace varde::ui
