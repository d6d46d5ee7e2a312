// Exchange files, the safe-save helper and CSV export. Exchange files are tested on a golden good
// file (read, then written back byte for byte), on assessments built here (round trips through
// JSON), and on a folder of hostile files: each hostile/NAME.json has NAME.expected beside it
// with the exact problems, one per line, in the order the reader reports them. A hostile file
// without an .expected file fails the test. Files too big to commit are built here.
#include "GoldenFiles.h"
#include "Version.h"
#include "bank/BankLoader.h"
#include "exchange/CsvExport.h"
#include "exchange/ExchangeFile.h"
#include "files/SafeSave.h"
#include "scoring/Scoring.h"
#include "text/TextRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Waymark;

namespace {

const QString DataDir = QStringLiteral(WAYMARK_TEST_DATA "/exchange");

constexpr QFileDevice::Permissions ModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QuestionBank scoringBank()
{
    const BankLoadResult loaded =
        BankLoader::loadFile(QStringLiteral(WAYMARK_TEST_DATA "/scoring-bank.json"));
    if (!loaded.ok())
        qFatal("cannot load the scoring bank");
    return *loaded.bank;
}

Answer rated(Rating rating)
{
    Answer answer;
    answer.rating = rating;
    answer.updated = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    return answer;
}

QStringList problemLines(const ExchangeReadResult &result)
{
    QStringList lines;
    for (const ExchangeProblem &problem : result.problems)
        lines.append(problem.toString());
    return lines;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

// An assessment with something awkward in every field: Welsh, emoji, quotes, new lines, tabs,
// a control character, every kind of rating, an unanswered answer that has only a note.
Assessment awkwardAssessment()
{
    Assessment a;
    a.info.uid = QStringLiteral("6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    a.info.title = QStringLiteral("Hunanasesiad \"blynyddol\" 2026 🏴");
    a.info.authority = QStringLiteral("Cyngor Sir Gâr");
    a.info.respondent = QStringLiteral("Cllr Siân Llŷr, O'Brien");
    a.info.roleId = QStringLiteral("lead-member");
    a.info.date = QDate(2026, 11, 23);
    a.info.bankId = QStringLiteral("scoring-test");
    a.info.bankVersion = QStringLiteral("1");
    a.info.created = utc("2026-11-20T09:30:00.000Z");
    a.info.updated = utc("2026-11-23T14:05:09.123Z");

    Answer full;
    full.rating = Rating::FullyMet;
    full.evidence = QStringLiteral("Line one, with \"quotes\"\nLine two\ttabbed \\ backslash 👍");
    full.note = QStringLiteral("Control \x01 character and a Welsh ŵ");
    full.updated = utc("2026-11-23T14:05:09.123Z");
    a.answers.insert(QStringLiteral("B-02"), full);

    Answer notMet;
    notMet.rating = Rating::NotMet;
    notMet.flagged = true;
    notMet.updated = utc("2026-11-21T00:00:00.001Z");
    a.answers.insert(QStringLiteral("A-01"), notMet);

    Answer dontKnow;
    dontKnow.rating = Rating::DontKnow;
    dontKnow.note = QStringLiteral("=ask the DCS");
    a.answers.insert(QStringLiteral("C-01"), dontKnow);

    Answer notApplicable;
    notApplicable.rating = Rating::NotApplicable;
    a.answers.insert(QStringLiteral("A-02"), notApplicable);

    Answer noteOnly;
    noteOnly.note = QStringLiteral("Not answered yet, but noted");
    a.answers.insert(QStringLiteral("B-01"), noteOnly);

    for (Rating rating : {Rating::PartiallyMet, Rating::MostlyMet}) {
        Answer answer;
        answer.rating = rating;
        a.answers.insert(rating == Rating::PartiallyMet ? QStringLiteral("A-03")
                                                        : QStringLiteral("B-03"),
                         answer);
    }

    Action audit;
    audit.questionId = QStringLiteral("A-01");
    audit.what = QStringLiteral("Ask for the audit,\r\nwith \"dates\"");
    audit.who = QStringLiteral("Cyfarwyddwr");
    audit.due = QDate(2027, 1, 31);
    audit.status = ActionStatus::InProgress;
    a.actions.append(audit);

    Action general;
    general.what = QStringLiteral("Visit the MASH");
    general.status = ActionStatus::Done;
    a.actions.append(general);
    return a;
}

// Everything but the local ids, which a file does not carry over.
void compareAssessments(const Assessment &actual, const Assessment &expected)
{
    QCOMPARE(actual.info.uid, expected.info.uid);
    QCOMPARE(actual.info.title, expected.info.title);
    QCOMPARE(actual.info.authority, expected.info.authority);
    QCOMPARE(actual.info.respondent, expected.info.respondent);
    QCOMPARE(actual.info.roleId, expected.info.roleId);
    QCOMPARE(actual.info.date, expected.info.date);
    QCOMPARE(actual.info.bankId, expected.info.bankId);
    QCOMPARE(actual.info.bankVersion, expected.info.bankVersion);
    QCOMPARE(actual.info.created, expected.info.created);
    QCOMPARE(actual.info.updated, expected.info.updated);
    QCOMPARE(actual.answers.keys().size(), expected.answers.keys().size());
    for (auto it = expected.answers.cbegin(); it != expected.answers.cend(); ++it) {
        QVERIFY2(actual.answers.contains(it.key()), qPrintable(it.key()));
        const Answer &answer = actual.answers[it.key()];
        QCOMPARE(answer.rating, it.value().rating);
        QCOMPARE(answer.evidence, it.value().evidence);
        QCOMPARE(answer.note, it.value().note);
        QCOMPARE(answer.flagged, it.value().flagged);
        QCOMPARE(answer.updated, it.value().updated);
    }
    QCOMPARE(actual.cleared, expected.cleared);
    QCOMPARE(actual.actions.size(), expected.actions.size());
    for (int i = 0; i < expected.actions.size(); ++i) {
        QCOMPARE(actual.actions[i].questionId, expected.actions[i].questionId);
        QCOMPARE(actual.actions[i].what, expected.actions[i].what);
        QCOMPARE(actual.actions[i].who, expected.actions[i].who);
        QCOMPARE(actual.actions[i].due, expected.actions[i].due);
        QCOMPARE(actual.actions[i].status, expected.actions[i].status);
        QCOMPARE(actual.actions[i].id, 0);
    }
}

// The exact mode bits of a file (QFile::permissions also reports the current user's access).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ModeBits;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;

private Q_SLOTS:
    void initTestCase() { m_bank = scoringBank(); }

    // --- Exchange files: good files -----------------------------------------------------------

    void goodFileReads()
    {
        const ExchangeReadResult read =
            ExchangeFile::read(DataDir + QStringLiteral("/good.json"), m_bank);
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QVERIFY(read.problems.isEmpty());
        const Assessment &a = *read.assessment;
        QCOMPARE(a.info.id, 0); // ids are local to a database
        QCOMPARE(read.idInFile, 7);
        QCOMPARE(a.info.uid, QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        QCOMPARE(a.info.authority, QStringLiteral("Cyngor Sir Gâr"));
        QCOMPARE(a.info.respondent, QStringLiteral("Cllr Siân Llŷr"));
        QCOMPARE(a.info.roleId, QStringLiteral("councillor"));
        QCOMPARE(a.info.date, QDate(2026, 11, 23));
        QCOMPARE(a.info.bankId, QStringLiteral("scoring-test"));
        QCOMPARE(a.info.bankVersion, QStringLiteral("1"));
        QCOMPARE(a.info.updated, utc("2026-11-23T14:05:09.123Z"));
        QCOMPARE(a.info.updated.time().msec(), 123);
        QCOMPARE(a.answers.size(), 3);
        QCOMPARE(a.rating(QStringLiteral("A-01")), Rating::MostlyMet);
        QCOMPARE(a.answer(QStringLiteral("A-01")).evidence,
                 QStringLiteral("The DCS's report to scrutiny, \"Hydref 2026\".\nSecond line 👍"));
        QCOMPARE(a.rating(QStringLiteral("A-03")), Rating::DontKnow);
        QCOMPARE(a.rating(QStringLiteral("B-02")), Rating::Unanswered);
        QVERIFY(a.answer(QStringLiteral("B-02")).flagged);
        QCOMPARE(a.answer(QStringLiteral("B-02")).updated, utc("2026-11-22T08:15:00.500Z"));
        QCOMPARE(a.actions.size(), 2);
        QCOMPARE(a.actions[0].status, ActionStatus::InProgress);
        QCOMPARE(a.actions[0].due, QDate(2027, 1, 31));
        QCOMPARE(a.actions[1].questionId, QString());
        QVERIFY(!a.actions[1].due.isValid());
    }

    void goodFileIsWrittenBackByteForByte()
    {
        const QByteArray original = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        ExchangeReadResult read =
            ExchangeFile::fromJson(original, m_bank, QStringLiteral("good.json"));
        QVERIFY(read.ok());
        read.assessment->info.id = read.idInFile; // as if exported again from where it came from
        QCOMPARE(QString::fromUtf8(ExchangeFile::toJson(*read.assessment, &m_bank)),
                 QString::fromUtf8(original));
    }

    void unknownFieldsAreIgnored()
    {
        const ExchangeReadResult plain =
            ExchangeFile::read(DataDir + QStringLiteral("/good.json"), m_bank);
        const ExchangeReadResult extra =
            ExchangeFile::read(DataDir + QStringLiteral("/good-unknown-fields.json"), m_bank);
        QVERIFY2(extra.ok(), qPrintable(problemLines(extra).join(QLatin1Char('\n'))));
        QVERIFY(extra.problems.isEmpty());
        compareAssessments(*extra.assessment, *plain.assessment);
    }

    void roundTripKeepsEverything_data()
    {
        QTest::addColumn<bool>("withBank");
        QTest::newRow("bank order") << true;
        QTest::newRow("question-id order") << false;
    }

    void roundTripKeepsEverything()
    {
        QFETCH(bool, withBank);
        const Assessment original = awkwardAssessment();
        const QByteArray json = ExchangeFile::toJson(original, withBank ? &m_bank : nullptr);
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        compareAssessments(*read.assessment, original);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ExchangeFile::toJson(*read.assessment, withBank ? &m_bank : nullptr), json);
        // Non-ASCII text is written as UTF-8, not as \u escapes.
        QVERIFY(json.contains(QStringLiteral("Cyngor Sir Gâr").toUtf8()));
        QVERIFY(json.contains(QStringLiteral("👍").toUtf8()));
        QVERIFY(json.contains("Control \\u0001 character"));
    }

    void undatedAssessmentStillReadsBack()
    {
        // Found by the workshop tests: an assessment stored without a date was written with
        // "date": "", which its own reader then refused.
        Assessment undated = awkwardAssessment();
        undated.info.date = QDate();
        const ExchangeReadResult read = ExchangeFile::fromJson(
            ExchangeFile::toJson(undated, &m_bank), m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QCOMPARE(read.assessment->info.date, undated.info.created.toUTC().date());
    }

    void storedIdIsWrittenButNotRead()
    {
        Assessment original = awkwardAssessment();
        original.info.id = 42;
        original.actions[0].id = 9;
        const QByteArray json = ExchangeFile::toJson(original, &m_bank);
        QVERIFY(json.contains("\"id\": 42,"));
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY(read.ok());
        QCOMPARE(read.assessment->info.id, 0);
        QCOMPARE(read.idInFile, 42);
        QCOMPARE(read.assessment->actions[0].id, 0);
    }

    void writtenShape()
    {
        Assessment a = awkwardAssessment();
        a.answers.insert(QStringLiteral("A-03"), Answer()); // empty answers are left out
        const QString json = QString::fromUtf8(ExchangeFile::toJson(a, &m_bank));
        QVERIFY(json.startsWith(QStringLiteral("{\n  \"format\": \"waymark-assessment\",\n"
                                               "  \"formatVersion\": 1,\n"
                                               "  \"generator\": \"Waymark " WAYMARK_VERSION "\",\n"
                                               "  \"bank\": {\n    \"id\": \"scoring-test\",\n")));
        QVERIFY(json.endsWith(QStringLiteral("}\n")));
        QVERIFY(json.contains(QStringLiteral("\"updated\": \"2026-11-23T14:05:09.123Z\"")));
        QVERIFY(json.contains(QStringLiteral("\"question\": \"B-01\",\n      \"rating\": null,")));
        QVERIFY(json.contains(QStringLiteral("\"rating\": \"not-applicable\"")));
        QVERIFY(json.contains(QStringLiteral("\"due\": \"2027-01-31\"")));
        QVERIFY(!json.contains(QStringLiteral("\"question\": \"A-03\"")));
        QVERIFY(!json.contains(QStringLiteral("\"id\": 0")));
    }

    void questionsTheBankOrRoleLacksAreKeptAside()
    {
        // good.json is a councillor's: A-02 and C-01 are not for councillors, Z-99 and OLD-1 are
        // in no version of the scoring bank this Waymark has. All are kept, with a note.
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"question\": \"A-03\"", "\"question\": \"A-02\"");
        json.replace("\"question\": \"B-02\"", "\"question\": \"Z-99\"");
        json.replace("\"question\": \"A-01\",\n      \"what\"",
                     "\"question\": \"C-01\",\n      \"what\"");
        json.replace("\"question\": \"\",", "\"question\": \"OLD-1\",");
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QCOMPARE(read.assessment->rating(QStringLiteral("A-02")), Rating::DontKnow);
        QVERIFY(read.assessment->answer(QStringLiteral("Z-99")).flagged);
        QCOMPARE(read.assessment->actions.at(0).questionId, QStringLiteral("C-01"));
        QCOMPARE(read.assessment->actions.at(1).questionId, QStringLiteral("OLD-1"));
        QStringList notes;
        for (const ExchangeProblem &note : read.notes)
            notes.append(note.toString());
        QCOMPARE(notes,
                 QStringList({"x.json: question(s) \"Z-99\", \"OLD-1\" are not in the question "
                              "bank \"scoring-test\" (retired from it, or from another "
                              "version of it): their answers and actions are kept, but "
                              "count nowhere",
                              "x.json: question(s) \"A-02\", \"C-01\" do not apply to the "
                              "role \"councillor\": their answers and actions are kept, but "
                              "count nowhere"}));
        // Counted nowhere: only A-01 is answered of the councillor's questions.
        QCOMPARE(Scorer::score(m_bank, *read.assessment).overall.answered, 1);
        // And what was read is written back, and reads again: the export of such an assessment
        // imports.
        const QByteArray written = ExchangeFile::toJson(*read.assessment, &m_bank);
        QVERIFY(ExchangeFile::exportProblems(*read.assessment, m_bank).isEmpty());
        const ExchangeReadResult again =
            ExchangeFile::fromJson(written, m_bank, QStringLiteral("x.json"));
        QVERIFY(again.ok());
        compareAssessments(*again.assessment, *read.assessment);
    }

    void exportProblemsNameTheQuestion()
    {
        Assessment a = awkwardAssessment();
        a.answers[QStringLiteral("B-02")].evidence = QString(20001, QLatin1Char('e'));
        a.actions[1].who = QString(20002, QLatin1Char('w'));
        a.info.roleId = QStringLiteral("mayor");
        QCOMPARE(ExchangeFile::exportProblems(a, m_bank),
                 QStringList({"assessment.role: role \"mayor\" is not a role of the question bank "
                              "\"scoring-test\" (lead-member, councillor, scrutiny)",
                              "answers[4].evidence (B-02): evidence is 20001 characters long; the "
                              "most allowed is 20000",
                              "actions[1].who (action 2): who is 20002 characters long; the most "
                              "allowed is 20000"}));
        QVERIFY(ExchangeFile::exportProblems(awkwardAssessment(), m_bank).isEmpty());
    }

    void clearsTravelInVersionTwo()
    {
        Assessment a = awkwardAssessment();
        a.cleared.insert(QStringLiteral("C-01"), utc("2026-11-24T08:00:00.250Z"));
        a.answers.remove(QStringLiteral("C-01"));
        a.cleared.insert(QStringLiteral("A-02"), utc("2026-11-24T09:00:00.000Z"));
        a.answers.remove(QStringLiteral("A-02"));
        const QByteArray json = ExchangeFile::toJson(a, &m_bank);
        QVERIFY(json.contains("  \"formatVersion\": 2,\n"));
        // After the answers, in bank order, each with its time.
        QVERIFY2(
            json.contains("  ],\n  \"cleared\": [\n    {\n      \"question\": \"A-02\",\n      "
                          "\"updated\": \"2026-11-24T09:00:00.000Z\"\n    },\n    {\n      "
                          "\"question\": \"C-01\",\n      \"updated\": "
                          "\"2026-11-24T08:00:00.250Z\"\n    }\n  ],\n  \"actions\": ["),
            json.constData());
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        compareAssessments(*read.assessment, a);
        QCOMPARE(ExchangeFile::toJson(*read.assessment, &m_bank), json);
    }

    void fileWithoutClearsStaysVersionOne()
    {
        // Every Waymark reads such a file correctly, so it is written for every Waymark.
        const QByteArray json = ExchangeFile::toJson(awkwardAssessment(), &m_bank);
        QVERIFY(json.contains("  \"formatVersion\": 1,\n"));
        QVERIFY(!json.contains("\"cleared\""));
        // A clear without a time could beat nothing, so it is not written.
        Assessment untimed = awkwardAssessment();
        untimed.cleared.insert(QStringLiteral("C-01"), QDateTime());
        untimed.answers.remove(QStringLiteral("C-01"));
        QVERIFY(ExchangeFile::toJson(untimed, &m_bank).contains("  \"formatVersion\": 1,\n"));
    }

    void laterOfAnswerAndClearIsWritten()
    {
        // The model keeps a question answered or cleared; should it hold both, the file says
        // the later, since a file with both would not import.
        Assessment a = awkwardAssessment();
        a.cleared.insert(QStringLiteral("B-02"), utc("2026-11-23T14:05:09.124Z")); // after
        a.cleared.insert(QStringLiteral("A-01"), utc("2026-11-21T00:00:00.001Z")); // a tie
        const ExchangeReadResult read = ExchangeFile::fromJson(ExchangeFile::toJson(a, &m_bank),
                                                               m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QVERIFY(!read.assessment->answers.contains(QStringLiteral("B-02")));
        QCOMPARE(read.assessment->cleared.value(QStringLiteral("B-02")),
                 utc("2026-11-23T14:05:09.124Z"));
        QCOMPARE(read.assessment->rating(QStringLiteral("A-01")), Rating::NotMet);
        QVERIFY(!read.assessment->cleared.contains(QStringLiteral("A-01")));
    }

    void versionOneFileIgnoresClears()
    {
        // A version 1 file is read exactly as before: "cleared" is a field it does not have.
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"actions\": [", "\"cleared\": [{\"question\": \"A-03\", \"updated\": "
                                       "\"2027-01-01T00:00:00.000Z\"}, 5],\n  \"actions\": [");
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QVERIFY(read.assessment->cleared.isEmpty());
        QCOMPARE(read.assessment->rating(QStringLiteral("A-03")), Rating::DontKnow);
    }

    void timesAtMostADayAheadOfTheClock()
    {
        // A clock a few hours fast, or in another time zone, is fine; more than a day is not.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString soon = (now.addSecs(23 * 3600)).toString(Qt::ISODateWithMs);
        const QString tooLate = (now.addSecs(25 * 3600)).toString(Qt::ISODateWithMs);
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"2026-11-23T14:05:09.123Z\"\n  }", '"' + soon.toLatin1() + "\"\n  }");
        const ExchangeReadResult fine =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(fine.ok(), qPrintable(problemLines(fine).join(QLatin1Char('\n'))));
        json.replace("\"2026-11-21T10:00:00.000Z\"", '"' + tooLate.toLatin1() + '"');
        const ExchangeReadResult refused =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QCOMPARE(problemLines(refused),
                 QStringList({"x.json: answers[1].updated: updated \"" + tooLate +
                              "\" is in the future, more than 24 hours ahead of this computer's "
                              "clock; the computer that wrote the file, or this one, has its "
                              "clock wrong"}));
    }

    void answersFollowBankOrderElseIdOrder()
    {
        // A bank whose sections are in another order than their ids.
        QuestionBank reordered = m_bank;
        std::reverse(reordered.sections.begin(), reordered.sections.end());
        reordered.buildIndex();
        const Assessment a = awkwardAssessment();
        const auto order = [](const QByteArray &json) {
            QStringList ids;
            const QJsonArray answers =
                QJsonDocument::fromJson(json).object().value("answers").toArray();
            for (const QJsonValue &answer : answers)
                ids.append(answer.toObject().value("question").toString());
            return ids;
        };
        QCOMPARE(order(ExchangeFile::toJson(a, &reordered)),
                 QStringList({"C-01", "B-01", "B-02", "B-03", "A-01", "A-02", "A-03"}));
        QCOMPARE(order(ExchangeFile::toJson(a)),
                 QStringList({"A-01", "A-02", "A-03", "B-01", "B-02", "B-03", "C-01"}));
        // An answer to a question the bank lacks still goes out, after the bank's.
        QuestionBank smaller = m_bank;
        smaller.sections.removeLast();
        smaller.buildIndex();
        QCOMPARE(order(ExchangeFile::toJson(a, &smaller)).last(), QStringLiteral("C-01"));
    }

    void uidIsNormalised()
    {
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
                     "\"{0F8FAD5B-D9CB-469F-A165-70867728950E}\"");
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY(read.ok());
        QCOMPARE(read.assessment->info.uid, QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    void byteOrderMarkAndOffsetTimesAreAccepted()
    {
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"2026-11-23T14:05:09.123Z\"\n  }", "\"2026-11-23T15:05:09.123+01:00\"\n  }");
        const ExchangeReadResult read =
            ExchangeFile::fromJson("\xEF\xBB\xBF" + json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QCOMPARE(read.assessment->info.updated, utc("2026-11-23T14:05:09.123Z"));
        QCOMPARE(read.assessment->info.updated.timeSpec(), Qt::UTC);
    }

    void otherVersionOfTheSameBankIsAccepted()
    {
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"version\": \"1\"", "\"version\": \"2027.1\"");
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QVERIFY(read.ok());
        QCOMPARE(read.assessment->info.bankVersion, QStringLiteral("2027.1"));
    }

    void builtInBankRoundTrip()
    {
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        const QuestionBank &bank = *loaded.bank;
        Assessment a;
        a.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.info.authority = QStringLiteral("Cyngor Gwynedd");
        a.info.respondent = QStringLiteral("Member");
        a.info.roleId = QStringLiteral("lead-member");
        a.info.date = QDate(2026, 1, 2);
        a.info.bankId = bank.id;
        a.info.bankVersion = bank.version;
        int i = 0;
        for (const Question *question : bank.questionsFor(a.info.roleId)) {
            Answer answer;
            answer.rating = Rating(1 + i++ % 6);
            answer.evidence = question->text;
            a.answers.insert(question->id, answer);
        }
        const QByteArray json = ExchangeFile::toJson(a, &bank);
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        compareAssessments(*read.assessment, a);
        QCOMPARE(ExchangeFile::toJson(*read.assessment, &bank), json);
    }

    // A file records the law an assessment is made under: named, as format 3, when it is not
    // England's; left out under England's law, so such a file is what earlier versions wrote and
    // read. A file without one (every file before bank 2) is read as England's.
    void jurisdictionTravelsInVersionThree()
    {
        const BankLoadResult loaded = BankLoader::loadFile(
            QStringLiteral(WAYMARK_TEST_DATA "/banks/good/two-jurisdictions.json"));
        QVERIFY(loaded.ok());
        const QuestionBank &bank = *loaded.bank;
        Assessment a;
        a.info.uid = QStringLiteral("6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        a.info.authority = QStringLiteral("Cyngor Gwynedd");
        a.info.respondent = QStringLiteral("Member");
        a.info.roleId = QStringLiteral("lead-member");
        a.info.date = QDate(2026, 1, 2);
        a.info.bankId = bank.id;
        a.info.bankVersion = bank.version;
        a.info.jurisdiction = QStringLiteral("england");
        a.answers.insert(QStringLiteral("A-02"), rated(Rating::MostlyMet)); // England's law alone

        const QByteArray english = ExchangeFile::toJson(a, &bank);
        QVERIFY(english.contains("  \"formatVersion\": 1,\n"));
        QVERIFY(!english.contains("jurisdiction"));
        ExchangeReadResult read = ExchangeFile::fromJson(english, bank, QStringLiteral("e.json"));
        QVERIFY(read.ok());
        QCOMPARE(read.assessment->info.jurisdiction, QStringLiteral("england"));
        QCOMPARE(read.assessment->rating(QStringLiteral("A-02")), Rating::MostlyMet);

        a.info.jurisdiction = QStringLiteral("wales");
        a.answers.remove(QStringLiteral("A-02"));
        a.answers.insert(QStringLiteral("A-01"), rated(Rating::FullyMet));
        const QByteArray welsh = ExchangeFile::toJson(a, &bank);
        QVERIFY(welsh.contains("  \"formatVersion\": 3,\n"));
        QVERIFY(welsh.contains("    \"jurisdiction\": \"wales\",\n"));
        read = ExchangeFile::fromJson(welsh, bank, QStringLiteral("w.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QCOMPARE(read.assessment->info.jurisdiction, QStringLiteral("wales"));
        QCOMPARE(ExchangeFile::toJson(*read.assessment, &bank), welsh);

        // A law the bank does not know is named in the message, and nothing is read.
        QByteArray unknown = welsh;
        unknown.replace("\"wales\"", "\"scotland\"");
        read = ExchangeFile::fromJson(unknown, bank, QStringLiteral("s.json"));
        QVERIFY(!read.ok());
        QVERIFY2(problemLines(read)
                     .join(QLatin1Char('\n'))
                     .contains(QLatin1String("s.json: assessment.jurisdiction: jurisdiction "
                                             "\"scotland\" is not one of the question bank")),
                 qPrintable(problemLines(read).join(QLatin1Char('\n'))));
    }

    // A bank that names no jurisdictions (as 1.0.0 does) is England's law alone: a file that
    // claims Wales's law for it is refused, not shown under a law its questions do not cite.
    void bankWithoutJurisdictionsIsEnglandsAlone()
    {
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        QVERIFY(m_bank.jurisdictions.isEmpty());
        json.replace("\"role\": \"councillor\",",
                     "\"role\": \"councillor\",\n    \"jurisdiction\": \"wales\",");
        json.replace("\"formatVersion\": 1", "\"formatVersion\": 3");
        ExchangeReadResult read = ExchangeFile::fromJson(json, m_bank, QStringLiteral("w.json"));
        QVERIFY(!read.ok());
        QVERIFY2(problemLines(read)
                     .join(QLatin1Char('\n'))
                     .contains(QLatin1String("w.json: assessment.jurisdiction: jurisdiction "
                                             "\"wales\" is not one of the question bank "
                                             "\"scoring-test\" (england)")),
                 qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        json.replace("\"wales\"", "\"england\"");
        read = ExchangeFile::fromJson(json, m_bank, QStringLiteral("e.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QCOMPARE(read.assessment->info.jurisdiction, QStringLiteral("england"));
    }

    // --- Exchange files: hostile files ----------------------------------------------------------

    void hostileFiles_data() { GoldenFiles::addRows(DataDir + QStringLiteral("/hostile"), 20); }

    void hostileFiles()
    {
        QFETCH(QString, name);
        const QString input = DataDir + QStringLiteral("/hostile/") + name;
        const ExchangeReadResult read =
            ExchangeFile::fromJson(GoldenFiles::read(input), m_bank, name);
        QVERIFY(!read.ok()); // all or nothing
        GoldenFiles::compare(problemLines(read), input);
    }

    void duplicateKeysAreFoundWhereverTheyAre()
    {
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("\"what\": \"Visit the MASH\",",
                     "\"what\": \"Visit\", \"wh\\u0061t\": \"Visit\",");
        json.replace("\"actions\": [", "\"actions\": [], \"actions\": [");
        json.replace("\"id\": 7,", "\"id\": 7, \"id\": 8,");
        const ExchangeReadResult read =
            ExchangeFile::fromJson(json, m_bank, QStringLiteral("x.json"));
        QCOMPARE(
            problemLines(read),
            QStringList({"x.json: assessment.id: the field \"id\" appears twice in the same object",
                         "x.json: actions: the field \"actions\" appears twice in the same object",
                         "x.json: actions[1].what: the field \"what\" appears twice in the same "
                         "object"}));
    }

    void fileEndingInsideACharacterIsNotUtf8()
    {
        const ExchangeReadResult read =
            ExchangeFile::fromJson("{\n  \"a\": \"G\xC3", m_bank, QStringLiteral("x.json"));
        QCOMPARE(
            problemLines(read),
            QStringList({"x.json: the file is not valid UTF-8 text (line 2, column 10); it may "
                         "be damaged, or saved in another encoding"}));
    }

    void textLongerThanTheLimitIsRefused()
    {
        const QString limit(ExchangeFile::MaxTextLength, QLatin1Char('x'));
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        const QByteArray note = "\"note\": \"Ask: how many, and since when?\"";
        QVERIFY(json.contains(note));

        const ExchangeReadResult atLimit = ExchangeFile::fromJson(
            QByteArray(json).replace(note, "\"note\": \"" + limit.toUtf8() + '"'), m_bank,
            QStringLiteral("x.json"));
        QVERIFY(atLimit.ok());
        QCOMPARE(atLimit.assessment->answer(QStringLiteral("A-01")).note, limit);

        const ExchangeReadResult over =
            ExchangeFile::fromJson(json.replace(note, "\"note\": \"" + limit.toUtf8() + "y\""),
                                   m_bank, QStringLiteral("x.json"));
        QVERIFY(!over.ok());
        QCOMPARE(problemLines(over),
                 QStringList({"x.json: answers[0].note: note is 20001 characters long; the most "
                              "allowed is 20000"}));
    }

    void textLimitCountsCharactersNotUtf16Units()
    {
        // An emoji is one character but two UTF-16 units: 20,000 of them are at the limit.
        QString emoji;
        for (int i = 0; i < ExchangeFile::MaxTextLength; ++i)
            emoji += QStringLiteral("👍");
        QCOMPARE(emoji.size(), 2 * ExchangeFile::MaxTextLength);
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        const QByteArray note = "\"note\": \"Ask: how many, and since when?\"";
        const ExchangeReadResult atLimit = ExchangeFile::fromJson(
            QByteArray(json).replace(note, "\"note\": \"" + emoji.toUtf8() + '"'), m_bank,
            QStringLiteral("x.json"));
        QVERIFY2(atLimit.ok(), qPrintable(problemLines(atLimit).join(QLatin1Char('\n'))));
        QCOMPARE(atLimit.assessment->answer(QStringLiteral("A-01")).note, emoji);

        const ExchangeReadResult over =
            ExchangeFile::fromJson(json.replace(note, "\"note\": \"" + emoji.toUtf8() + "ŵ\""),
                                   m_bank, QStringLiteral("x.json"));
        QCOMPARE(problemLines(over),
                 QStringList({"x.json: answers[0].note: note is 20001 characters long; the most "
                              "allowed is 20000"}));
    }

    void textRules()
    {
        QCOMPARE(TextRules::characterCount(QStringLiteral("Llŷr 👍")), 6);
        QCOMPARE(TextRules::characterCount(QString(QChar(0xD800))), 1);
        QCOMPARE(TextRules::fault(QStringLiteral("Gâr 👍")), TextRules::Fault::None);
        QCOMPARE(TextRules::fault(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
                 TextRules::Fault::Nul);
        QCOMPARE(TextRules::fault(QStringLiteral("a") + QChar(0xDC00)),
                 TextRules::Fault::LoneSurrogate);
        QCOMPARE(TextRules::fault(QChar(0xD83D) + QStringLiteral("x")),
                 TextRules::Fault::LoneSurrogate);
        QCOMPARE(TextRules::fault(QStringLiteral("a\uffffb")), TextRules::Fault::Noncharacter);
        QCOMPARE(TextRules::fault(QStringLiteral("\ufffe")), TextRules::Fault::Noncharacter);
        QCOMPARE(TextRules::fault(QStringLiteral("\ufeffa\ufffd")), TextRules::Fault::None);
        const QString limit(TextRules::MaxLength, QLatin1Char('x'));
        QCOMPARE(TextRules::fault(limit), TextRules::Fault::None);
        QCOMPARE(TextRules::fault(limit + QLatin1Char('x')), TextRules::Fault::TooLong);
        // An edit may not take a text over the limit, nor bring in a NUL...
        QVERIFY(!TextRules::acceptsEdit(limit, limit + QLatin1Char('x')));
        QVERIFY(!TextRules::acceptsEdit(QStringLiteral("a"), QStringLiteral("a") + QChar(0)));
        // ... but a text stored too long before the rules can still be cut down.
        const QString tooLong = limit + QStringLiteral("xyz");
        QVERIFY(TextRules::acceptsEdit(tooLong, tooLong.chopped(1)));
        QVERIFY(!TextRules::acceptsEdit(tooLong, tooLong + QLatin1Char('!')));
    }

    void characterEscapesThatAreFineStayFine()
    {
        // A whole surrogate pair written as escapes is one character; other escapes are text.
        QByteArray json = GoldenFiles::read(DataDir + QStringLiteral("/good.json"));
        json.replace("Ask: how many", "Ask: \\ud83d\\udc4d \\u0001 \\u00e2 how many");
        const ExchangeReadResult read =
            ExchangeFile::fromJson("\xEF\xBB\xBF" + json, m_bank, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(problemLines(read).join(QLatin1Char('\n'))));
        QVERIFY(read.assessment->answer(QStringLiteral("A-01"))
                    .note.startsWith(QStringLiteral("Ask: 👍 \x01 â how many")));
        // After a byte order mark, lines and columns still count the file's bytes.
        json.replace("\\u00e2", "\\u0000");
        const ExchangeReadResult nul =
            ExchangeFile::fromJson("\xEF\xBB\xBF" + json, m_bank, QStringLiteral("x.json"));
        QCOMPARE(problemLines(nul), QStringList({"x.json: answers[0].note: line 25, column 41: "
                                                 "\\u0000 is a NUL character, which no text may "
                                                 "hold"}));
    }

    void fileOver16MiBIsRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.json"));
        // Valid JSON, so that only the size can be the reason.
        QByteArray big = "{\"format\": \"waymark-assessment\", \"padding\": \"";
        big += QByteArray(ExchangeFile::MaxFileSize - big.size() - 2 + 1, 'x');
        big += "\"}";
        QCOMPARE(qint64(big.size()), ExchangeFile::MaxFileSize + 1);
        writeFile(path, big);
        const ExchangeReadResult read = ExchangeFile::read(path, m_bank);
        QCOMPARE(problemLines(read),
                 QStringList({path + ": the file is larger than 16 MiB, the most an exchange "
                                     "file may be; it cannot be a Waymark assessment"}));
    }

    void deepNestingDoesNotCrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const ExchangeReadResult read =
            ExchangeFile::fromJson(deep, m_bank, QStringLiteral("deep.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(
            read.problems.first().message.startsWith(QStringLiteral("not valid JSON at line 1")),
            qPrintable(read.problems.first().toString()));

        const QByteArray inObject =
            "{\"format\": \"waymark-assessment\", \"answers\": " + QByteArray(100000, '[') +
            QByteArray(100000, ']') + "}";
        QCOMPARE(
            ExchangeFile::fromJson(inObject, m_bank, QStringLiteral("deep.json")).problems.size(),
            1);
    }

    void missingFileSaysSo()
    {
        const QString path = DataDir + QStringLiteral("/no-such-file.json");
        const ExchangeReadResult read = ExchangeFile::read(path, m_bank);
        QVERIFY(!read.ok());
        QCOMPARE(problemLines(read),
                 QStringList({path + ": cannot open the file: No such file or directory"}));
    }

    void writeThenRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Hunanasesiad Siân.waymark.json"));
        const Assessment a = awkwardAssessment();
        const SaveResult saved = ExchangeFile::write(path, a, &m_bank);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(GoldenFiles::read(path), ExchangeFile::toJson(a, &m_bank));
        QCOMPARE(modeOf(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ExchangeReadResult read = ExchangeFile::read(path, m_bank);
        QVERIFY(read.ok());
        compareAssessments(*read.assessment, a);
    }

    // --- CSV -------------------------------------------------------------------------------------

    void csvCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "Cyngor Sir Gâr"
                               << "Cyngor Sir Gâr";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "one, two"
                               << "\"one, two\"";
        QTest::newRow("quote") << "say \"no\""
                               << "\"say \"\"no\"\"\"";
        QTest::newRow("newline") << "line\nnext"
                                 << "\"line\nnext\"";
        QTest::newRow("crlf") << "line\r\nnext"
                              << "\"line\r\nnext\"";
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")"
                                 << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+44 1267 234567"
                              << "'+44 1267 234567";
        QTest::newRow("minus") << "-1"
                               << "'-1";
        QTest::newRow("at") << "@SUM(A1:A9)"
                            << "'@SUM(A1:A9)";
        QTest::newRow("tab") << "\tcmd"
                             << "'\tcmd";
        QTest::newRow("carriage return") << "\rcmd"
                                         << "\"'\rcmd\"";
        QTest::newRow("equals later") << "a=b"
                                      << "a=b";
        QTest::newRow("apostrophe") << "'quoted"
                                    << "'quoted";
    }

    void csvCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvExport::cell(text), cell);
    }

    void csvTableHasBomAndCrlf()
    {
        const QByteArray table = CsvExport::table({{"a", "b,c"}, {"Gâr 👍", "x\ny"}});
        QCOMPARE(table, QByteArray("\xEF\xBB\xBF"
                                   "a,\"b,c\"\r\n"
                                   "Gâr 👍,\"x\ny\"\r\n"));
    }

    void csvAnswers()
    {
        Assessment a = awkwardAssessment();
        a.info.roleId = QStringLiteral("councillor"); // and B-02 apply
        const QByteArray csv = CsvExport::answers(a, m_bank);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const QString lastChanged = utc("2026-11-23T14:05:09.123Z")
                                        .toLocalTime()
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString expected =
            QStringLiteral("Section,Question "
                           "ID,Question,Gate,Weight,Answer,Evidence,Note,Flagged,Last changed\r\n"
                           "Section A,A-01,Is the gate duty in place?,Yes,3,Not met,,,Yes,%1\r\n"
                           "Section A,A-03,Is the middle question met?,No,2,Partially met,,,,\r\n"
                           "Section B,B-02,Is the heavy question met?,No,3,Fully met,"
                           "\"Line one, with \"\"quotes\"\"\nLine two\ttabbed \\ backslash 👍\","
                           "Control \x01 character and a Welsh ŵ,,%2\r\n")
                .arg(utc("2026-11-21T00:00:00.001Z")
                         .toLocalTime()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     lastChanged);
        QCOMPARE(text, expected);
    }

    void csvAnswersGuardFormulas()
    {
        Assessment a = awkwardAssessment();
        const QString text = QString::fromUtf8(CsvExport::answers(a, m_bank));
        QVERIFY(text.contains(QStringLiteral(",Don't know,,'=ask the DCS,,\r\n")));
        QVERIFY(
            text.contains(QStringLiteral(",Not answered,,\"Not answered yet, but noted\",,\r\n")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + m_bank.questionsFor(a.info.roleId).size());
    }

    void csvActionPlan()
    {
        Assessment a = awkwardAssessment();
        Action hostile;
        hostile.questionId = QStringLiteral("B-02");
        hostile.what = QStringLiteral("=cmd|' /C calc'!A0");
        hostile.who = QStringLiteral("@Lead");
        a.actions.append(hostile);
        const QByteArray csv = CsvExport::actionPlan(a, m_bank);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(csv.mid(3)),
                 QStringLiteral("Question ID,Question,What,Who,Due,Status\r\n"
                                "A-01,Is the gate duty in place?,\"Ask for the audit,\r\nwith "
                                "\"\"dates\"\"\",Cyfarwyddwr,2027-01-31,In progress\r\n"
                                ",,Visit the MASH,,,Done\r\n"
                                "B-02,Is the heavy question met?,'=cmd|' /C calc'!A0,'@Lead,,"
                                "Not started\r\n"));
    }

    void csvWritesSafely()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Assessment a = awkwardAssessment();
        const QString answers = dir.filePath(QStringLiteral("answers.csv"));
        const QString plan = dir.filePath(QStringLiteral("plan.csv"));
        SaveResult saved = CsvExport::writeAnswers(answers, a, m_bank);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        saved = CsvExport::writeActionPlan(plan, a, m_bank);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(GoldenFiles::read(answers), CsvExport::answers(a, m_bank));
        QCOMPARE(GoldenFiles::read(plan), CsvExport::actionPlan(a, m_bank));
        QCOMPARE(modeOf(answers), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        saved =
            CsvExport::writeAnswers(dir.filePath(QStringLiteral("none/answers.csv")), a, m_bank);
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY(saved.message.contains(QStringLiteral("none/answers.csv")));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
