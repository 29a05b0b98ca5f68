#include "ui/plo/message_presentation.h"

#include "ui/common/tr.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <functional>

namespace varde::ui
{
namespace
{

QIcon drawnIcon(int size, const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (const int px : { size, size * 2 }) {
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(px / 20.0, px / 20.0);
        draw(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QString messageKindText(const std::string &type)
{
    if (type == "HELSEOPPLYSNINGER_LEGE")
        return Tr::tr("Health information to the GP");
    if (type == "DIALOG_FORESPORSEL")
        return Tr::tr("Request to the GP");
    if (type == "DIALOG_SVAR")
        return Tr::tr("Answer from the GP");
    if (type == "DIALOG_HELSEFAGLIG")
        return Tr::tr("Clinical dialogue");
    if (type == "DIALOG_NOTAT")
        return Tr::tr("Note");
    if (type == "DIALOG_AVVIK")
        return Tr::tr("Deviation report");
    if (type == "MEDISINSKE_OPPLYSNINGER")
        return Tr::tr("Medical information from the GP");
    if (type == "APPREC")
        return Tr::tr("Receipt");
    if (type.rfind("LOG_", 0) == 0)
        return Tr::tr("Patient logistics (%1)").arg(QString::fromStdString(type.substr(4)));
    if (type.empty())
        return Tr::tr("Unreadable document");
    return QString::fromStdString(type);
}

QString messageStateText(const plo::ThreadMessage &m)
{
    switch (m.state) {
    case plo::MessageState::Draft:
        return Tr::tr("Draft");
    case plo::MessageState::Queued:
        return Tr::tr("Queued for sending");
    case plo::MessageState::Sent:
        return Tr::tr("Sent");
    case plo::MessageState::Received:
        return m.readAtMillis ? Tr::tr("Received") : Tr::tr("Received, unread");
    case plo::MessageState::Refused:
        return Tr::tr("Refused on receipt");
    }
    return {};
}

QString receiptText(const plo::ThreadMessage &m)
{
    if (m.state == plo::MessageState::Draft || m.state == plo::MessageState::Refused)
        return {};
    const auto detail = QString::fromStdString(m.receiptText);
    switch (m.receipt) {
    case plo::ReceiptStatus::None:
        return m.outgoing ? Tr::tr("No receipt yet") : QString();
    case plo::ReceiptStatus::Ok:
        return m.outgoing ? Tr::tr("Receipt: OK") : Tr::tr("Receipt sent: OK");
    case plo::ReceiptStatus::OkWithErrors:
        return Tr::tr("Receipt: OK with errors – %1").arg(detail);
    case plo::ReceiptStatus::Rejected:
        return m.outgoing ? Tr::tr("Receipt: rejected – %1").arg(detail)
                          : Tr::tr("Receipt sent: rejected – %1").arg(detail);
    }
    return {};
}

QString messageFlagsText(const plo::MessageFlags &flags)
{
    QStringList parts;
    if (flags.unreadReplies == 1)
        parts << Tr::tr("New reply");
    else if (flags.unreadReplies > 1)
        parts << Tr::tr("%1 new replies").arg(flags.unreadReplies);
    if (flags.withoutReceipt > 0)
        parts << Tr::tr("No receipt");
    return parts.join(QStringLiteral(" · "));
}

QIcon newReplyIcon(int size)
{
    return drawnIcon(size, [](QPainter &p) {
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.3));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(2.5, 5.5, 15, 10));
        p.drawPolyline(QPolygonF { { 2.5, 5.5 }, { 10, 11.5 }, { 17.5, 5.5 } });
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x00, 0x48, 0x8a));
        p.drawEllipse(QPointF(16.5, 4.5), 3.2, 3.2);
    });
}

QIcon missingReceiptIcon(int size)
{
    return drawnIcon(size, [](QPainter &p) {
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.4));
        p.drawLine(QPointF(5, 2.5), QPointF(15, 2.5));
        p.drawLine(QPointF(5, 17.5), QPointF(15, 17.5));
        p.setBrush(Qt::white);
        p.drawPolygon(QPolygonF { { 6, 2.5 }, { 14, 2.5 }, { 10, 10 } });
        p.drawPolygon(QPolygonF { { 6, 17.5 }, { 14, 17.5 }, { 10, 10 } });
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        p.drawPolygon(QPolygonF { { 7.5, 17 }, { 12.5, 17 }, { 10, 13.5 } });
    });
}

} // namespace varde::ui
