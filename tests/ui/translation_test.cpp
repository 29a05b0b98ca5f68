// Bokmål is the default language: every source string the ui shows must have a finished
// bokmål translation, so a nurse never meets the English fallback.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

TEST_CASE("The bokmål translation has no missing or unfinished entries", "[ui][i18n]")
{
    QFile file(QStringLiteral(VARDE_SOURCE_DIR "/translations/varde_nb.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText();
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                problems << context + QStringLiteral(": ") + source;
            // The translation is installed: what the ui shows is the bokmål text.
            else if (QCoreApplication::translate(
                         context.toUtf8().constData(), source.toUtf8().constData())
                != text)
                problems << QStringLiteral("not loaded: ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CAPTURE(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 50);
    CHECK(problems.isEmpty());
}
