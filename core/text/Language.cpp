#include "text/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Waymark {

namespace {

QString &currentLanguage()
{
    static QString language = Language::source();
    return language;
}

// The translators install() put in place, kept so that a second call can take them out again.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

// "cy-GB", "cy_GB.UTF-8" and "CY" are all Welsh.
QString languagePart(const QString &name)
{
    QString code = name.section(QLatin1Char('.'), 0, 0);
    code = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    return code.trimmed().toLower();
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("cy")};
}

QString Language::nativeName(const QString &code)
{
    // Each language by its own name, never translated: a reader looks for the name they know.
    if (code == QLatin1String("cy"))
        return QStringLiteral("Cymraeg");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString Language::resolve(const QString &choice)
{
    const QString wanted = languagePart(choice);
    if (available().contains(wanted))
        return wanted;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = languagePart(name);
        if (available().contains(code))
            return code;
    }
    return source();
}

QString Language::fromEnvironment()
{
    return resolve(qEnvironmentVariable("WAYMARK_LANGUAGE"));
}

QLocale Language::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == QLatin1String("cy")) {
        return system.language() == QLocale::Welsh
                   ? system
                   : QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    }
    // English on a Welsh system means British English; any other system keeps its own locale,
    // as it did before Waymark was translated.
    return system.language() == QLocale::Welsh ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                               : system;
}

bool Language::install(const QString &code)
{
    remove(appTranslator());
    remove(qtTranslator());
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    currentLanguage() = code;

    // English has a translation too, for the plural forms of texts such as "%n file(s)".
    auto translator = std::make_unique<QTranslator>();
    const bool loaded =
        translator->load(QStringLiteral(":/waymark/translations/waymark_%1.qm").arg(code));
    if (loaded) {
        QCoreApplication::installTranslator(translator.get());
        appTranslator() = std::move(translator);
    }
    if (code == source())
        return true;
    // Qt's own texts (standard buttons, shortcuts) where Qt ships them: Debian's Qt 6.4 has no
    // Welsh, so this is quietly absent until it does.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return loaded;
}

QString Language::current()
{
    return currentLanguage();
}

} // namespace Waymark
