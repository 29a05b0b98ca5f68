// Bokmål is the default language: every source string the ui shows must have a finished
// bokmål translation, so a nurse never meets the English fallback.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QXmlStreamReader>

#include <memory>

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

TEST_CASE("Qt's own standard buttons and edit menus speak bokmål", "[ui][i18n]")
{
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel
        | QDialogButtonBox::Close | QDialogButtonBox::Yes | QDialogButtonBox::No);
    CHECK(buttons.button(QDialogButtonBox::Save)->text() == QStringLiteral("Lagre"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("Lukk"));
    CHECK(buttons.button(QDialogButtonBox::Yes)->text() == QStringLiteral("&Ja"));
    CHECK(buttons.button(QDialogButtonBox::No)->text() == QStringLiteral("&Nei"));
    QLineEdit edit(QStringLiteral("tekst"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const auto *action : menu->actions())
        texts << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    CAPTURE(texts.join(QLatin1Char('|')).toStdString());
    CHECK(texts.contains(QStringLiteral("&Kopier")));
    CHECK(texts.contains(QStringLiteral("&Lim inn")));
}
