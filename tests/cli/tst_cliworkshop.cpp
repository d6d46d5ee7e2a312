// `waymark-cli workshop …` as a facilitator's script runs it: set up, hand out answer packs,
// gather them back, see the spread, agree, and print the pack (docs/cli.md).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"
#include "PdfTools.h"

using namespace CliRunner;

namespace {

// Fills in a returned answer pack as the member would in their own Waymark: answers added to
// the exchange file, with the time they were given.
bool answerPack(const QString &path, const QList<std::pair<QString, QJsonValue>> &answers,
                const QString &updated = QStringLiteral("2026-11-28T10:00:00.000Z"),
                const QString &note = QString())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray list;
    for (const auto &[question, rating] : answers) {
        list.append(QJsonObject{
            {"question", question},
            {"rating", rating},
            {"evidence", ""},
            {"note", note.isEmpty() ? QStringLiteral("Note on %1").arg(question) : note},
            {"flag", false},
            {"updated", updated}});
    }
    root.insert(QStringLiteral("answers"), list);
    QJsonObject assessment = root.value(QStringLiteral("assessment")).toObject();
    assessment.insert(QStringLiteral("updated"), updated);
    root.insert(QStringLiteral("assessment"), assessment);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(root).toJson()) > 0;
}

// The words of text that are one of names' parts, as a reader would see them: whole words, any
// case, accents and invisible characters disregarded.
QStringList namesIn(const QString &text, const QStringList &parts)
{
    const auto plain = [](const QString &words) {
        QString result;
        for (const QChar c : words.normalized(QString::NormalizationForm_D)) {
            if (!c.isMark() && c.category() != QChar::Other_Format)
                result.append(c);
        }
        return result;
    };
    const QString searched = plain(text);
    QStringList found;
    for (const QString &part : parts) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                          .arg(QRegularExpression::escape(plain(part))),
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(searched).hasMatch())
            found.append(part);
    }
    return found;
}

} // namespace

class TestCliWorkshop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_workshop;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = path(QStringLiteral("w.db"));
        const Run created = cli({"workshop", "new", "--db", m_db, "--name", "Autumn workshop",
                                 "--authority", "Borsetshire", "--date", "2026-11-30",
                                 "--facilitator", "Jo Facilitator"});
        QCOMPARE(created.exitCode, 0);
        m_workshop = created.out.trimmed();
        QCOMPARE(m_workshop, QStringLiteral("1"));
    }

    void handOutAndGatherPacks()
    {
        const QList<std::pair<QString, QString>> members = {
            {"Ann Jones", "lead-member"}, {"Bob Smith", "councillor"}, {"Cat Lee", "councillor"}};
        for (const auto &[name, role] : members) {
            const Run run = cli({"workshop", "pack", "--db", m_db, "--workshop", m_workshop,
                                 "--member", name, "--role", role, "--out", path(name + ".waymark")});
            QCOMPARE(run.exitCode, 0);
        }
        QVERIFY(answerPack(path("Ann Jones.waymark"), {{"LEAD-01", 3}, {"MEMB-01", "dont-know"}}));
        QVERIFY(answerPack(path("Bob Smith.waymark"), {{"LEAD-01", 1}, {"MEMB-01", 2}}));
        QVERIFY(answerPack(path("Cat Lee.waymark"), {{"LEAD-01", 2}}));
        const Run run = cli({"workshop", "add", "--db", m_db, "--workshop", m_workshop,
                             path("Ann Jones.waymark"), path("Bob Smith.waymark"),
                             path("Cat Lee.waymark")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    }

    void newerFileFromTheSameMemberWins()
    {
        // Bob sends a second, later file, made afresh: it replaces his first.
        const Run pack = cli({"workshop", "pack", "--db", m_db, "--workshop", m_workshop,
                              "--member", "bob smith", "--role", "councillor", "--out",
                              path("bob-again.waymark")});
        QCOMPARE(pack.exitCode, 0);
        QVERIFY(answerPack(path("bob-again.waymark"), {{"LEAD-01", 0}, {"MEMB-01", 2}},
                           QStringLiteral("2026-11-29T10:00:00.000Z")));
        const Run run =
            cli({"workshop", "add", "--db", m_db, "--workshop", m_workshop, path("bob-again.waymark")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("replaces")), qPrintable(run.err));
    }

    void mismatchedFileIsRefusedUntilAccepted()
    {
        const QString other = path("other.db");
        const Run elsewhere = cli({"workshop", "new", "--db", other, "--name", "Elsewhere",
                                   "--authority", "Ambridge"});
        QCOMPARE(elsewhere.exitCode, 0);
        QCOMPARE(cli({"workshop", "pack", "--db", other, "--workshop", "1", "--member", "Dan",
                      "--role", "scrutiny", "--out", path("dan.waymark")})
                     .exitCode,
                 0);
        Run run = cli({"workshop", "add", "--db", m_db, "--workshop", m_workshop, path("dan.waymark")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Ambridge")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("--accept-mismatched")));
        QVERIFY(run.out.isEmpty());
        run = cli({"workshop", "add", "--db", m_db, "--workshop", m_workshop,
                   "--accept-mismatched", path("dan.waymark")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    }

    void spreadJsonHasThePublicShape()
    {
        const Run run =
            cli({"workshop", "spread", "--db", m_db, "--workshop", m_workshop, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject spread = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(spread.value("workshop").toInt(), 1);
        QCOMPARE(spread.value("participants").toInt(), 4); // Ann, Bob (newer), Cat, Dan
        QJsonObject lead01;
        for (const QJsonValue &each : spread.value("questions").toArray()) {
            if (each.toObject().value("id").toString() == QLatin1String("LEAD-01"))
                lead01 = each.toObject();
        }
        const QJsonObject counts = lead01.value("counts").toObject();
        QCOMPARE(counts.value("3").toInt(), 1); // Ann
        QCOMPARE(counts.value("2").toInt(), 1); // Cat
        QCOMPARE(counts.value("0").toInt(), 1); // Bob's newer file
        QCOMPARE(counts.value("1").toInt(), 0); // Bob's older file is gone
        QCOMPARE(counts.value("unanswered").toInt(), 1); // Dan
        QCOMPARE(lead01.value("min").toInt(), 0);
        QCOMPARE(lead01.value("max").toInt(), 3);
        QCOMPARE(lead01.value("spread").toInt(), 3);
        QCOMPARE(lead01.value("disagreement").toBool(), true);
        QVERIFY(lead01.value("agreed").isNull());
    }

    void agreeRecordsTheRoomsRating()
    {
        Run run = cli({"workshop", "agree", "--db", m_db, "--workshop", m_workshop, "--question",
                       "LEAD-01", "--rating", "2", "--note", "Bob dissents: no protocol yet"});
        QCOMPARE(run.exitCode, 0);
        run = cli({"workshop", "spread", "--db", m_db, "--workshop", m_workshop, "--json"});
        const QJsonArray questions =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value("questions").toArray();
        QCOMPARE(questions.first().toObject().value("agreed").toInt(), 2);

        QCOMPARE(cli({"workshop", "agree", "--db", m_db, "--workshop", m_workshop, "--question",
                      "LEAD-01", "--rating", "7"})
                     .exitCode,
                 2);
        run = cli({"workshop", "agree", "--db", m_db, "--workshop", m_workshop, "--question",
                   "NOPE-99", "--rating", "1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("NOPE-99")));
        run = cli({"workshop", "agree", "--db", m_db, "--workshop", "42", "--question", "LEAD-01",
                   "--rating", "1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("42")));
    }

    void anonymisedPackNamesNobody()
    {
        const QString pdf = path("pack.pdf");
        Run run = cli({"workshop", "report", "--db", m_db, "--workshop", m_workshop, "--out", pdf,
                       "--anonymise", "--member-reviews"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString text = PdfTools::text(pdf);
        // Every name and every part of one, as a whole word ("Dan" is in "guidance").
        for (const char *name : {"Ann", "Jones", "Bob", "Smith", "Cat", "Lee", "Dan"}) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(name)),
                                          QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!word.match(text).hasMatch(), name);
        }
        QVERIFY(!PdfTools::run(QStringLiteral("pdfinfo"), pdf).contains(QLatin1String("Jones")));
        for (const char *expected : {"Member A", "Member D", "Where members agree and disagree",
                                     "Each member's ratings", "Bob dissents: no protocol yet"}) {
            // "Bob" is a member's name, so his dissent reads "Member C dissents" when anonymised:
            // members are lettered in the order they joined, and Bob's newer file came third.
            // Table cells wrap, so compare with white space made single.
            const QString flat = text.simplified();
            if (QByteArray(expected).startsWith("Bob"))
                QVERIFY(flat.contains(QLatin1String("Member C dissents")));
            else
                QVERIFY2(flat.contains(QLatin1String(expected)), expected);
        }

        run = cli({"workshop", "report", "--db", m_db, "--workshop", m_workshop, "--out",
                   path("named.pdf")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(PdfTools::text(path("named.pdf")).contains(QLatin1String("Ann Jones")));
    }

    void anonymisedPackNamesNoPartOfAnyName()
    {
        const QString db = path(QStringLiteral("names.db"));
        QCOMPARE(
            cli({"workshop", "new", "--db", db, "--name", "Gweithdy", "--authority", "Ynys Môn"})
                .exitCode,
            0);
        const QList<std::pair<QString, QString>> members = {
            {QStringLiteral("Siân Llŷr-Jones"), QStringLiteral("lead-member")},
            {QStringLiteral("Cllr Mary-Ann D'Arcy"), QStringLiteral("councillor")},
            {QStringLiteral("Seán O'Brien"), QStringLiteral("councillor")}};
        const QStringList notes = {
            QStringLiteral("Ask what *O’Brien* and <b>D'Arcy</b> were told; (Mary Ann) agrees"),
            QStringLiteral("Jones’s report, \"Llyr\" and SIÂN's minutes"),
            QStringLiteral("Cllr Mary-Ann D'Arcy and Sia\u0302n Llŷr-Jones dissent; OBrien")};
        QStringList files;
        for (int i = 0; i < members.size(); ++i) {
            const QString file = path(QStringLiteral("member-%1.waymark").arg(i));
            QCOMPARE(cli({"workshop", "pack", "--db", db, "--workshop", "1", "--member",
                          members.at(i).first, "--role", members.at(i).second, "--out", file})
                         .exitCode,
                     0);
            QVERIFY(answerPack(file, {{"LEAD-01", i}, {"MEMB-01", "dont-know"}},
                               QStringLiteral("2026-11-28T10:00:00.000Z"), notes.at(i)));
            files.append(file);
        }
        Run run = cli(QStringList{"workshop", "add", "--db", db, "--workshop", "1"} + files);
        QCOMPARE(run.exitCode, 0);
        // Siân again, her name typed on a keyboard that sends a letter and a combining accent,
        // and the council's with it: the same member, whose newer file replaces her first.
        const QString again = path(QStringLiteral("sian-again.waymark"));
        QCOMPARE(cli({"workshop", "pack", "--db", db, "--workshop", "1", "--member",
                      "SIA\u0302N  LLY\u0302R-JONES", "--role", "lead-member", "--out", again})
                     .exitCode,
                 0);
        QVERIFY(answerPack(again, {{"LEAD-01", 3}, {"MEMB-01", "dont-know"}},
                           QStringLiteral("2026-11-29T10:00:00.000Z"), notes.at(0)));
        run = cli({"workshop", "add", "--db", db, "--workshop", "1", again});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("replaces")), qPrintable(run.err));
        QCOMPARE(cli({"workshop", "agree", "--db", db, "--workshop", "1", "--question", "LEAD-01",
                      "--rating", "2", "--note", "(Arcy) and Brien’s dissent"})
                     .exitCode,
                 0);

        const QString pdf = path(QStringLiteral("names.pdf"));
        run = cli({"workshop", "report", "--db", db, "--workshop", "1", "--out", pdf, "--anonymise",
                   "--member-reviews"});
        QCOMPARE(run.exitCode, 0);
        const QString text = PdfTools::text(pdf);
        const QStringList parts = {"Siân",     "Llŷr",    "Jones",   "Llŷr-Jones", "Mary",  "Ann",
                                   "Mary-Ann", "Arcy",    "D'Arcy",  "D’Arcy",     "DArcy", "Seán",
                                   "Brien",    "O'Brien", "O’Brien", "OBrien"};
        QCOMPARE(namesIn(text, parts), QStringList());
        QCOMPARE(namesIn(PdfTools::run(QStringLiteral("pdfinfo"), pdf), parts), QStringList());
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(QLatin1String("Member C")), qPrintable(flat.left(2000)));
        QVERIFY2(flat.contains(QStringLiteral("(Member A) and Member B’s dissent")), qPrintable(flat));

        // The same pack with names: they are there, so the search above can see them.
        run = cli({"workshop", "report", "--db", db, "--workshop", "1", "--out", pdf});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(namesIn(PdfTools::text(pdf), {"Llŷr-Jones", "D'Arcy", "O'Brien"}).size(), 3);
    }

    void listAndUsage()
    {
        Run run = cli({"workshop", "list", "--db", m_db, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("name").toString(), QStringLiteral("Autumn workshop"));
        QCOMPARE(cli({"workshop", "frob"}).exitCode, 1);
        QCOMPARE(cli({"workshop", "add", "--db", m_db, "--workshop", m_workshop}).exitCode, 1);
        QCOMPARE(cli({"workshop", "new", "--db", m_db}).exitCode, 1);
        QCOMPARE(cli({"workshop", "new", "--db", m_db, "--name", "X", "--date", "30/11/2026"})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkshop)
#include "tst_cliworkshop.moc"
