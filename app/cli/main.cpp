#include "CliApp.h"
#include "text/Language.h"
#include "TerminalText.h"
#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// The verbs that draw PDFs need Qt Gui (fonts, painting); the rest start faster without it.
bool needsPainting(int argc, char *argv[])
{
    return argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "workbook") == 0 ||
                        (qstrcmp(argv[1], "workshop") == 0 && argc > 2 &&
                         qstrcmp(argv[2], "report") == 0));
}

QtMessageHandler defaultHandler = nullptr;

// Qt Gui warns on stderr when XDG_RUNTIME_DIR is unset, as it is under cron or a CI runner.
// Nothing of the CLI uses that folder, and stderr is where scripts read real problems, so that
// one warning is dropped; every other message passes through, shown as the CLI shows any text
// (Qt's messages may quote a file name or a value).
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, Waymark::Cli::visible(message, Waymark::Newlines::Keep));
}

} // namespace

int main(int argc, char *argv[])
{
    defaultHandler = qInstallMessageHandler(quietHandler);
    std::unique_ptr<QCoreApplication> app;
    if (needsPainting(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A command-line tool never opens a window: draw off screen, so that reports print on a
        // server or over ssh with no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    // Messages, reports and the bank's texts in the language of the environment (docs/cli.md).
    Waymark::Language::install(Waymark::Language::fromEnvironment());

    Waymark::Cli::TerminalDevice stdoutDevice(stdout);
    Waymark::Cli::TerminalDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    Waymark::Cli::CliContext context{out, err};
    const int code = Waymark::Cli::run(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return code;
}
