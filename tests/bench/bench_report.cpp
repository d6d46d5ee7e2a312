// Report benchmarks (docs/performance.md): the gateway review of a full Lead Member assessment
// (every question answered, 300-character notes, 30 actions) composed and written as PDF in
// process; the whole `waymark-cli report` process; the blank workbook.
//   bench_report CLI     CLI is the waymark-cli to time (the bench target passes it)
#include "store/AssessmentStore.h"
#include "bank/BankLoader.h"
#include "BenchData.h"
#include "BenchFigures.h"
#include "ReportRenderer.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Waymark;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;
    const Assessment assessment = fullAssessment(bank, 1);

    // The first PDF pays for loading fonts once per process; the figures are for the rest, and
    // the whole-process figure below includes that first time.
    QString error;
    QByteArray pdf = ReportRenderer::toPdf(ReviewComposer::compose(assessment, bank), &error);
    if (pdf.isEmpty())
        qFatal("%s", qPrintable(error));

    const Figures compose = measure(50, [&](int) { ReviewComposer::compose(assessment, bank); });
    int pages = 0;
    const Figures review = measure(20, [&](int) {
        const ReportDocument document = ReviewComposer::compose(assessment, bank);
        pdf = ReportRenderer::toPdf(document, &error);
    });
    {
        ReportRenderer renderer(ReviewComposer::compose(assessment, bank));
        QPdfWriter writer(QStringLiteral("/dev/null"));
        renderer.layout(writer);
        pages = renderer.pageCount();
    }
    out << QStringLiteral("review of a full Lead Member assessment (%1 pages, %2 KiB): compose "
                          "median %3 ms; compose + PDF median %4 ms, p99 %5 ms\n")
               .arg(pages)
               .arg(pdf.size() / 1024)
               .arg(compose.medianMs, 0, 'f', 2)
               .arg(review.medianMs, 0, 'f', 1)
               .arg(review.p99Ms, 0, 'f', 1);

    for (const QString &role : {QStringLiteral("lead-member"), QStringLiteral("councillor")}) {
        const Figures workbook = measure(20, [&](int) {
            pdf = ReportRenderer::toPdf(WorkbookComposer::compose(bank, role), &error);
        });
        ReportRenderer renderer(WorkbookComposer::compose(bank, role));
        QPdfWriter writer(QStringLiteral("/dev/null"));
        renderer.layout(writer);
        out << QStringLiteral("blank %1 workbook (%2 questions, %3 pages): compose + PDF median "
                              "%4 ms, p99 %5 ms\n")
                   .arg(role)
                   .arg(bank.questionsFor(role).size())
                   .arg(renderer.pageCount())
                   .arg(workbook.medianMs, 0, 'f', 1)
                   .arg(workbook.p99Ms, 0, 'f', 1);
    }

    if (argc > 1) {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("bench.db"));
        AssessmentStore store;
        StoreError storeError;
        if (!store.open(db, AssessmentStore::OpenMode::CreateIfMissing, &storeError))
            qFatal("%s", qPrintable(storeError.message));
        const std::optional<ImportOutcome> imported =
            store.importAssessment(assessment, &storeError);
        if (!imported)
            qFatal("%s", qPrintable(storeError.message));
        store.close();
        const QString cli = QString::fromLocal8Bit(argv[1]);
        const Figures process = measure(15, [&](int) {
            QProcess child;
            child.start(cli, {QStringLiteral("report"), QStringLiteral("--db"), db,
                              QStringLiteral("--assessment"), QString::number(imported->id),
                              QStringLiteral("--out"), folder.filePath(QStringLiteral("r.pdf"))});
            child.waitForFinished(60000);
            if (child.exitCode() != 0)
                qFatal("waymark-cli report failed: %s", child.readAllStandardError().constData());
        });
        out << QStringLiteral("whole `waymark-cli report` process: median %1 ms, p99 %2 ms\n")
                   .arg(process.medianMs, 0, 'f', 1)
                   .arg(process.p99Ms, 0, 'f', 1);
    }
    return 0;
}
