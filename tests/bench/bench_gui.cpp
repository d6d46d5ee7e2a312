// GUI benchmarks (docs/performance.md):
//  - start to a usable window with a database of 1,000 assessments, against a bare Qt Widgets
//    "hello" window, each measured as a whole process (start to window shown) side by side;
//  - moving to the next question;
//  - peak memory of the app with that database open.
//   bench_gui [FOLDER]                    run everything (run offscreen or on a display)
//   bench_gui --hello | --app DB          (used by the benchmark) show a window, print, exit
#include "BenchFigures.h"
#include "MainWindow.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "common/Settings.h"
#include "store/AssessmentStore.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/WalkthroughView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <future>
#include <vector>

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

// Runs this program once in a mode and returns the wall-clock time of the whole process.
double timeProcess(const QStringList &arguments, QString *output)
{
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(60000);
    const double ms = timer.nsecsElapsed() / 1e6;
    *output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    return ms;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    // As app/main.cpp does: the application first, then the bank on another thread.
    const bool helloMode = argc > 1 && qstrcmp(argv[1], "--hello") == 0;
    QApplication app(argc, argv);
    std::future<BankLoadResult> bankLoad = std::async(
        helloMode ? std::launch::deferred : std::launch::async, [] { return BankLoader::loadBuiltIn(); });
    const QStringList args = QCoreApplication::arguments();
    if (helloMode) {
        QLabel hello(QStringLiteral("Hello"));
        return showAndExit(hello);
    }
    BankLibrary banks(*bankLoad.get().bank, QStringLiteral("en"));
    const QuestionBank &bank =
        banks.applied(banks.latest().id, banks.latest().version, QStringLiteral("england"));
    if (args.value(1) == QLatin1String("--app")) {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        MainWindow window(banks, settings);
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
        if (!store.open(db, AssessmentStore::OpenMode::CreateIfMissing, &error))
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

    // Side by side: the runs alternate, so the machine's noise falls on both alike.
    QString helloOutput;
    QString waymarkOutput;
    std::vector<double> helloMs;
    std::vector<double> waymarkMs;
    for (int run = 0; run < 25; ++run) {
        helloMs.push_back(timeProcess({QStringLiteral("--hello")}, &helloOutput));
        waymarkMs.push_back(timeProcess({QStringLiteral("--app"), db}, &waymarkOutput));
    }
    const double helloMedian = median(helloMs);
    const double waymarkMedian = median(waymarkMs);
    out << QStringLiteral("start to shown window: hello median %1 ms, Waymark with 1,000 "
                          "assessments median %2 ms (%3x); %4\n")
               .arg(helloMedian, 0, 'f', 1)
               .arg(waymarkMedian, 0, 'f', 1)
               .arg(waymarkMedian / helloMedian, 0, 'f', 2)
               .arg(waymarkOutput);
    out << QStringLiteral("hello window: %1\n").arg(helloOutput);

    // Next question, with the window painting each one.
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    MainWindow window(banks, settings);
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
