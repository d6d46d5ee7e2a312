// Store benchmarks (docs/performance.md): saving one answer; a database of 1,000 assessments
// (~100,000 answers) opened and listed, one assessment loaded, and the memory that takes; import
// and export of one full assessment.
//   bench_store [FOLDER]        run everything, building the big database in FOLDER (a temporary
//                               folder by default)
//   bench_store --open-only DB  (used by the benchmark itself) open + list + load in a fresh
//                               process and print the peak resident memory
#include "store/AssessmentStore.h"
#include "bank/BankLoader.h"
#include "BenchData.h"
#include "BenchFigures.h"
#include "exchange/ExchangeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace Waymark;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &what, const StoreError &error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error.message));
}

int openOnly(const QString &path)
{
    AssessmentStore store;
    StoreError error;
    if (!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error))
        fail(QStringLiteral("open"), error);
    const QList<AssessmentSummary> list = store.listAssessments(&error);
    const std::optional<Assessment> one =
        store.loadAssessment(list.at(list.size() / 2).info.id, &error);
    if (!one)
        fail(QStringLiteral("load"), error);
    out << "assessments " << list.size() << " answers-in-one " << one->answers.size()
        << " peak-MiB " << QString::number(peakMemoryMiB(), 'f', 1) << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open-only"))
        return openOnly(args.at(2));

    QTemporaryDir temporary;
    const QString folder = args.size() > 1 ? args.at(1) : temporary.path();
    QDir().mkpath(folder);
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;
    StoreError error;

    // 1. Saving one answer, as the GUI does on every change.
    {
        const QString path = folder + QStringLiteral("/save.db");
        QFile::remove(path);
        AssessmentStore store;
        if (!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error))
            fail(QStringLiteral("open"), error);
        AssessmentInfo info = fullAssessment(bank, 0).info;
        store.createAssessment(info, &error);
        const QList<const Question *> questions = bank.questions();
        const Figures save = measure(2000, [&](int i) {
            Answer answer;
            answer.rating = Rating(1 + i % 4);
            answer.evidence = QStringLiteral("Evidence typed so far: %1").arg(i);
            if (!store.saveAnswer(info.id, questions.at(i % questions.size())->id, answer, &error))
                fail(QStringLiteral("save"), error);
        });
        out << QStringLiteral("save one answer: median %1 ms, p99 %2 ms (2000 saves)\n")
                   .arg(save.medianMs, 0, 'f', 3)
                   .arg(save.p99Ms, 0, 'f', 3);
    }

    // 2. A database of 1,000 full assessments.
    const QString big = folder + QStringLiteral("/thousand.db");
    if (!QFile::exists(big)) {
        AssessmentStore store;
        if (!store.open(big, AssessmentStore::OpenMode::CreateIfMissing, &error))
            fail(QStringLiteral("open"), error);
        for (int n = 1; n <= 1000; ++n) {
            if (!store.importAssessment(fullAssessment(bank, n), &error))
                fail(QStringLiteral("build"), error);
        }
        store.backupNow(nullptr, &error); // so that opening below does not take the daily backup
    }
    {
        qint64 answers = 0;
        const Figures openList = measure(20, [&](int) {
            AssessmentStore store;
            if (!store.open(big, AssessmentStore::OpenMode::CreateIfMissing, &error))
                fail(QStringLiteral("open"), error);
            const QList<AssessmentSummary> list = store.listAssessments(&error);
            answers = 0;
            for (const AssessmentSummary &summary : list)
                answers += summary.answered;
        });
        AssessmentStore store;
        store.open(big, AssessmentStore::OpenMode::CreateIfMissing, &error);
        const Figures load = measure(200, [&](int i) {
            if (!store.loadAssessment(1 + (i * 37) % 1000, &error))
                fail(QStringLiteral("load"), error);
        });
        out << QStringLiteral(
                   "1,000 assessments (%1 rated answers): open + list median %2 ms, p99 %3 ms\n")
                   .arg(answers)
                   .arg(openList.medianMs, 0, 'f', 1)
                   .arg(openList.p99Ms, 0, 'f', 1);
        out << QStringLiteral("load one assessment: median %1 ms, p99 %2 ms\n")
                   .arg(load.medianMs, 0, 'f', 2)
                   .arg(load.p99Ms, 0, 'f', 2);
    }
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-only"), big});
        child.waitForFinished(120000);
        out << "fresh process, open + list + load one: "
            << QString::fromUtf8(child.readAllStandardOutput()).trimmed() << '\n';
    }

    // 3. Exchange files: export and import of one full assessment.
    {
        AssessmentStore store;
        store.open(big, AssessmentStore::OpenMode::CreateIfMissing, &error);
        const Assessment source = *store.loadAssessment(500, &error);
        const QString file = folder + QStringLiteral("/one.json");
        const Figures exported = measure(100, [&](int) {
            const std::optional<Assessment> loaded = store.loadAssessment(500, &error);
            const SaveResult saved = ExchangeFile::write(file, *loaded, &bank);
            if (!saved.ok())
                qFatal("%s", qPrintable(saved.message));
        });
        const QString target = folder + QStringLiteral("/import.db");
        QFile::remove(target);
        AssessmentStore importer;
        importer.open(target, AssessmentStore::OpenMode::CreateIfMissing, &error);
        const Figures imported = measure(100, [&](int) {
            const ExchangeReadResult read = ExchangeFile::read(file, bank);
            if (!read.ok())
                qFatal("%s", qPrintable(read.problems.value(0).toString()));
            if (!importer.importAssessment(*read.assessment, &error))
                fail(QStringLiteral("import"), error);
        });
        out << QStringLiteral(
                   "export one full assessment (load + write file): median %1 ms, p99 %2 ms\n")
                   .arg(exported.medianMs, 0, 'f', 2)
                   .arg(exported.p99Ms, 0, 'f', 2);
        out << QStringLiteral(
                   "import one full assessment (read + check + merge): median %1 ms, p99 %2 ms\n")
                   .arg(imported.medianMs, 0, 'f', 2)
                   .arg(imported.p99Ms, 0, 'f', 2);
    }
    return 0;
}
