#include "MainWindow.h"
#include "Version.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "common/Settings.h"
#include "text/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <future>

int main(int argc, char *argv[])
{
    // The application first: Qt takes the thread that first uses it as its main thread, so the
    // bank must not be read on another thread before this line.
    QApplication app(argc, argv);
    // The bank is plain data (Qt Core only): read it on another thread while the settings, the
    // language and the command line are dealt with here.
    std::future<Waymark::BankLoadResult> bankLoad =
        std::async(std::launch::async, [] { return Waymark::BankLoader::loadBuiltIn(); });
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(WAYMARK_APP_ID));

    // The language before any text is made: the one chosen in View › Language, else the
    // system's. WAYMARK_LANGUAGE, as for waymark-cli, overrides both (for scripts and tests).
    Waymark::Settings settings;
    const QString choice = qEnvironmentVariableIsSet("WAYMARK_LANGUAGE")
                               ? qEnvironmentVariable("WAYMARK_LANGUAGE")
                               : settings.language();
    Waymark::Language::install(Waymark::Language::resolve(choice));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Waymark: a gateway review of local safeguards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("db"), QObject::tr("Open this database."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QObject::tr("Waymark files to import and open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Waymark::BankLoadResult loaded = bankLoad.get();
    if (!loaded.ok()) {
        QStringList lines;
        for (const Waymark::BankProblem &problem : loaded.problems)
            lines.append(problem.toString());
        QMessageBox::critical(nullptr, QObject::tr("Waymark cannot start"),
                              QObject::tr("The built-in question bank is damaged:\n\n%1")
                                  .arg(lines.join(QLatin1Char('\n'))));
        return 1;
    }

    // Every version of the bank an assessment was answered against, starting from the latest
    // read above, in the app's language (where a bank has no translation its texts stay in
    // English). Another language is chosen for the next start, so one language serves for good.
    Waymark::BankLibrary banks(std::move(*loaded.bank), Waymark::Language::current());
    Waymark::MainWindow window(banks, settings);
    window.show();
    if (parser.isSet(database))
        window.openDatabase(parser.value(database),
                            Waymark::AssessmentStore::OpenMode::ExistingOnly);
    else
        window.restoreSession();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const qint64 id = window.importFiles(files);
        if (id > 0)
            window.openAssessment(id);
    }
    return app.exec();
}
