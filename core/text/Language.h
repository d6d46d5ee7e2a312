#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Waymark {

// The language Waymark speaks: the translator for its texts (compiled in as resources under
// :/waymark/translations) and the default QLocale, so that dates and numbers follow the same
// choice. Qt Core only, so the GUI and the command line choose a language the same way.
//
// Languages are two-letter codes: "en" (the source language) and "cy" (Welsh). An empty choice
// follows the system: the first of QLocale::system().uiLanguages() Waymark has, else English.
class Language
{
public:
    static QString source() { return QStringLiteral("en"); }

    // The languages Waymark ships, source first.
    static QStringList available();

    // A language's name in that language, for a menu: "English", "Cymraeg".
    static QString nativeName(const QString &code);

    // The language a choice stands for: the choice when Waymark has it, the system's language
    // for "" (or anything else), English when the system's language is not one Waymark has.
    static QString resolve(const QString &choice);

    // For the command line and scripts: WAYMARK_LANGUAGE when set ("cy", "en"), otherwise the
    // system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as QLocale::system() reads them).
    static QString fromEnvironment();

    // Installs the translators for a resolved language on the application (replacing any that
    // an earlier call installed) and makes its locale the default. Call after the
    // QCoreApplication exists and before any translated text is made. Returns false when the
    // language's translation could not be loaded; English needs none.
    static bool install(const QString &code);

    // The language install() last set; the source language before any call.
    static QString current();

    // The locale for a language: the system's own when it speaks that language (so en_US keeps
    // its dates), otherwise the language's home locale (en_GB, cy_GB).
    static QLocale localeFor(const QString &code);
};

} // namespace Waymark
