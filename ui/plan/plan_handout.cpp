#include "ui/plan/plan_handout.h"
#include "ui/plan/plan_words.h"

#include "core/plan/plan_text.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/common/tr.h"
#include "ui/queue/status_presentation.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <vector>

namespace varde::ui
{
namespace
{

// Layout units: A4 at 96 an inch, so type sizes are the same on screen, PDF and printer.
constexpr double pageWidth = 794;
constexpr double pageHeight = 1123;
constexpr double margin = 52;
constexpr double contentWidth = pageWidth - 2 * margin;
constexpr double firstTop = 48;
constexpr double laterTop = 84;
constexpr double footerTop = pageHeight - 72;
const QColor ink(0x11, 0x11, 0x11);
const QColor quiet(0x44, 0x44, 0x44);

QString text(const std::string &s) { return QString::fromStdString(s); }

QFont font(double pixels, bool bold = false)
{
    QFont f;
    // Plain sans faces common on Windows and Linux; Qt falls back to the default.
    f.setFamilies(
        { QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans") });
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

// Type for a reader who may not see well: the body at 12 pt, headings larger. (Functions:
// a QFont needs the application.)
QFont titleFont() { return font(32, true); }
QFont nameFont() { return font(22, true); }
QFont headingFont() { return font(20, true); }
QFont bodyFont() { return font(16); }
QFont labelFont() { return font(14, true); }
QFont zoneFont() { return font(24, true); }
QFont emergencyFont() { return font(20, true); }

double heightOf(const QFont &f, double width, const QString &s)
{
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, s).height();
}

// A stack of paragraphs in one column.
struct Block {
    QFont font;
    QString text;
    QColor colour = ink;
    double gapBefore = 0;
};
using Column = std::vector<Block>;

double heightOf(const Column &column, double width)
{
    double h = 0;
    for (const auto &b : column)
        h += b.gapBefore + heightOf(b.font, width, b.text) + 2;
    return h;
}

void draw(QPainter *painter, const Column &column, QPointF at, double width)
{
    double y = at.y();
    for (const auto &b : column) {
        y += b.gapBefore;
        const double h = heightOf(b.font, width, b.text);
        painter->setFont(b.font);
        painter->setPen(b.colour);
        painter->drawText(QRectF(at.x(), y, width, h + 2), Qt::TextWordWrap, b.text);
        y += h + 2;
    }
}

// The flow of the pages; with no painter it only counts them.
struct Flow {
    QPainter *painter = nullptr;
    double y = firstTop;
    int page = 1;
    std::function<void(int)> decorate;

    void need(double height)
    {
        if (y + height <= footerTop)
            return;
        ++page;
        y = laterTop;
        if (painter) {
            static_cast<QPagedPaintDevice *>(painter->device())->newPage();
            decorate(page);
        }
    }
    void paragraph(const QFont &f, const QString &s, double indent = 0, QColor colour = ink)
    {
        const Column column { { f, s, colour } };
        const double h = heightOf(column, contentWidth - indent);
        need(h);
        if (painter)
            draw(painter, column, QPointF(margin + indent, y), contentWidth - indent);
        y += h;
    }
    void heading(const QString &s, double followingHeight)
    {
        y += 10;
        // A heading never stays alone at the foot of a page.
        need(heightOf(headingFont(), contentWidth, s) + followingHeight + 6);
        paragraph(headingFont(), s);
        y += 4;
    }
};

QString situation(plan::Zone zone)
{
    switch (zone) {
    case plan::Zone::Green:
        return Tr::tr("As usual");
    case plan::Zone::Yellow:
        return Tr::tr("Worse than usual");
    case plan::Zone::Red:
        return Tr::tr("Much worse");
    }
    return {};
}

// One zone as a framed box: a band in the zone's colour with icon and word, "how I am" (the
// limits) beside "what I do", then what the service does; red ends with the emergency number.
void zoneBox(Flow &flow, const PlanSheet &sheet, plan::Zone zone)
{
    const auto level = zoneLevel(zone);
    const QColor colour = levelColor(level);
    constexpr double band = 44;
    constexpr double pad = 10;
    const double half = (contentWidth - 3 * pad) / 2;

    Column how { { labelFont(), Tr::tr("How I am"), quiet } };
    if (zone == plan::Zone::Green)
        how.push_back(
            { bodyFont(), Tr::tr("My measurements are within the limits and I feel as usual.") });
    for (const auto &line : sheet.limits[std::size_t(zone)])
        how.push_back({ bodyFont(), line });
    Column does { { labelFont(), Tr::tr("What I do"), quiet },
        { bodyFont(), text(sheet.content.actions(zone).patient) } };
    for (const auto &m : sheet.content.medicines)
        if (m.zone == zone)
            does.push_back({ bodyFont(), Tr::tr("Medicine: %1").arg(text(m.text)), ink, 4 });
    Column service { { labelFont(), Tr::tr("What the follow-up service does"), quiet },
        { bodyFont(), text(sheet.content.actions(zone).service) } };
    if (zone == plan::Zone::Red)
        service.push_back({ emergencyFont(), Tr::tr("Call 113 if life is in danger."), ink, 8 });

    const double columns = std::max(heightOf(how, half), heightOf(does, half));
    const double height
        = band + pad + columns + pad + heightOf(service, contentWidth - 2 * pad) + pad;
    flow.y += 8;
    flow.need(height);
    if (QPainter *p = flow.painter) {
        const QRectF box(margin, flow.y, contentWidth, height);
        p->fillRect(QRectF(box.left(), box.top(), box.width(), band), colour);
        p->setPen(QPen(colour, 3));
        p->setBrush(Qt::NoBrush);
        p->drawRect(box);
        const QPixmap icon = levelIcon(level, 64).pixmap(QSize(128, 128));
        p->drawPixmap(QRectF(box.left() + pad, box.top() + 6, 32, 32), icon, QRectF(icon.rect()));
        p->setPen(levelTextColor(level));
        p->setFont(zoneFont());
        const QString word = levelText(level);
        const QRectF wordBox(box.left() + pad + 44, box.top(), box.width() - 60, band);
        p->drawText(wordBox, Qt::AlignVCenter | Qt::AlignLeft, word);
        p->setFont(nameFont());
        p->drawText(
            wordBox.adjusted(QFontMetricsF(zoneFont()).horizontalAdvance(word) + 8, 0, 0, 0),
            Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("– ") + situation(zone));
        const double top = box.top() + band + pad;
        draw(p, how, QPointF(box.left() + pad, top), half);
        draw(p, does, QPointF(box.left() + 2 * pad + half, top), half);
        p->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 1));
        p->drawLine(QPointF(box.left() + pad, top + columns + pad / 2),
            QPointF(box.right() - pad, top + columns + pad / 2));
        draw(p, service, QPointF(box.left() + pad, top + columns + pad), contentWidth - 2 * pad);
    }
    flow.y += height;
}

QString approvalLine(const PlanSheet &sheet)
{
    if (!sheet.approvedAtMillis)
        return Tr::tr("This plan has not been approved by a doctor.");
    return sheet.personalPlan
        ? Tr::tr("Approved by %1 on %2.").arg(sheet.approvedBy, formatDate(*sheet.approvedAtMillis))
        : Tr::tr("The limits are the follow-up service's standard limits, approved by %1 on %2.")
              .arg(sheet.approvedBy, formatDate(*sheet.approvedAtMillis));
}

int run(const PlanSheet &sheet, std::int64_t now, QPainter *painter, int totalPages)
{
    Flow flow;
    flow.painter = painter;
    const QString printed = text(time::formatOsloDate(time::fromEpochMillis(now)));
    flow.decorate = [&](int page) {
        if (page > 1) {
            painter->setPen(quiet);
            painter->setFont(labelFont());
            painter->drawText(QRectF(margin, 36, contentWidth, 24), Qt::AlignLeft,
                Tr::tr("My self-management plan – %1").arg(sheet.name));
        }
        // Who approved the plan on every page: a page on its own still says whose limits these are.
        painter->setPen(quiet);
        painter->drawLine(
            QPointF(margin, footerTop + 12), QPointF(pageWidth - margin, footerTop + 12));
        painter->setFont(font(13));
        painter->drawText(
            QRectF(margin, footerTop + 18, contentWidth, 20), Qt::AlignLeft, approvalLine(sheet));
        painter->setFont(font(12));
        painter->drawText(QRectF(margin, footerTop + 38, contentWidth, 20), Qt::AlignLeft,
            Tr::tr("Printed %1 by %2").arg(printed, sheet.serviceName));
        painter->drawText(QRectF(margin, footerTop + 38, contentWidth, 20), Qt::AlignRight,
            Tr::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    if (painter)
        flow.decorate(1);

    flow.paragraph(titleFont(), Tr::tr("My self-management plan"));
    flow.y += 2;
    flow.paragraph(nameFont(), sheet.name);
    flow.y += 4;
    if (!sheet.gpName.isEmpty())
        flow.paragraph(bodyFont(),
            sheet.gpPhone.isEmpty()
                ? Tr::tr("My GP: %1").arg(sheet.gpName)
                : Tr::tr("My GP: %1, phone %2").arg(sheet.gpName, sheet.gpPhone));
    // The service has no phone number in Varde yet: a line for the nurse to write it by hand.
    flow.paragraph(bodyFont(),
        Tr::tr("Follow-up service: %1")
            .arg(sheet.serviceName.isEmpty() ? Tr::tr("the home follow-up service")
                                             : sheet.serviceName));
    flow.paragraph(bodyFont(), Tr::tr("Phone: ____________________"));

    const double bodyLine = heightOf(bodyFont(), contentWidth, QStringLiteral("Ag"));
    flow.heading(Tr::tr("What matters to me"), bodyLine);
    if (sheet.content.goals.empty())
        flow.paragraph(bodyFont(), Tr::tr("(Not written down yet.)"), 0, quiet);
    for (const auto &goal : sheet.content.goals) {
        flow.paragraph(bodyFont(), QStringLiteral("• ") + text(goal.text), 8);
        for (const auto &sub : goal.subGoals)
            flow.paragraph(bodyFont(), QStringLiteral("– ") + text(sub), 32);
    }

    flow.heading(Tr::tr("This is how I am – this is what I do"), 120);
    for (auto zone : plan::allZones)
        zoneBox(flow, sheet, zone);

    // The zones come before the measures: on the fridge door they are what must be found fast.
    if (!sheet.content.measures.empty()) {
        flow.heading(Tr::tr("My measures"), bodyLine);
        for (const auto &m : sheet.content.measures)
            flow.paragraph(bodyFont(),
                QStringLiteral("• %1: %2").arg(text(plan::measureAreaNb(m.area)), text(m.text)), 8);
    }

    if (!sheet.schedule.empty()) {
        flow.heading(Tr::tr("My measurements and when"), bodyLine);
        for (const auto &item : sheet.schedule)
            flow.paragraph(bodyFont(),
                QStringLiteral("• %1: %2")
                    .arg(text(plan::scheduleItemNb(item.item)), text(plan::scheduleWhenNb(item))),
                8);
    }
    return flow.page;
}

Result<> auditHandout(store::EncryptedStore &store, const PlanSheet &sheet, const char *how)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = store::appendAudit(store.db(), store::actorOf(store), store::audit::planHandout,
            sheet.patientId, "plan_version", sheet.versionId, how);
        !ok)
        return ok;
    return tx->commit();
}

} // namespace

void paintPlanHandout(const PlanSheet &sheet, std::int64_t nowMillis, QPagedPaintDevice &device)
{
    const int pages = run(sheet, nowMillis, nullptr, 0);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = device.logicalDpiX() / 96.0;
    painter.scale(scale, scale);
    run(sheet, nowMillis, &painter, pages);
}

bool writePlanHandoutPdf(store::EncryptedStore &store,
    const std::string &patientId,
    const QString &path,
    std::int64_t nowMillis,
    QString *error)
{
    auto sheet = PlanSheetReader(store).read(patientId, nowMillis);
    if (!sheet) {
        *error = errorText(sheet.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("The file %1 could not be written.").arg(path);
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setTitle(Tr::tr("My self-management plan – %1").arg(sheet->name));
        writer.setCreator(QStringLiteral("Varde"));
        paintPlanHandout(*sheet, nowMillis, writer);
    }
    if (!file.commit()) {
        *error = Tr::tr("The file %1 could not be written.").arg(path);
        return false;
    }
    if (auto ok = auditHandout(store, *sheet, "pdf"); !ok) {
        QFile::remove(path);
        *error = errorText(ok.error());
        return false;
    }
    return true;
}

bool printPlanHandout(store::EncryptedStore &store,
    const std::string &patientId,
    QPrinter &printer,
    std::int64_t nowMillis,
    QString *error)
{
    auto sheet = PlanSheetReader(store).read(patientId, nowMillis);
    if (!sheet) {
        *error = errorText(sheet.error());
        return false;
    }
    if (auto ok = auditHandout(store, *sheet, "print"); !ok) {
        *error = errorText(ok.error());
        return false;
    }
    paintPlanHandout(*sheet, nowMillis, printer);
    return true;
}

} // namespace varde::ui
