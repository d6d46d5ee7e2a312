// Times loading the built-in bank and scoring a full Lead Member assessment. Prints the median
// and the 99th percentile of many runs. Usage: bench_scoring [iterations]
#include "bank/BankLoader.h"
#include "BenchFigures.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Waymark;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 2000;
    QTextStream out(stdout);

    const Figures load = measure(std::max(1, iterations / 20), [](int) {
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        if (!loaded.ok())
            qFatal("the built-in bank does not load");
    });
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;

    // A full Lead Member assessment: every question answered, cycling through every answer.
    const Rating cycle[] = {Rating::FullyMet, Rating::MostlyMet, Rating::PartiallyMet,
                            Rating::NotMet,   Rating::DontKnow,  Rating::NotApplicable};
    QHash<QString, Answer> answers;
    int i = 0;
    for (const Question *question : bank.questions()) {
        Answer answer;
        answer.rating = cycle[i++ % 6];
        answer.evidence = QString(300, QLatin1Char('e'));
        answers.insert(question->id, answer);
    }
    int sink = 0;
    const Figures score = measure(iterations, [&](int) {
        const ScoreReport report = Scorer::score(bank, QStringLiteral("lead-member"), answers);
        sink += report.priorities.size();
    });

    out << "Built-in bank: " << bank.questionCount() << " questions, " << bank.glossary.size()
        << " glossary terms\n";
    out << QStringLiteral("load and validate the built-in bank: median %1 ms, p99 %2 ms\n")
               .arg(load.medianMs, 0, 'f', 2)
               .arg(load.p99Ms, 0, 'f', 2);
    out << QStringLiteral(
               "score a full Lead Member assessment: median %1 us, p99 %2 us (%3 runs)\n")
               .arg(score.medianMs * 1000, 0, 'f', 1)
               .arg(score.p99Ms * 1000, 0, 'f', 1)
               .arg(iterations);
    return sink > 0 ? 0 : 1;
}
