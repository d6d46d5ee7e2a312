// Workshop benchmarks (docs/performance.md): 40 members, each a full Lead Member assessment of
// the whole bank, handed in as exchange files — gathered into a workshop, the spread computed,
// and the workshop pack written as PDF.
//   bench_workshop
#include "store/AssessmentStore.h"
#include "bank/BankLoader.h"
#include "BenchData.h"
#include "BenchFigures.h"
#include "exchange/ExchangeFile.h"
#include "ReportRenderer.h"
#include "workshop/WorkshopGatherer.h"
#include "report/WorkshopPackComposer.h"
#include "workshop/WorkshopSpread.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Waymark;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;
    QTemporaryDir folder;

    constexpr int Members = 40;
    const QStringList first = {QStringLiteral("Ann"),   QStringLiteral("Bryn"),
                               QStringLiteral("Carys"), QStringLiteral("Dafydd"),
                               QStringLiteral("Elin"),  QStringLiteral("Fred"),
                               QStringLiteral("Gwen"),  QStringLiteral("Huw")};
    const QStringList last = {QStringLiteral("Jones"),  QStringLiteral("Williams"),
                              QStringLiteral("Davies"), QStringLiteral("Evans"),
                              QStringLiteral("Thomas")};
    QStringList files;
    for (int m = 0; m < Members; ++m) {
        Assessment member = fullAssessment(bank, m + 1);
        member.info.authority = QStringLiteral("Borsetshire");
        member.info.respondent = QStringLiteral("Cllr %1 %2").arg(first.at(m % 8), last.at(m / 8));
        const QString path = folder.filePath(QStringLiteral("member-%1.waymark").arg(m + 1));
        const SaveResult saved = ExchangeFile::write(path, member, &bank);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.message));
        files.append(path);
    }

    // Each run gathers into a fresh database, as a facilitator would after the workshop.
    int run = 0;
    qint64 workshopId = 0;
    std::unique_ptr<AssessmentStore> store;
    const Figures gather = measure(5, [&](int) {
        store = std::make_unique<AssessmentStore>();
        StoreError error;
        if (!store->open(folder.filePath(QStringLiteral("w%1.db").arg(++run)),
                         AssessmentStore::OpenMode::CreateIfMissing, &error))
            qFatal("%s", qPrintable(error.message));
        WorkshopInfo info;
        info.name = QStringLiteral("Benchmark workshop");
        info.authority = QStringLiteral("Borsetshire");
        info.bankId = bank.id;
        info.bankVersion = bank.version;
        if (!store->createWorkshop(info, &error))
            qFatal("%s", qPrintable(error.message));
        workshopId = info.id;
        WorkshopGatherer gatherer(*store, bank);
        const QList<GatherOutcome> outcomes = gatherer.gather(info.id, files, false, &error);
        if (error.isError() || outcomes.size() != Members || !outcomes.last().joined())
            qFatal("gathering failed: %s", qPrintable(error.message));
    });
    out << QStringLiteral("gather %1 files into a workshop: median %2 ms, p99 %3 ms\n")
               .arg(Members)
               .arg(gather.medianMs, 0, 'f', 1)
               .arg(gather.p99Ms, 0, 'f', 1);

    StoreError error;
    const std::optional<Workshop> workshop = store->loadWorkshop(workshopId, &error);
    if (!workshop)
        qFatal("%s", qPrintable(error.message));
    const Figures load = measure(20, [&](int) { store->loadWorkshop(workshopId, &error); });
    int disagreements = 0;
    const Figures spread = measure(200, [&](int) {
        disagreements = int(SpreadCalculator::compute(bank, *workshop).disagreements().size());
    });
    out << QStringLiteral("load the workshop: median %1 ms; spread over %2 questions: median %3 "
                          "ms, p99 %4 ms (%5 disagreements)\n")
               .arg(load.medianMs, 0, 'f', 1)
               .arg(bank.questionCount())
               .arg(spread.medianMs, 0, 'f', 2)
               .arg(spread.p99Ms, 0, 'f', 2)
               .arg(disagreements);

    QString message;
    QByteArray pdf = ReportRenderer::toPdf(WorkshopPackComposer::compose(*workshop, bank), &message);
    WorkshopPackOptions anonymised;
    anonymised.anonymised = true;
    const Figures composeOnly =
        measure(5, [&](int) { WorkshopPackComposer::compose(*workshop, bank, anonymised); });
    int pages = 0;
    {
        ReportRenderer renderer(WorkshopPackComposer::compose(*workshop, bank, anonymised));
        QPdfWriter writer(QStringLiteral("/dev/null"));
        renderer.layout(writer);
        pages = renderer.pageCount();
    }
    const Figures pack = measure(5, [&](int) {
        pdf = ReportRenderer::toPdf(WorkshopPackComposer::compose(*workshop, bank, anonymised),
                                    &message);
    });
    if (pdf.isEmpty())
        qFatal("%s", qPrintable(message));
    out << QStringLiteral("workshop pack, anonymised (%1 pages, %2 KiB): compose median %3 ms; "
                          "compose + PDF median %4 ms, p99 %5 ms\n")
               .arg(pages)
               .arg(pdf.size() / 1024)
               .arg(composeOnly.medianMs, 0, 'f', 1)
               .arg(pack.medianMs, 0, 'f', 1)
               .arg(pack.p99Ms, 0, 'f', 1);
    return 0;
}
