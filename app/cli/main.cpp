#include "CliApp.h"
#include "TerminalText.h"
#include "Version.h"
#include "text/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

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
    // Which application the verb needs is known before there is one to ask for its arguments.
    QStringList verbArguments;
    for (int i = 1; i < argc; ++i)
        verbArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (Waymark::Cli::drawsWithQtGui(verbArguments)) {
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
