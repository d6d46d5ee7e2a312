#include "CliApp.h"

#include "BankCommands.h"
#include "DataCommands.h"
#include "TerminalText.h"
#include "WorkshopCommands.h"
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
    context.err << visible(tr("waymark-cli: unknown command \"%1\"").arg(verb)) << '\n'
                << tr("Run 'waymark-cli --help' for usage.") << '\n';
    return UsageError;
}

} // namespace

QString usage()
{
    return tr(
        "Usage: waymark-cli COMMAND [OPTIONS]\n"
        "\n"
        "Waymark: a gateway review of local safeguards for elected members.\n"
        "\n"
        "Commands:\n"
        "  --version                      print the version\n"
        "  --help                         print this help\n"
        "  bank show [--bank FILE] [--json]\n"
        "                                 show the built-in question bank, or FILE\n"
        "  bank validate FILE             check a question bank file and list every problem\n"
        "  list --db DB [--json]          list the assessments in a database\n"
        "  new --db DB --authority TEXT --respondent TEXT --role ROLE [--title TEXT]\n"
        "      [--date YYYY-MM-DD]        start an assessment; prints its id\n"
        "  answer --db DB --assessment ID --question QID\n"
        "      --rating 0|1|2|3|dont-know|not-applicable|clear [--evidence TEXT] [--note TEXT]\n"
        "                                 answer one question\n"
        "  scores --db DB --assessment ID [--json]\n"
        "                                 scores, RAG, gateway, priorities and gaps\n"
        "  export --db DB --assessment ID --out FILE [--format FORMAT]\n"
        "                                 write one assessment: exchange (default),\n"
        "                                 answers-csv or actions-csv\n"
        "  import --db DB FILE...         import exchange files; prints the ids\n"
        "  restore --db DB [--backup FILE] [--list]\n"
        "                                 put back the latest (or a chosen) backup\n"
        "  report --db DB --assessment ID --out FILE.pdf\n"
        "                                 print an assessment's gateway review as PDF\n"
        "  report --db DB (--all | --assessment ID...) --out-dir DIR\n"
        "                                 one review per assessment, for a pack; prints the files\n"
        "  workbook --role ROLE --out FILE.pdf [--bank FILE]\n"
        "                                 a blank paper workbook of the role's questions\n"
        "  workshop new --db DB --name TEXT [--authority TEXT] [--date YYYY-MM-DD]\n"
        "      [--facilitator TEXT]       set up a workshop; prints its id\n"
        "  workshop list --db DB [--json] list the workshops\n"
        "  workshop pack --db DB --workshop ID --member TEXT --role ROLE --out FILE\n"
        "                                 an answer pack for one member to fill in\n"
        "  workshop add --db DB --workshop ID [--accept-mismatched] FILE...\n"
        "                                 gather returned files; prints participant ids\n"
        "  workshop member --db DB --workshop ID --name TEXT --role ROLE\n"
        "                                 add a member in the room; prints their id\n"
        "  workshop spread --db DB --workshop ID [--json]\n"
        "                                 how members rated each question\n"
        "  workshop agree --db DB --workshop ID --question QID --rating R [--note TEXT]\n"
        "                                 record the rating the room agreed\n"
        "  workshop report --db DB --workshop ID --out FILE.pdf [--anonymise]\n"
        "      [--member-reviews]         print the workshop pack\n"
        "\n"
        "new, import and workshop new create a --db file that does not exist; the other\n"
        "commands need an existing database. Options are given once each (report's\n"
        "--assessment with --out-dir excepted).\n"
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
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
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
    if (verb == QLatin1String("workshop"))
        return workshop(arguments.mid(1), context);
    using Handler = int (*)(const QStringList &, CliContext &);
    const std::pair<const char *, Handler> verbs[] = {
        {"list", &list},
        {"new", &create},
        {"answer", &answer},
        {"scores", &scores},
        {"export", &exportAssessment},
        {"import", &importFiles},
        {"restore", &restore},
        {"report", &report},
        {"workbook", &workbook},
    };
    for (const auto &[name, handler] : verbs) {
        if (verb == QLatin1String(name)) {
            QStringList rest = arguments.mid(1);
            rest.prepend(QStringLiteral("waymark-cli ") + verb);
            return handler(rest, context);
        }
    }
    return unknownVerb(verb, context);
}

} // namespace Waymark::Cli
