#pragma once
// "Sign out for good and delete local data" (issue 10): everything waiting is sent first; the
// nurse may give up the other waiting changes but never the audit events; only when nothing
// waits does the workstation forget the server and the files go (after the window has closed
// the store). The decisions are core's (core/sync/wipe.h); this asks and tells in words.
#include <QString>

class QWidget;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

class SyncController;

// True when the store may now be wiped: the caller closes the window (which closes the store)
// and removes the files (sync::removeStoreFiles). `ask` answers yes/no questions (a message
// box in the app; a test may answer for the user).
struct SignOutQuestions {
    virtual ~SignOutQuestions() = default;
    virtual bool confirm(const QString &title, const QString &text) = 0;
    virtual void tell(const QString &title, const QString &text) = 0;
};
bool signOutForGood(store::EncryptedStore &store, SyncController &sync, SignOutQuestions &ask);

// Message boxes over `parent`.
class SignOutMessageBoxes : public SignOutQuestions
{
public:
    explicit SignOutMessageBoxes(QWidget *parent)
        : m_parent(parent)
    {
    }
    bool confirm(const QString &title, const QString &text) override;
    void tell(const QString &title, const QString &text) override;

private:
    QWidget *m_parent;
};

} // namespace varde::ui
