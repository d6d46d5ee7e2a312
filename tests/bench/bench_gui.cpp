// GUI benchmarks (docs/performance.md):
//  - start to a usable window with a database of 1,000 assessments, against a bare Qt Widgets
//    "hello" window, each measured as a whole process (start to window shown) side by side;
//  - moving to the next question;
//  - peak memory of the app with that database open.
//   bench_gui [FOLDER]                    run everything (run offscreen or on a display)
//   bench_gui --hello | --app DB          (used by the benchmark) show a window, print, exit
#include "AssessmentDocument.h"
#include "AssessmentStore.h"
#include "BankLoader.h"
#include "BenchFigures.h"
#include "MainWindow.h"
#include "SampleAssessment.h"
#include "WalkthroughView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

using namespace Waymark;

namespace {

int showAndExit(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QApplication::processEvents();
    QTextStream(stdout) << "peak-MiB " << peakMemoryMiB() << '\n';
    return 0;
}

// Runs this program in a mode, n times, and returns the wall-clock times of the whole processes.
Figures timeProcesses(const QStringList &arguments, int n, QString *lastOutput)
{
    return measure(n, [&](int) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(60000);
        *lastOutput = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--hello")) {
        QLabel hello(QStringLiteral("Hello"));
        return showAndExit(hello);
    }
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;
    if (args.value(1) == QLatin1String("--app")) {
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(bank, settings);
        window.openDatabase(args.value(2));
        return showAndExit(window);
    }

    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString folder = args.size() > 1 ? args.at(1) : temporary.path();
    QDir().mkpath(folder);
    const QString db = folder + QStringLiteral("/gui-thousand.db");
    if (!QFile::exists(db)) {
        AssessmentStore store;
        StoreError error;
        if (!store.open(db, &error))
            qFatal("%s", qPrintable(error.message));
        for (int n = 0; n < 1000; ++n) {
            Assessment assessment = sampleAssessment(bank);
            assessment.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            assessment.info.respondent = QStringLiteral("Member %1").arg(n);
            if (!store.importAssessment(assessment, &error))
                qFatal("%s", qPrintable(error.message));
        }
        store.backupNow(nullptr, &error);
    }

    QString output;
    const Figures hello = timeProcesses({QStringLiteral("--hello")}, 15, &output);
    const QString helloMemory = output;
    const Figures waymark = timeProcesses({QStringLiteral("--app"), db}, 15, &output);
    out << QStringLiteral("start to shown window: hello median %1 ms, Waymark with 1,000 assessments median %2 ms (%3x); %4\n")
               .arg(hello.medianMs, 0, 'f', 1)
               .arg(waymark.medianMs, 0, 'f', 1)
               .arg(waymark.medianMs / hello.medianMs, 0, 'f', 2)
               .arg(output);
    out << QStringLiteral("hello window: %1\n").arg(helloMemory);

    // Next question, with the window painting each one.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(bank, settings);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.openDatabase(db);
    window.openAssessment(1);
    auto *walkthrough = window.findChild<WalkthroughView *>();
    const int count = window.document()->questions().size();
    const Figures next = measure(count - 1, [&](int) {
        walkthrough->goToNext();
        window.repaint();
    });
    out << QStringLiteral("next question (show + repaint): median %1 ms, p99 %2 ms (%3 moves)\n")
               .arg(next.medianMs, 0, 'f', 2)
               .arg(next.p99Ms, 0, 'f', 2)
               .arg(count - 1);
    return 0;
}
