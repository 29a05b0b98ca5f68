// Shared main for ui tests: the offscreen platform with a fixed 1920×1080 screen at 96 DPI
// (unless QT_QPA_PLATFORM is set), bokmål locale and translations, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" VARDE_SOURCE_DIR "/tests/ui/offscreen-1080p.json");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QTranslator translator;
    if (!translator.load(
            QLocale(), QStringLiteral("varde"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        fprintf(stderr, "the bokmål translation is missing from the resources\n");
        return 1;
    }
    QApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
