#pragma once

#include "CliContext.h"

#include <QCommandLineParser>

#include <initializer_list>

namespace Waymark::Cli {

// How a verb takes one of its options.
enum class Take
{
    Optional,
    Required,   // missing: a usage error that names it
    Repeatable, // may be given more than once (every other option is a usage error the second time)
};

// What a verb does with the words that are not options.
enum class Words
{
    Refused,  // any one is a usage error ("unexpected argument")
    Accepted, // the verb reads them (files) and says itself how many it needs
};

// A verb's options, said once: which it knows, which it needs, which may be repeated. parse()
// applies the rules every verb shares, so that they read alike whichever verb breaks them: an
// unknown option, an option given twice (a script that says --db twice means one of them, and
// which one must not be guessed), an empty --db, a required option missing, a stray word.
class VerbOptions
{
public:
    struct Option
    {
        Option(const QCommandLineOption &option, Take take = Take::Optional)
            : option(option)
            , take(take)
        {
        }
        QCommandLineOption option;
        Take take;
    };

    VerbOptions(std::initializer_list<Option> options, Words words = Words::Refused);

    // Parses the call's arguments; on a usage error prints why (and how to get help) and
    // returns false.
    bool parse(const VerbCall &call);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    // The words that are not options (Words::Accepted).
    QStringList words() const { return m_parser.positionalArguments(); }

private:
    QString problemWithGivenOptions() const;

    QList<Option> m_options;
    Words m_words;
    QCommandLineParser m_parser;
};

// Prints a usage error (message, then how to get help) and returns UsageError.
int usageError(const QString &message, CliContext &context);

} // namespace Waymark::Cli
