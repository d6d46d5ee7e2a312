#include "CliApp.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Waymark::Cli::CliContext context{out, err};
    const int code = Waymark::Cli::run(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return code;
}
