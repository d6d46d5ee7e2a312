#include "BankLoader.h"
#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(WAYMARK_APP_ID));

    const Waymark::BankLoadResult loaded = Waymark::BankLoader::loadBuiltIn();
    if (!loaded.ok()) {
        QStringList lines;
        for (const Waymark::BankProblem &problem : loaded.problems)
            lines.append(problem.toString());
        QMessageBox::critical(nullptr, QObject::tr("Waymark cannot start"),
                              QObject::tr("The built-in question bank is damaged:\n\n%1")
                                  .arg(lines.join(QLatin1Char('\n'))));
        return 1;
    }

    Waymark::MainWindow window(*loaded.bank);
    window.show();
    return app.exec();
}
