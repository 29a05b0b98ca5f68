// Paints the GP summary into an in-memory PDF for the composer; see composer_summary.h.
#include "ui/plo/composer_summary.h"

#include "core/worklist/patient_record.h"
#include "ui/common/error_text.h"
#include "ui/common/tr.h"
#include "ui/patient/summary_report.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfWriter>

namespace varde::ui
{
namespace
{

constexpr int summaryDays = 14;
// Written into the message and the record: Norwegian whatever the screen language (as core's
// drafts are).
constexpr auto summaryDescription = "Oppsummering for fastlege";

} // namespace

SummaryAttachment makeSummaryAttachment(
    store::EncryptedStore &store, const std::string &patientId, time::Instant now)
{
    auto record = worklist::loadPatientRecord(store, patientId, now);
    if (!record)
        return { std::nullopt, errorText(record.error()) };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // The writer finishes the PDF when it goes out of scope.
        const auto &p = record->row.overview.patient;
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setTitle(
            Tr::tr("Summary for the GP: %1 %2")
                .arg(QString::fromStdString(p.givenName), QString::fromStdString(p.familyName)));
        writer.setCreator(QStringLiteral("Varde"));
        paintSummary(*record, summaryDays, writer);
    }
    const QByteArray &bytes = buffer.data();
    if (!bytes.startsWith("%PDF"))
        return { std::nullopt, Tr::tr("The PDF could not be made.") };
    return { plo::OutgoingAttachment { "application/pdf", summaryDescription,
                 std::string(bytes.constData(), std::size_t(bytes.size())) },
        QString() };
}

} // namespace varde::ui
