// A child process for tst_store's crash test: saves answers one by one and prints "ACK n" after
// each save returns, until it is killed. Usage: store_writer DB
#include "store/AssessmentStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Waymark;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    AssessmentStore store;
    StoreError error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), AssessmentStore::OpenMode::CreateIfMissing,
                    &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 3;
    }
    AssessmentInfo info;
    info.authority = QStringLiteral("Crash test council");
    info.respondent = QStringLiteral("Writer");
    info.roleId = QStringLiteral("lead-member");
    info.bankId = QStringLiteral("waymark-gateway");
    info.bankVersion = QStringLiteral("1.0.0");
    if (!store.createAssessment(info, &error))
        return 3;
    std::printf("ID %lld\n", info.id);
    std::fflush(stdout);
    const Rating ratings[] = {Rating::NotMet, Rating::PartiallyMet, Rating::MostlyMet,
                              Rating::FullyMet};
    for (int n = 1;; ++n) {
        Answer answer;
        answer.rating = ratings[n % 4];
        answer.evidence = QStringLiteral("evidence for answer %1").arg(n);
        if (!store.saveAnswer(info.id, QStringLiteral("Q-%1").arg(n), answer, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 3;
        }
        std::printf("ACK %d\n", n);
        std::fflush(stdout);
    }
}
