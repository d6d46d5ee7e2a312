// Issue 14's speed targets on a real PostgreSQL server: a throwaway cluster of its own
// (tests/support/pg-cluster.sh), reached over this machine's loopback (127.0.0.1), as a council
// laptop reaches its server over the network. Figures go to docs/performance.md.
//
//   build/tests/bench/bench_server
//
// 1. 60 members, each on their own connection and thread, answering at once: save latency.
// 2. A facilitator's spread reflecting a new rating: from a member's save to the facilitator's
//    window holding it (notification on waymark_answer, then the workshop read again).
// 3. A council database of 10,000 assessments: open + list a member's own; a 60-member
//    workshop's spread (the workshop with every participant's answers).
#include "BenchFigures.h"
#include "PgCluster.h"
#include "store/AssessmentStore.h"
#include "store/postgres/ServerAdmin.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDriver>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace Waymark;

namespace {

QString loopback(const QString &database, const QString &login, const QString &password)
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable")
        .arg(login, password)
        .arg(PgCluster::cluster().port)
        .arg(database);
}

AssessmentInfo infoFor(int member)
{
    AssessmentInfo info;
    info.authority = QStringLiteral("Benchshire");
    info.respondent = QStringLiteral("Member %1").arg(member);
    info.roleId = QStringLiteral("councillor");
    info.bankId = QStringLiteral("waymark-gateway");
    info.bankVersion = QStringLiteral("2.0.0");
    return info;
}

Answer answerFor(int i)
{
    Answer answer;
    answer.rating = Rating(1 + i % 4);
    answer.evidence = QStringLiteral("Evidence %1: minutes of the corporate parenting panel, the "
                                     "annual report of the partnership and two visits.")
                          .arg(i);
    return answer;
}

bool ensureLogins(const QString &database, int count)
{
    QStringList statements;
    for (int m = 0; m < count; ++m) {
        statements.append(QStringLiteral("CREATE ROLE wm_bench%1 LOGIN PASSWORD 'pw%1' IN ROLE "
                                         "waymark_member")
                              .arg(m));
    }
    statements.append(QStringLiteral("CREATE ROLE wm_benchfac LOGIN PASSWORD 'fac' IN ROLE "
                                     "waymark_facilitator"));
    return PgCluster::superExec(database, statements);
}

// pauseMs: how long each member waits between saves; 0 for saving as fast as the server takes
// them (the worst case), 500 for a member whose every keystroke pause saves (the app saves an
// answer as it is typed).
void concurrentSaves(const QString &database, int pauseMs)
{
    constexpr int Members = 60;
    const int Saves = pauseMs > 0 ? 40 : 100;
    std::vector<qint64> samples;
    std::mutex lock;
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int m = 0; m < Members; ++m) {
        threads.emplace_back([&, m] {
            AssessmentStore store;
            StoreError error;
            AssessmentInfo info = infoFor(m);
            info.title = QStringLiteral("pause %1").arg(pauseMs);
            if (!store.open(loopback(database, QStringLiteral("wm_bench%1").arg(m),
                                     QStringLiteral("pw%1").arg(m)),
                            AssessmentStore::OpenMode::ExistingOnly, &error) ||
                !store.createAssessment(info, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message));
                ++failures;
                ++ready;
                return;
            }
            // Everyone starts together: the load is 60 members at once, not one after another.
            ++ready;
            while (ready.load() < Members)
                std::this_thread::yield();
            // Paced members are spread over the pause, as people in a room do not press keys in
            // step; the unpaced all hammer at once.
            if (pauseMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs * m / Members));
            std::vector<qint64> mine;
            QElapsedTimer timer;
            for (int i = 0; i < Saves; ++i) {
                timer.start();
                if (!store.saveAnswer(info.id, QStringLiteral("Q-%1").arg(i % 60), answerFor(i),
                                      &error))
                    ++failures;
                mine.push_back(timer.nsecsElapsed());
                if (pauseMs > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
            }
            const std::lock_guard<std::mutex> guard(lock);
            samples.insert(samples.end(), mine.begin(), mine.end());
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const Figures figures = figuresOf(samples);
    std::printf("60 members saving at once, %d ms between each one's saves (%zu saves, %d "
                "failed): median %.2f ms, p99 %.2f ms (target median <= 5 ms, p99 <= 20 ms)\n",
                pauseMs, samples.size(), failures.load(), figures.medianMs, figures.p99Ms);
}

// The same save with nobody else on the server: what the network and the statements cost alone.
void aloneSaves(const QString &database)
{
    AssessmentStore store;
    StoreError error;
    AssessmentInfo info = infoFor(0);
    store.open(loopback(database, QStringLiteral("wm_bench0"), QStringLiteral("pw0")),
               AssessmentStore::OpenMode::ExistingOnly, &error);
    store.createAssessment(info, &error);
    const Figures figures = measure(300, [&](int i) {
        store.saveAnswer(info.id, QStringLiteral("Q-%1").arg(i % 60), answerFor(i), &error);
    });
    std::printf("One member saving alone: median %.2f ms, p99 %.2f ms\n", figures.medianMs,
                figures.p99Ms);
}

void spreadLatency(const QString &database)
{
    StoreError error;
    AssessmentStore facilitator;
    if (!facilitator.open(loopback(database, QStringLiteral("wm_benchfac"), QStringLiteral("fac")),
                          AssessmentStore::OpenMode::ExistingOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return;
    }
    WorkshopInfo workshop;
    workshop.name = QStringLiteral("Bench workshop");
    workshop.bankId = QStringLiteral("waymark-gateway");
    workshop.bankVersion = QStringLiteral("2.0.0");
    facilitator.createWorkshop(workshop, &error);
    // Every member hands in the assessment the first part made.
    std::vector<std::unique_ptr<AssessmentStore>> members;
    std::vector<qint64> ids;
    for (int m = 0; m < 60; ++m) {
        auto store = std::make_unique<AssessmentStore>();
        store->open(
            loopback(database, QStringLiteral("wm_bench%1").arg(m), QStringLiteral("pw%1").arg(m)),
            AssessmentStore::OpenMode::ExistingOnly, &error);
        const QList<AssessmentSummary> own = store->listAssessments(&error);
        if (own.isEmpty())
            continue;
        store->addParticipant(workshop.id, own.first().info.id, &error);
        ids.push_back(own.first().info.id);
        members.push_back(std::move(store));
    }
    // The facilitator's window listens on its own connection.
    const QString listener = QStringLiteral("bench-listener");
    QSqlDatabase db = PgCluster::rawConnection(listener, database, QStringLiteral("wm_benchfac"),
                                               QStringLiteral("fac"));
    db.driver()->subscribeToNotification(QStringLiteral("waymark_answer"));
    QSignalSpy spy(db.driver(), &QSqlDriver::notification);
    std::vector<qint64> samples;
    QElapsedTimer timer;
    for (int i = 0; i < 100; ++i) {
        const size_t m = size_t(i) % members.size();
        spy.clear();
        timer.start();
        members[m]->saveAnswer(ids[m], QStringLiteral("Q-%1").arg(i % 60), answerFor(i + 1),
                               &error);
        if (spy.isEmpty() && !spy.wait(2000)) {
            std::fprintf(stderr, "no notification\n");
            continue;
        }
        const std::optional<Workshop> spread = facilitator.loadWorkshop(workshop.id, &error);
        if (!spread || spread->participants.size() != int(ids.size()))
            std::fprintf(stderr, "spread not read\n");
        samples.push_back(timer.nsecsElapsed());
    }
    const Figures reflected = figuresOf(samples);
    std::printf("A rating reaching the facilitator's spread (save, notification, 60-member "
                "workshop read again): median %.1f ms, p99 %.1f ms (target p99 <= 1 s)\n",
                reflected.medianMs, reflected.p99Ms);
    const Figures load = measure(30, [&](int) { facilitator.loadWorkshop(workshop.id, &error); });
    std::printf("60-member workshop's spread (load the workshop, every answer): median %.1f ms, "
                "p99 %.1f ms (target <= 100 ms)\n",
                load.medianMs, load.p99Ms);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(listener);
}

void councilOfTenThousand(const QString &database)
{
    // 10,000 assessments of 60 answers each, made on the server (as 200 members' yearly
    // returns over years would be): 600,000 answers.
    const bool made = PgCluster::superExec(
        database,
        {QStringLiteral(
             "INSERT INTO waymark.assessment (uid, authority, respondent, role, bank_id, "
             "bank_version, created_at, updated_at, owner_login) SELECT 'bench-' || g, "
             "'Benchshire', 'Member ' || (g % 200), 'councillor', 'waymark-gateway', '2.0.0', "
             "to_char(now() - g * interval '1 hour', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
             "to_char(now() - g * interval '1 hour', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
             "'wm_bench' || (g % 200) FROM generate_series(1, 9940) g"),
         QStringLiteral(
             "INSERT INTO waymark.answer (assessment_id, question_id, rating, evidence, "
             "updated_at) SELECT a.id, 'Q-' || q, 'mostly-met', repeat('evidence ', 30), "
             "a.updated_at FROM waymark.assessment a, generate_series(0, 59) q WHERE a.uid "
             "LIKE 'bench-%'"),
         QStringLiteral("ANALYZE")});
    if (!made) {
        std::fprintf(stderr, "could not build the 10,000-assessment database\n");
        return;
    }
    StoreError error;
    int own = 0;
    const Figures openList = measure(30, [&](int) {
        AssessmentStore store;
        store.open(loopback(database, QStringLiteral("wm_bench7"), QStringLiteral("pw7")),
                   AssessmentStore::OpenMode::ExistingOnly, &error);
        own = int(store.listAssessments(&error).size());
    });
    std::printf("10,000 assessments on the server: open + list a member's own (%d): median %.1f "
                "ms, p99 %.1f ms (target <= 100 ms)\n",
                own, openList.medianMs, openList.p99Ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!PgCluster::control(QStringLiteral("start"))) {
        std::fprintf(stderr, "bench_server: could not start a PostgreSQL cluster "
                             "(tests/support/pg-cluster.sh; ./test.sh installs postgresql)\n");
        return 1;
    }
    int status = 0;
    const QString database = PgCluster::freshDatabase(QStringLiteral("bench"));
    StoreError error;
    if (database.isEmpty() || !ServerAdmin::init(PgCluster::superAddress(database), &error) ||
        !ensureLogins(database, 200)) {
        std::fprintf(stderr, "bench_server: could not set up: %s\n", qPrintable(error.message));
        status = 1;
    } else {
        aloneSaves(database);
        concurrentSaves(database, 500);
        concurrentSaves(database, 0);
        spreadLatency(database);
        councilOfTenThousand(database);
        spreadLatency(database);
    }
    PgCluster::control(QStringLiteral("stop"));
    return status;
}
