#include "CliApp.h"

#include "BankCommands.h"
#include "Version.h"

#include <QCoreApplication>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

int unknownVerb(const QString &verb, CliContext &context)
{
    context.err << tr("waymark-cli: unknown command \"%1\"").arg(verb) << '\n'
                << tr("Run 'waymark-cli --help' for usage.") << '\n';
    return UsageError;
}

} // namespace

QString usage()
{
    return tr("Usage: waymark-cli COMMAND [OPTIONS]\n"
              "\n"
              "Waymark: a gateway review of local safeguards for elected members.\n"
              "\n"
              "Commands:\n"
              "  --version                      print the version\n"
              "  --help                         print this help\n"
              "  bank show [--bank FILE] [--json]\n"
              "                                 show the built-in question bank, or FILE\n"
              "  bank validate FILE             check a question bank file and list every problem\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 storage error.\n"
              "Full reference: docs/cli.md\n");
}

int run(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty()) {
        context.err << usage();
        return UsageError;
    }
    const QString verb = arguments.constFirst();
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        context.out << "waymark-cli " << WAYMARK_VERSION << '\n';
        return Success;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        context.out << usage();
        return Success;
    }
    if (verb == QLatin1String("bank")) {
        const QString sub = arguments.value(1);
        // QCommandLineParser expects the program name first: give it the verb's full name.
        QStringList rest = arguments.mid(2);
        rest.prepend(QStringLiteral("waymark-cli bank ") + sub);
        if (sub == QLatin1String("show"))
            return bankShow(rest, context);
        if (sub == QLatin1String("validate"))
            return bankValidate(rest, context);
        return unknownVerb(QStringLiteral("bank ") + sub, context);
    }
    return unknownVerb(verb, context);
}

} // namespace Waymark::Cli
