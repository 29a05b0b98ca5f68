#pragma once
// Received documents that could not be read or matched to a patient, kept for a person: when
// and from where each came, why it was refused, whether a rejecting receipt went back, and the
// document itself so that it can be followed up with the sender by phone or saved to a file.
#include "core/plo/message_store.h"
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <vector>

class QTableWidget;
class QPlainTextEdit;

namespace varde::ui
{

class RefusedDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    RefusedDocumentsDialog(store::EncryptedStore &store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    int count() const { return int(m_documents.size()); }

private:
    void showSelected();

    std::vector<plo::ThreadMessage> m_documents;
    QTableWidget *m_table;
    QPlainTextEdit *m_document;
};

} // namespace varde::ui
