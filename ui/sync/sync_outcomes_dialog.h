#pragma once
// The changes the server did not take as sent: a conflict (someone changed the same thing
// first; the server's current version is shown beside what was sent) or a refusal (with the
// reason). Nothing is dropped silently: each stays listed until someone marks it as seen.

#include <QDialog>

class QTableWidget;
class QPlainTextEdit;
class QPushButton;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

class SyncOutcomesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncOutcomesDialog(store::EncryptedStore &store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    int count() const;
    QPushButton *resolvePlanButton() const { return m_resolvePlan; }

private:
    void reload();
    void showSelected();
    // A plan version's conflict: merge onto the version in force, or set it aside.
    void resolvePlanConflict();

    store::EncryptedStore &m_store;
    QTableWidget *m_table;
    QPlainTextEdit *m_sent;
    QPlainTextEdit *m_answer;
    QPushButton *m_seen;
    QPushButton *m_resolvePlan;
};

} // namespace varde::ui
