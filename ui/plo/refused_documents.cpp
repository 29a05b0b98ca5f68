#include "ui/plo/refused_documents.h"

#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plo/message_presentation.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace varde::ui
{

RefusedDocumentsDialog::RefusedDocumentsDialog(store::EncryptedStore &store, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Received messages that could not be filed"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These documents came in but could not be read or attached to a "
                                "patient. They are kept here; contact the sender if the content "
                                "matters."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(split);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Received"), tr("Kind"), tr("From file"), tr("Why") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Refused documents"));
    m_document = new QPlainTextEdit(split);
    m_document->setReadOnly(true);
    m_document->setAccessibleName(tr("The document as received"));
    m_document->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    split->addWidget(m_table);
    split->addWidget(m_document);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto refused = plo::refusedDocuments(store);
    if (!refused) {
        intro->setText(errorText(refused.error()));
        return;
    }
    m_documents = std::move(*refused);
    m_table->setRowCount(int(m_documents.size()));
    const auto now = QDateTime::currentMSecsSinceEpoch();
    for (int r = 0; r < int(m_documents.size()); ++r) {
        const auto &d = m_documents[std::size_t(r)];
        QString why = QString::fromStdString(d.problem);
        if (d.receipt == plo::ReceiptStatus::Rejected)
            why += QStringLiteral(" ") + tr("(A rejecting receipt was sent back.)");
        const QStringList cells { formatWhen(d.createdAtMillis, now), messageKindText(d.type),
            QString::fromStdString(d.source), why };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &RefusedDocumentsDialog::showSelected);
    if (!m_documents.empty())
        m_table->selectRow(0);
}

void RefusedDocumentsDialog::showSelected()
{
    const int row = m_table->currentRow();
    m_document->setPlainText(row >= 0 && row < int(m_documents.size())
            ? QString::fromStdString(m_documents[std::size_t(row)].document)
            : QString());
}

} // namespace varde::ui
