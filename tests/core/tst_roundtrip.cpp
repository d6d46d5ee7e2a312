// A property test of the exchange contract, on random assessments in real SQLite stores:
//  - round trip: whatever a store holds exports to a file that imports into a fresh store, and
//    exporting that again gives the same bytes and the same scores;
//  - merge: two copies of an assessment, edited apart at different times and exchanged both
//    ways, end in the same state, in which each question has its latest change.
// The assessments have random text (Welsh letters, emoji, quotes, new lines, control characters,
// bidi marks, texts at the length limit), every kind of rating, clears, flags, dates and actions
// with and without dates and questions, and answers to questions outside the role or retired.
//
// The seed is printed; WAYMARK_ROUNDTRIP_SEED=N repeats a run, WAYMARK_ROUNDTRIP_ROUNDS=N sets
// how many assessments each property tries (default 100).
#include "store/AssessmentStore.h"
#include "bank/BankLoader.h"
#include "exchange/ExchangeFile.h"
#include "scoring/Scoring.h"
#include "text/TextRules.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Waymark;

namespace {

// Pieces random text is made of: what members type, and what breaks naive writers and readers.
const QStringList &textPieces()
{
    static const QStringList pieces = [] {
        QStringList list = {
            QStringLiteral("a"),
            QStringLiteral("Z"),
            QStringLiteral("7"),
            QStringLiteral(" "),
            QStringLiteral("  "),
            QStringLiteral("\""),
            QStringLiteral("\\"),
            QStringLiteral("'"),
            QStringLiteral("\n"),
            QStringLiteral("\r\n"),
            QStringLiteral("\r"),
            QStringLiteral("\t"),
            QStringLiteral("ŵ"),
            QStringLiteral("Ŷ"),
            QStringLiteral("â"),
            QStringLiteral("ll"),
            QStringLiteral("Llŷr"),
            QStringLiteral("👍"),
            QStringLiteral("🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
            QStringLiteral("e\u0301"),
            QStringLiteral("\u202e"),
            QStringLiteral("\u200d"),
            QStringLiteral("\u2028"),
            QStringLiteral("\ufeff"),
            QStringLiteral("\ufffd"),
            QStringLiteral("\u00a0"),
            QStringLiteral("中文"),
            QStringLiteral("\u007f"),
            QStringLiteral("\u0085"),
            QStringLiteral("</p>"),
            QStringLiteral("{\"a\": [1]}"),
            QStringLiteral("=SUM(A1)"),
            QStringLiteral("\\u0000"),
        };
        // Every control character but NUL, which no text may hold.
        for (ushort c = 1; c < 0x20; ++c)
            list.append(QString(QChar(c)));
        return list;
    }();
    return pieces;
}

class Generator
{
public:
    Generator(quint32 seed, const QuestionBank &bank)
        : m_random(seed)
        , m_bank(bank)
    {
    }

    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    // text cut to the limit, counted in characters, without splitting a surrogate pair.
    static QString withinLimit(QString text)
    {
        for (qsizetype over = TextRules::characterCount(text) - TextRules::MaxLength; over > 0;
             --over)
            text.chop(text.back().isLowSurrogate() ? 2 : 1);
        return text;
    }

    // Mostly short; now and then exactly at the limit.
    QString text(bool allowEmpty = true)
    {
        const QStringList &pieces = textPieces();
        if (chance(2)) {
            QString limit;
            for (qsizetype count = 0; count < TextRules::MaxLength;) {
                const QString &piece = pieces.at(below(int(pieces.size())));
                limit += piece;
                count += TextRules::characterCount(piece);
            }
            return withinLimit(limit);
        }
        QString result;
        const int count = allowEmpty && chance(30) ? 0 : 1 + below(12);
        for (int i = 0; i < count; ++i)
            result += pieces.at(below(int(pieces.size())));
        return result;
    }

    // Text that says something even to trimmed(): a respondent must not be blank.
    QString name() { return withinLimit(QStringLiteral("Cllr ") + text()); }

    QDateTime time(const QDateTime &from, const QDateTime &to)
    {
        const qint64 span = from.msecsTo(to);
        return from.addMSecs(qint64(m_random.bounded(quint64(std::max<qint64>(span, 1)))));
    }

    QDate date()
    {
        if (chance(10))
            return QDate(); // stored without one
        return QDate(1990, 1, 1).addDays(below(50 * 366));
    }

    QString questionId()
    {
        if (chance(5))
            return QStringLiteral("OLD-%1").arg(below(20)); // retired from the bank
        const QList<const Question *> questions = m_bank.questions();
        return questions.at(below(int(questions.size())))->id;
    }

    Answer answer(const QDateTime &when)
    {
        Answer answer;
        do {
            answer.rating = Rating(below(7));
            answer.evidence = chance(50) ? text() : QString();
            answer.note = chance(50) ? text() : QString();
            answer.flagged = chance(20);
        } while (answer.isEmpty());
        answer.updated = when;
        return answer;
    }

    Action action()
    {
        Action action;
        action.questionId = chance(30) ? QString() : questionId();
        action.what = withinLimit(QStringLiteral("Do ") + text());
        action.who = chance(60) ? text() : QString();
        action.due = chance(40) ? QDate() : QDate(2020, 1, 1).addDays(below(4000));
        action.status = ActionStatus(below(3));
        return action;
    }

    Assessment assessment()
    {
        Assessment a;
        a.info.uid = QUuid::createUuidV5(QUuid(), QString::number(m_random.generate64()))
                         .toString(QUuid::WithoutBraces);
        a.info.title = text();
        a.info.authority = chance(10) ? QString() : text(false); // a workshop may have none
        a.info.respondent = name();
        a.info.roleId = m_bank.roles.at(below(int(m_bank.roles.size()))).id;
        a.info.date = date();
        a.info.bankId = m_bank.id;
        a.info.bankVersion = m_bank.version;
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        a.info.created = time(start, start.addDays(365));
        const QDateTime last = QDateTime::currentDateTimeUtc().addDays(-1);
        const int questions = below(40);
        for (int i = 0; i < questions; ++i) {
            const QString id = questionId();
            if (chance(25))
                a.setAnswer(id,
                            Answer{Rating::Unanswered, {}, {}, false, time(a.info.created, last)});
            else
                a.setAnswer(id, answer(time(a.info.created, last)));
        }
        const int actions = below(6);
        for (int i = 0; i < actions; ++i)
            a.actions.append(action());
        return a;
    }

private:
    QRandomGenerator m_random;
    const QuestionBank &m_bank;
};

// Everything a ScoreReport says, at full precision, for comparing two.
QString scoreText(const ScoreReport &report)
{
    const auto tally = [](const ScoreTally &t) {
        return QStringLiteral("%1/%2 rated %3 answered %4 of %5")
            .arg(t.weightedRating)
            .arg(t.weightedMaximum)
            .arg(t.rated)
            .arg(t.answered)
            .arg(t.applicable);
    };
    QStringList lines = {tally(report.overall),          gatewayKey(report.gateway),
                         report.failedGates.join(','),   report.openGates.join(','),
                         report.knowledgeGaps.join(','), report.priorities.join(',')};
    for (const SectionScore &section : report.sections)
        lines.append(section.sectionId + QLatin1Char(' ') + tally(section.tally) +
                     (section.gateFailed ? QStringLiteral(" gate failed") : QString()));
    return lines.join(QLatin1Char('\n'));
}

// Stores a whole assessment as the app and the command line would: created, then each answer
// and clear saved at its own time, then the action plan.
qint64 store(AssessmentStore &store, const Assessment &assessment)
{
    AssessmentInfo info = assessment.info;
    StoreError error;
    if (!store.createAssessment(info, &error))
        qFatal("createAssessment: %s", qPrintable(error.message));
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        if (!store.saveAnswer(info.id, it.key(), it.value(), &error))
            qFatal("saveAnswer: %s", qPrintable(error.message));
    }
    for (auto it = assessment.cleared.cbegin(); it != assessment.cleared.cend(); ++it) {
        Answer clear;
        clear.updated = it.value();
        if (!store.saveAnswer(info.id, it.key(), clear, &error))
            qFatal("saveAnswer: %s", qPrintable(error.message));
    }
    for (Action action : assessment.actions) {
        if (!store.addAction(info.id, action, &error))
            qFatal("addAction: %s", qPrintable(error.message));
    }
    return info.id;
}

Assessment load(AssessmentStore &store, qint64 id)
{
    StoreError error;
    const std::optional<Assessment> loaded = store.loadAssessment(id, &error);
    if (!loaded)
        qFatal("loadAssessment: %s", qPrintable(error.message));
    return *loaded;
}

// The first line where two files differ, for a message a person can act on.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> linesA = a.split('\n');
    const QList<QByteArray> linesB = b.split('\n');
    for (int i = 0; i < std::max(linesA.size(), linesB.size()); ++i) {
        const QByteArray left = linesA.value(i);
        const QByteArray right = linesB.value(i);
        if (left != right) {
            return QStringLiteral("line %1:\n  %2\n  %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(left.left(200)), QString::fromUtf8(right.left(200)));
        }
    }
    return QString();
}

// One side's edit of an answer: its new state, at a time no other edit has.
struct Edit
{
    QString questionId;
    Answer answer; // empty for a clear
};

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    quint32 m_seed = 0;
    int m_rounds = 100;
    QTemporaryDir m_dir;

    QString where(int round) const
    {
        return QStringLiteral("seed %1, round %2 (WAYMARK_ROUNDTRIP_SEED=%1 repeats it)")
            .arg(m_seed)
            .arg(round);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
        bool given = false;
        m_seed = qEnvironmentVariable("WAYMARK_ROUNDTRIP_SEED").toUInt(&given);
        if (!given)
            m_seed = QRandomGenerator::securelySeeded().generate();
        bool ok = false;
        const int rounds = qEnvironmentVariableIntValue("WAYMARK_ROUNDTRIP_ROUNDS", &ok);
        if (ok && rounds > 0)
            m_rounds = rounds;
        qInfo("tst_roundtrip: seed %u, %d rounds (WAYMARK_ROUNDTRIP_SEED=%u repeats this run)",
              m_seed, m_rounds, m_seed);
    }

    void exportImportExportGivesTheSameBytesAndScores()
    {
        Generator generate(m_seed, m_bank);
        AssessmentStore first;
        AssessmentStore second;
        StoreError error;
        QVERIFY(first.open(m_dir.filePath(QStringLiteral("first.db")),
                           AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY(second.open(m_dir.filePath(QStringLiteral("second.db")),
                            AssessmentStore::OpenMode::CreateIfMissing, &error));
        for (int round = 0; round < m_rounds; ++round) {
            const qint64 id = store(first, generate.assessment());
            const Assessment stored = load(first, id);
            // Whatever the store holds, Waymark exports...
            const QStringList problems = ExchangeFile::exportProblems(stored, m_bank);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(where(round) + QLatin1Char('\n') + problems.join('\n')));
            const QByteArray exported = ExchangeFile::toJson(stored, &m_bank);
            // ... and imports into a fresh store, under the same id since both grow alike...
            const ExchangeReadResult read =
                ExchangeFile::fromJson(exported, m_bank, QStringLiteral("round.json"));
            QStringList lines;
            for (const ExchangeProblem &problem : read.problems)
                lines.append(problem.toString());
            QVERIFY2(read.ok(), qPrintable(where(round) + QLatin1Char('\n') + lines.join('\n')));
            const std::optional<ImportOutcome> imported =
                second.importAssessment(*read.assessment, &error);
            QVERIFY2(imported, qPrintable(where(round) + QLatin1Char(' ') + error.message));
            QCOMPARE(imported->id, id);
            // ... and exports again to the same bytes, with the same scores.
            const Assessment again = load(second, imported->id);
            const QByteArray reexported = ExchangeFile::toJson(again, &m_bank);
            QVERIFY2(reexported == exported, qPrintable(where(round) + QLatin1Char(' ') +
                                                        firstDifference(exported, reexported)));
            QCOMPARE(scoreText(Scorer::score(m_bank, again)),
                     scoreText(Scorer::score(m_bank, stored)));
            QCOMPARE(again.cleared, stored.cleared);
        }
    }

    void copiesEditedApartConverge()
    {
        Generator generate(m_seed ^ 0x9e3779b9u, m_bank);
        AssessmentStore laptop;
        AssessmentStore office;
        StoreError error;
        QVERIFY(laptop.open(m_dir.filePath(QStringLiteral("laptop.db")),
                            AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY(office.open(m_dir.filePath(QStringLiteral("office.db")),
                            AssessmentStore::OpenMode::CreateIfMissing, &error));
        for (int round = 0; round < m_rounds; ++round) {
            // One assessment on both machines.
            const qint64 id = store(laptop, generate.assessment());
            const ExchangeReadResult copy = ExchangeFile::fromJson(
                ExchangeFile::toJson(load(laptop, id), &m_bank), m_bank, QStringLiteral("c.json"));
            QVERIFY2(copy.ok(), qPrintable(where(round)));
            QCOMPARE(office.importAssessment(*copy.assessment, &error)->id, id);

            // The respondent renamed and an action added, on either machine or both. Whichever
            // machine changed last wins these on both.
            QString renamed[2];
            for (int side = 0; side < 2; ++side) {
                AssessmentStore &machine = side == 0 ? laptop : office;
                if (generate.chance(50)) {
                    AssessmentInfo info = load(machine, id).info;
                    info.respondent = renamed[side] = generate.name();
                    QVERIFY(machine.updateInfo(info, &error));
                }
                if (generate.chance(50)) {
                    Action action = generate.action();
                    QVERIFY(machine.addAction(id, action, &error));
                }
            }

            // Edits apart, each at its own time: later than anything before, never the same
            // time twice, handed out to the two machines in a random order.
            const int edits = 1 + generate.below(30);
            QDateTime clock = QDateTime::currentDateTimeUtc().addSecs(-3600);
            QHash<QString, Edit> latest; // what each edited question should end as
            bool laptopEdited = false;
            bool officeEdited = false;
            bool laptopLast = false; // which machine made the last change
            for (int i = 0; i < edits || !laptopEdited || !officeEdited; ++i) {
                clock = clock.addMSecs(1 + generate.below(5000));
                const bool onLaptop = i < edits ? generate.chance(50) : !laptopEdited;
                Edit edit;
                edit.questionId = generate.questionId();
                if (generate.chance(30))
                    edit.answer.updated = clock; // a clear
                else
                    edit.answer = generate.answer(clock);
                AssessmentStore &side = onLaptop ? laptop : office;
                QVERIFY(side.saveAnswer(id, edit.questionId, edit.answer, &error));
                (onLaptop ? laptopEdited : officeEdited) = true;
                laptopLast = onLaptop;
                latest.insert(edit.questionId, edit);
            }
            // Exchanged both ways: both files written first, or one after the other.
            const bool together = generate.chance(50);
            const auto exchange = [&](AssessmentStore &from, AssessmentStore &to) {
                const ExchangeReadResult read = ExchangeFile::fromJson(
                    ExchangeFile::toJson(load(from, id), &m_bank), m_bank, QStringLiteral("x"));
                return read.ok() && to.importAssessment(*read.assessment, &error).has_value();
            };
            if (together) {
                const QByteArray fromLaptop = ExchangeFile::toJson(load(laptop, id), &m_bank);
                const QByteArray fromOffice = ExchangeFile::toJson(load(office, id), &m_bank);
                for (auto [file, to] : {std::pair{fromLaptop, &office}, {fromOffice, &laptop}}) {
                    const ExchangeReadResult read =
                        ExchangeFile::fromJson(file, m_bank, QStringLiteral("x"));
                    QVERIFY2(read.ok(), qPrintable(where(round)));
                    QVERIFY(to->importAssessment(*read.assessment, &error));
                }
            } else {
                QVERIFY2(exchange(laptop, office), qPrintable(where(round)));
                QVERIFY2(exchange(office, laptop), qPrintable(where(round)));
            }

            // The same state on both, and each edited question as its latest edit left it.
            const Assessment onLaptop = load(laptop, id);
            const Assessment onOffice = load(office, id);
            const QByteArray laptopFile = ExchangeFile::toJson(onLaptop, &m_bank);
            const QByteArray officeFile = ExchangeFile::toJson(onOffice, &m_bank);
            QVERIFY2(laptopFile == officeFile, qPrintable(where(round) + QLatin1Char(' ') +
                                                          firstDifference(laptopFile, officeFile)));
            QCOMPARE(scoreText(Scorer::score(m_bank, onLaptop)),
                     scoreText(Scorer::score(m_bank, onOffice)));
            const QString &winner = renamed[laptopLast ? 0 : 1];
            if (!winner.isNull())
                QCOMPARE(onLaptop.info.respondent, winner);
            for (const Edit &edit : std::as_const(latest)) {
                if (edit.answer.isEmpty()) {
                    QVERIFY2(!onLaptop.answers.contains(edit.questionId), qPrintable(where(round)));
                    QCOMPARE(onLaptop.cleared.value(edit.questionId), edit.answer.updated);
                } else {
                    const Answer answer = onLaptop.answer(edit.questionId);
                    QVERIFY2(!onLaptop.cleared.contains(edit.questionId), qPrintable(where(round)));
                    QCOMPARE(answer.rating, edit.answer.rating);
                    QCOMPARE(answer.evidence, edit.answer.evidence);
                    QCOMPARE(answer.note, edit.answer.note);
                    QCOMPARE(answer.flagged, edit.answer.flagged);
                    QCOMPARE(answer.updated, edit.answer.updated);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
