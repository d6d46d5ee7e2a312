#include "CliApp.h"

#include "BankCommands.h"
#include "CliTr.h"
#include "DataCommands.h"
#include "ServerCommands.h"
#include "TerminalText.h"
#include "VerbOptions.h"
#include "Version.h"
#include "WorkshopCommands.h"

namespace Waymark::Cli {

namespace {

// The verbs that draw a PDF need Qt Gui (fonts, painting), so a QGuiApplication (main.cpp).
enum class Draws
{
    Nothing,
    Pdf,
};

struct Verb
{
    const char *name; // one word, or two for the verbs of a group ("workshop add")
    VerbHandler handler;
    Draws draws;
};

// Every verb of docs/cli.md, the one place that names them.
const Verb Verbs[] = {
    {"bank show", &bankShow, Draws::Nothing},
    {"bank validate", &bankValidate, Draws::Nothing},
    {"list", &list, Draws::Nothing},
    {"new", &create, Draws::Nothing},
    {"answer", &answer, Draws::Nothing},
    {"scores", &scores, Draws::Nothing},
    {"trend", &trend, Draws::Nothing},
    {"export", &exportAssessment, Draws::Nothing},
    {"import", &importFiles, Draws::Nothing},
    {"restore", &restore, Draws::Nothing},
    {"report", &report, Draws::Pdf},
    {"workbook", &workbook, Draws::Pdf},
    {"workshop new", &workshopNew, Draws::Nothing},
    {"workshop list", &workshopList, Draws::Nothing},
    {"workshop add", &workshopAdd, Draws::Nothing},
    {"workshop member", &workshopMember, Draws::Nothing},
    {"workshop pack", &workshopPack, Draws::Nothing},
    {"workshop spread", &workshopSpread, Draws::Nothing},
    {"workshop agree", &workshopAgree, Draws::Nothing},
    {"workshop report", &workshopReport, Draws::Pdf},
    {"server init", &serverInit, Draws::Nothing},
    {"server grant", &serverGrant, Draws::Nothing},
    {"server upgrade", &serverUpgrade, Draws::Nothing},
    {"server status", &serverStatus, Draws::Nothing},
    {"server copy", &serverCopy, Draws::Nothing},
    {"history", &answerHistory, Draws::Nothing},
};

// The verb whose words start arguments, or nullptr.
const Verb *findVerb(const QStringList &arguments)
{
    for (const Verb &verb : Verbs) {
        const QStringList words = QString::fromLatin1(verb.name).split(QLatin1Char(' '));
        if (arguments.mid(0, words.size()) == words)
            return &verb;
    }
    return nullptr;
}

// What the user typed as a verb, to name in "unknown command": the group and the next word for
// a group ("workshop frobnicate"), else the first word.
QString typedVerb(const QStringList &arguments)
{
    const QString &first = arguments.constFirst();
    const QString group = first + QLatin1Char(' ');
    for (const Verb &verb : Verbs) {
        if (QLatin1String(verb.name).startsWith(group))
            return group + arguments.value(1);
    }
    return first;
}

} // namespace

bool drawsWithQtGui(const QStringList &arguments)
{
    const Verb *verb = findVerb(arguments);
    return verb && verb->draws == Draws::Pdf;
}

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
        "  bank show [--bank FILE] [--jurisdiction J] [--json]\n"
        "                                 show the built-in question bank, or FILE, as it\n"
        "                                 applies under J's law (england, wales) if given\n"
        "  bank validate FILE             check a question bank file and list every problem\n"
        "  list --db DB [--json]          list the assessments in a database\n"
        "  new --db DB --authority TEXT --respondent TEXT --role ROLE [--title TEXT]\n"
        "      [--date YYYY-MM-DD] [--jurisdiction england|wales]\n"
        "                                 start an assessment; prints its id\n"
        "  new --db DB --from ID [--title TEXT] [--date YYYY-MM-DD]\n"
        "                                 start the next cycle of an assessment, its\n"
        "                                 evidence and open actions carried; prints its id\n"
        "  answer --db DB --assessment ID --question QID\n"
        "      --rating 0|1|2|3|dont-know|not-applicable|clear [--evidence TEXT] [--note TEXT]\n"
        "                                 answer one question\n"
        "  scores --db DB --assessment ID [--json]\n"
        "                                 scores, RAG, gateway, priorities and gaps\n"
        "  trend --db DB --authority TEXT --role ROLE [--json]\n"
        "                                 every assessment of an authority and role, each\n"
        "                                 scored against its own bank version\n"
        "  export --db DB --assessment ID --out FILE [--format FORMAT]\n"
        "                                 write one assessment: exchange (default),\n"
        "                                 answers-csv or actions-csv\n"
        "  import --db DB FILE...         import exchange files; prints the ids\n"
        "  restore --db DB [--backup FILE] [--list]\n"
        "                                 put back the latest (or a chosen) backup\n"
        "  report --db DB --assessment ID --out FILE.pdf|FILE.html|FILE.odt\n"
        "      [--format pdf|html|odt]    an assessment's gateway review: tagged PDF,\n"
        "                                 accessible HTML or an editable document\n"
        "  report --db DB (--all | --assessment ID...) --out-dir DIR [--format F]\n"
        "                                 one review per assessment, for a pack; prints the files\n"
        "  workbook --role ROLE --out FILE.pdf|.html|.odt [--format F] [--bank FILE]\n"
        "      [--jurisdiction J]\n"
        "                                 a blank paper workbook of the role's questions\n"
        "  workshop new --db DB --name TEXT [--authority TEXT] [--date YYYY-MM-DD]\n"
        "      [--facilitator TEXT] [--jurisdiction J]\n"
        "                                 set up a workshop; prints its id\n"
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
        "  workshop report --db DB --workshop ID --out FILE.pdf|.html|.odt [--format F]\n"
        "      [--anonymise] [--member-reviews]\n"
        "                                 print the workshop pack\n"
        "  server init --db URI           set Waymark up on a PostgreSQL server\n"
        "  server grant --db URI --login NAME --as member|facilitator|officer|admin\n"
        "                                 give a login its Waymark role\n"
        "  server upgrade --db URI        raise the server's Waymark data to this version\n"
        "  server status --db URI [--json]\n"
        "                                 the server, its Waymark data, and what you may do\n"
        "  server copy --from FILE --db URI\n"
        "                                 copy a laptop's assessments to the server\n"
        "  history --db URI --assessment ID [--question QID] [--json]\n"
        "                                 every change of an answer, as the server keeps it\n"
        "\n"
        "DB is a database file, or a PostgreSQL server as\n"
        "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=require] (docs/server.md).\n"
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
    const QString &verb = arguments.constFirst();
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        context.out << "waymark-cli " << WAYMARK_VERSION << '\n';
        return Success;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        context.out << usage();
        return Success;
    }
    const Verb *found = findVerb(arguments);
    if (!found) {
        return usageError(
            visible(tr("waymark-cli: unknown command \"%1\"").arg(typedVerb(arguments))), context);
    }
    const QString name = QString::fromLatin1(found->name);
    const VerbCall call{name, arguments.mid(name.count(QLatin1Char(' ')) + 1), context};
    return found->handler(call);
}

} // namespace Waymark::Cli
