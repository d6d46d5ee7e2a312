#include "VerbOptions.h"

#include "CliTr.h"
#include "TerminalText.h"

#include <algorithm>

namespace Waymark::Cli {

namespace {

// The texts are composed out here, not in VerbOptions' members: lupdate files a tr() call by
// the class it is written in, and the command line's texts are all in the "Waymark::Cli" context.
QString givenTwice(const QString &name)
{
    return tr("--%1 was given more than once; give it once").arg(name);
}

QString emptyDatabaseName()
{
    return tr("--db needs the name of a database file");
}

QString missing(const QString &verb, const QCommandLineOption &option)
{
    return tr("waymark-cli %1: --%2 is required").arg(verb, option.names().constFirst());
}

QString unexpected(const QString &verb, const QString &word)
{
    return visible(tr("waymark-cli %1: unexpected argument \"%2\"").arg(verb, word));
}

} // namespace

VerbOptions::VerbOptions(std::initializer_list<Option> options, Words words)
    : m_options(options)
    , m_words(words)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Option &each : m_options)
        m_parser.addOption(each.option);
}

bool VerbOptions::parse(const VerbCall &call)
{
    // QCommandLineParser expects the program name first: give it the verb's full name.
    QStringList arguments = call.arguments;
    arguments.prepend(QStringLiteral("waymark-cli ") + call.verb);
    const QString problem =
        m_parser.parse(arguments) ? problemWithGivenOptions() : m_parser.errorText();
    if (!problem.isEmpty()) {
        usageError(QStringLiteral("waymark-cli ") + call.verb + QStringLiteral(": ") + problem,
                   call.context);
        return false;
    }
    for (const Option &each : std::as_const(m_options)) {
        if (each.take == Take::Required && !m_parser.isSet(each.option)) {
            usageError(missing(call.verb, each.option), call.context);
            return false;
        }
    }
    if (m_words == Words::Refused && !m_parser.positionalArguments().isEmpty()) {
        call.context.err << unexpected(call.verb, m_parser.positionalArguments().constFirst())
                         << '\n';
        return false;
    }
    return true;
}

QString VerbOptions::problemWithGivenOptions() const
{
    const auto repeatable = [this](const QString &name) {
        return std::any_of(m_options.cbegin(), m_options.cend(), [&name](const Option &each) {
            return each.take == Take::Repeatable && each.option.names().contains(name);
        });
    };
    // optionNames() lists an option once for every time it was given.
    const QStringList given = m_parser.optionNames();
    for (const QString &name : given) {
        if (given.count(name) > 1 && !repeatable(name))
            return givenTwice(name);
    }
    if (given.contains(QLatin1String("db")) && m_parser.value(QStringLiteral("db")).isEmpty())
        return emptyDatabaseName();
    return {};
}

int usageError(const QString &message, CliContext &context)
{
    context.err << message << '\n' << tr("Run 'waymark-cli --help' for usage.") << '\n';
    return UsageError;
}

} // namespace Waymark::Cli
