// `waymark-cli report` and `workbook`, run as a facilitator's script would: the PDF they write is
// read back with poppler's pdftotext and pdfinfo (installed by ./test.sh), the HTML as text and
// the ODT unzipped (issue 15: the format follows the name, or --format).
#include "CliRunner.h"
#include "FaultInjection.h"
#include "OdfTools.h"
#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace CliRunner;
using FaultInjection::Faults;

namespace {

QString pdfText(const QString &path)
{
    return PdfTools::text(path);
}

QString pdfInfo(const QString &path)
{
    return PdfTools::run(QStringLiteral("pdfinfo"), path);
}

// pdftotext lays text out as it sits on the page: compare with runs of white space made one.
QString flattened(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

// Text without spaces and hyphens: pdftotext joins a word broken after its hyphen at the end of a
// line ("self-" "assessment" comes back as "selfassessment").
QString unbroken(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\s\\-]+"));
    return text.remove(breaks);
}

const QString Hostile = QStringLiteral("<img src=\"/etc/passwd\"> and <b>bold</b> &amp; more");

// An exchange file for a councillor's assessment: a failed gate (LEAD-01 at 1), a knowledge gap
// (MEMB-01 Don't know), hostile evidence, a long note and two actions.
QByteArray councillorExchange()
{
    QJsonArray answers;
    const auto answer = [&answers](const char *id, const QJsonValue &rating,
                                   const QString &evidence, const QString &note) {
        answers.append(QJsonObject{{"question", QLatin1String(id)},
                                   {"rating", rating},
                                   {"evidence", evidence},
                                   {"note", note},
                                   {"flag", false},
                                   {"updated", "2026-11-23T10:00:00.000Z"}});
    };
    answer("LEAD-01", 1, Hostile, QStringLiteral("Ask the DCS when the review is due."));
    answer("LEAD-02", 3, QStringLiteral("Minutes of Cabinet, October 2026."), QString());
    answer("MEMB-01", QStringLiteral("dont-know"), QString(),
           QStringLiteral("What training do new members get?"));
    answer("DUTY-05", 2, QStringLiteral("Annual report of the LADO."),
           QStringLiteral("Long note. ").repeated(60));
    const QJsonArray actions = {
        QJsonObject{{"question", "LEAD-01"},
                    {"what", "Ask for the accountability protocol"},
                    {"who", "Chief Executive"},
                    {"due", "2027-01-31"},
                    {"status", "in-progress"}},
        QJsonObject{{"question", ""},
                    {"what", "Visit the front door team"},
                    {"who", "Lead Member"},
                    {"status", "not-started"}},
    };
    const QJsonObject file{
        {"format", "waymark-assessment"},
        {"formatVersion", 1},
        {"bank", QJsonObject{{"id", "waymark-gateway"}, {"version", "1.0.0"}}},
        {"assessment", QJsonObject{{"uid", "6d3c1b52-8f7e-4a51-9d0e-3f1b2c4d5e6f"},
                                   {"title", "Autumn self-assessment"},
                                   {"authority", "Ynys Môn (Anglesey) Council"},
                                   {"respondent", "Cllr Siân Llŷr"},
                                   {"role", "councillor"},
                                   {"date", "2026-11-23"},
                                   {"created", "2026-11-20T09:30:00.000Z"},
                                   {"updated", "2026-11-23T14:05:09.123Z"}}},
        {"answers", answers},
        {"actions", actions}};
    return QJsonDocument(file).toJson();
}

// What kind of file bytes are, by what each format starts with: "pdf", "html", "odt" or "".
QString kindOf(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    if (bytes.startsWith("<!DOCTYPE html>"))
        return QStringLiteral("html");
    // An ODF package: a zip whose first entry is "mimetype", stored, saying what it is.
    if (bytes.startsWith("PK\x03\x04") &&
        bytes.mid(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text")
        return QStringLiteral("odt");
    return QString();
}

// waymark-cli run with these variables added to (or, when empty, removed from) its environment.
Run cliWith(const QMap<QString, QString> &variables, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.value().isEmpty())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    return cli(arguments, environment);
}

// The questions a role is asked under England's law (the workbook's default), id to text, as the
// CLI lists them.
QMap<QString, QString> questionsFor(const QString &role)
{
    const Run run = cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--json"),
                         QStringLiteral("--jurisdiction"), QStringLiteral("england")});
    QMap<QString, QString> questions;
    const QJsonObject bank = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &section : bank.value("sections").toArray()) {
        for (const QJsonValue &value : section.toObject().value("questions").toArray()) {
            const QJsonObject question = value.toObject();
            if (question.value("roles").toArray().contains(role))
                questions.insert(question.value("id").toString(),
                                 question.value("text").toString());
        }
    }
    return questions;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // Imports the councillor's exchange file into a fresh database; returns its id.
    QString importCouncillor()
    {
        m_db = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_counter));
        const QString file = m_dir.filePath(QStringLiteral("councillor.waymark"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(councillorExchange()) < 0)
            return QString();
        out.close();
        const Run run = cli({"import", "--db", m_db, file});
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }
    int m_counter = 0;

private Q_SLOTS:
    void reviewHoldsWhatTheCommitteeNeeds()
    {
        const QString id = importCouncillor();
        QVERIFY(!id.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        const Run run = cli({"report", "--db", m_db, "--assessment", id, "--out", pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));

        const QString raw = pdfText(pdf);
        const QString text = flattened(raw);
        for (const QString &expected :
             {QStringLiteral("Gateway review of local safeguards"),
              QStringLiteral("Ynys Môn (Anglesey) Council"), QStringLiteral("Cllr Siân Llŷr"),
              QStringLiteral("Not passed"), QStringLiteral("LEAD-01"), QStringLiteral("DUTY-05"),
              QStringLiteral("MEMB-01"), QStringLiteral("What training do new members get?"),
              QStringLiteral("Minutes of Cabinet, October 2026."),
              QStringLiteral("Ask for the accountability protocol"),
              QStringLiteral("Visit the front door team"), QStringLiteral("Chief Executive"),
              QStringLiteral("Statutory gates"), QStringLiteral("Priorities for improvement"),
              QStringLiteral("Questions to ask officers"), QStringLiteral("Action plan"),
              QStringLiteral("Glossary")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // The member's text is printed as typed, never read as markup.
        QVERIFY2(text.contains(Hostile), qPrintable(text.left(2000)));
        // The 60-sentence note is all there, however it wraps and breaks.
        QCOMPARE(text.count(QStringLiteral("Long note.")), 60);

        // Every page says which it is, of how many.
        const QStringList pages = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() > 3);
        for (int n = 0; n < pages.size(); ++n) {
            const QString footer = QStringLiteral("Page %1 of %2").arg(n + 1).arg(pages.size());
            QVERIFY2(flattened(pages.at(n)).contains(footer), qPrintable(footer));
        }

        const QString info = pdfInfo(pdf);
        QVERIFY2(info.contains(QStringLiteral("Author:          Cllr Siân Llŷr")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Ynys Môn (Anglesey) Council")), qPrintable(info));
        QVERIFY2(QRegularExpression(QStringLiteral("Creator: +Waymark \\d")).match(info).hasMatch(),
                 qPrintable(info));
        QVERIFY2(QRegularExpression(QStringLiteral("Subject: +\\S")).match(info).hasMatch(),
                 qPrintable(info));
    }

    // Issue 13: a review has a Trend page when the database holds an earlier assessment of the
    // same authority (however it is typed) and role, and not otherwise.
    void trendPageOnlyWithEarlierCycles()
    {
        const QString earlier = importCouncillor(); // 1.0.0, 23 November 2026
        QVERIFY(!earlier.isEmpty());
        const Run created =
            cli({"new", "--db", m_db, "--authority", "  YNYS MÔN (anglesey) council",
                 "--respondent", "Cllr Siân Llŷr", "--role", "councillor", "--date", "2027-11-22"});
        QCOMPARE(created.exitCode, 0);
        const QString later = created.out.trimmed();
        QCOMPARE(cli({"answer", "--db", m_db, "--assessment", later, "--question", "LEAD-01",
                      "--rating", "3"})
                     .exitCode,
                 0);

        const QString withTrend = m_dir.filePath(QStringLiteral("with-trend.pdf"));
        const Run run = cli({"report", "--db", m_db, "--assessment", later, "--out", withTrend});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList pages = pdfText(withTrend).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        int trendPage = -1;
        for (int n = 0; n < pages.size() && trendPage < 0; ++n) {
            if (flattened(pages.at(n)).contains(QStringLiteral("(this review)")))
                trendPage = n;
        }
        QVERIFY2(trendPage > 0, "no page of the review has the trend's table");
        const QString page = flattened(pages.at(trendPage));
        for (const QString &expected :
             {QStringLiteral("Trend"), QStringLiteral("Version 1.0.0"),
              QStringLiteral("Version 2.0.0"), QStringLiteral("Overall"),
              QStringLiteral("version 1.0.0"), QStringLiteral("Not passed")}) {
            QVERIFY2(page.contains(expected), qPrintable(expected + QStringLiteral(": ") + page));
        }

        // The earlier assessment's own review has no earlier cycle, so no Trend page.
        const QString without = m_dir.filePath(QStringLiteral("without-trend.pdf"));
        QCOMPARE(cli({"report", "--db", m_db, "--assessment", earlier, "--out", without}).exitCode,
                 0);
        const QString text = flattened(pdfText(without));
        QVERIFY(!text.contains(QStringLiteral("(this review)")));
        QVERIFY(!text.contains(QStringLiteral("Version 2.0.0")));
        QVERIFY(text.contains(QStringLiteral("At a glance")));
    }

    void emptyAssessmentStillMakesAReview()
    {
        m_db = m_dir.filePath(QStringLiteral("empty.db"));
        const Run created = cli({"new", "--db", m_db, "--authority", "Borsetshire", "--respondent",
                                 "Cllr Empty", "--role", "leader"});
        QCOMPARE(created.exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        const Run run =
            cli({"report", "--db", m_db, "--assessment", created.out.trimmed(), "--out", pdf});
        QCOMPARE(run.exitCode, 0);
        const QString text = flattened(pdfText(pdf));
        QVERIFY(text.contains(QLatin1String("Borsetshire")));
        QVERIFY(text.contains(QLatin1String("Cllr Empty")));
        QVERIFY2(text.contains(QLatin1String("Incomplete")), qPrintable(text.left(1500)));
        QVERIFY(text.contains(QLatin1String("Not answered")));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
    }

    void workbookHasEveryQuestionOfTheRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("councillor") << QStringLiteral("councillor");
        QTest::newRow("lead member") << QStringLiteral("lead-member");
    }

    void workbookHasEveryQuestionOfTheRole()
    {
        QFETCH(QString, role);
        const QString pdf = m_dir.filePath(role + QStringLiteral("-workbook.pdf"));
        const Run run = cli({"workbook", "--role", role, "--out", pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString text = flattened(pdfText(pdf));
        const QMap<QString, QString> questions = questionsFor(role);
        const QStringList ids = questions.keys();
        QVERIFY(ids.size() > 20);
        static const QRegularExpression idPattern(QStringLiteral("\\b[A-Z0-9]{2,5}-\\d\\d\\b"));
        QSet<QString> printed;
        for (auto match = idPattern.globalMatch(text); match.hasNext();)
            printed.insert(match.next().captured());
        const QString whole = unbroken(text);
        for (const QString &id : ids) {
            QVERIFY2(printed.contains(id), qPrintable(id));
            QVERIFY2(whole.contains(unbroken(questions.value(id))), qPrintable(id));
        }
        // And no question of another role, nor one England's law does not ask. An id may be
        // printed where a question's legal basis names another ("gated in S11-01"), so the
        // questions are told apart by their own text.
        const QMap<QString, QString> all = questionsFor(QStringLiteral("lead-member"));
        QVERIFY(all.size() > ids.size() || role == QStringLiteral("lead-member"));
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (!ids.contains(it.key()))
                QVERIFY2(!whole.contains(unbroken(it.value())), qPrintable(it.key()));
        }
        QVERIFY(!text.contains(QLatin1String("PART-12"))); // Wales's law alone
        QVERIFY(text.contains(QLatin1String("Fully met")));
        QVERIFY(text.contains(QLatin1String("Not applicable")));
        QVERIFY(text.contains(QLatin1String("Glossary")));
    }

    void unknownRoleIsInvalidInput()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("nobody.pdf"));
        const Run run = cli({"workbook", "--role", "mayor", "--out", pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("\"mayor\"")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("lead-member")));
        QVERIFY(!QFile::exists(pdf));
    }

    void unknownAssessmentIsInvalidInput()
    {
        importCouncillor();
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        const Run run = cli({"report", "--db", m_db, "--assessment", "999", "--out", pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("999")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void usageErrors()
    {
        QCOMPARE(cli({"report", "--db", "x.db", "--assessment", "1"}).exitCode, 1);
        QCOMPARE(cli({"report", "--db", "x.db", "--all", "--out", "x.pdf"}).exitCode, 1);
        QCOMPARE(cli({"workbook", "--out", "x.pdf"}).exitCode, 1);
    }

    void missingFolderIsAStorageError()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder/review.pdf"));
        const Run run = cli({"workbook", "--role", "leader", "--out", pdf});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("no/such/folder")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }

    // On a real small or read-only disk, where the machine allows one;
    // fullReadOnlyOrFailingDiskLeavesNothingHalfWrittenAnywhere tests the same paths everywhere.
    void fullOrReadOnlyDiskLeavesNothingHalfWritten()
    {
        if (const QString why = namespacesUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why + QStringLiteral("; fullReadOnlyOrFailingDiskLeavesNothingHalf"
                                                  "WrittenAnywhere covers the same paths")));
        const QString id = importCouncillor();
        const QString mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mount));
        // A 16 KiB disk cannot hold the review; then the same disk read-only.
        const QString script =
            QStringLiteral(
                "mount -t tmpfs -o size=16k tmpfs '%1' || exit 99; "
                "'%2' report --db '%3' --assessment %4 --out '%1/review.pdf'; echo \"FULL $?\"; "
                "ls -A '%1'; echo LISTED; mount -o remount,ro,bind '%1'; "
                "'%2' workbook --role leader --out '%1/workbook.pdf'; echo \"READONLY $?\"")
                .arg(mount, QStringLiteral(WAYMARK_CLI), m_db, id);
        const Run run = inNamespace(script);
        QVERIFY2(run.out.contains(QLatin1String("FULL 3")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("READONLY 3")), qPrintable(run.out + run.err));
        // Nothing was left behind on the full disk: no PDF, no temporary file.
        const QString listing =
            run.out.section(QLatin1String("FULL 3\n"), 1).section(QLatin1String("LISTED"), 0, 0);
        QVERIFY2(listing.trimmed().isEmpty(), qPrintable(listing));
        QVERIFY2(run.err.contains(QLatin1String("The disk is full: ") + mount +
                                  QLatin1String("/review.pdf")),
                 qPrintable(run.err));
        // Refused as read-only, not merely as full: the remount took effect (a plain "remount,ro"
        // is refused inside a user's namespace; the bind remount is not).
        QVERIFY2(run.err.contains(mount + QLatin1String("/workbook.pdf: Read-only file system")),
                 qPrintable(run.err));
    }

    // The same on the fault-injection library's disks, so on any machine: a 16 KiB disk, the
    // same disk read-only, and a disk that fails at the last flush. Nothing is left behind, and
    // an earlier review is kept byte for byte.
    void fullReadOnlyOrFailingDiskLeavesNothingHalfWrittenAnywhere()
    {
        const QString id = importCouncillor();
        const QString folder = m_dir.filePath(QStringLiteral("faulty"));
        QVERIFY(QDir().mkpath(folder));
        const QString cliPath = QStringLiteral(WAYMARK_CLI);
        const QStringList none;
        const auto contents = [&folder] {
            return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        };

        Faults faults;
        faults.folder = folder;
        faults.noSpaceAfter = 16 * 1024;
        FaultInjection::Run run = FaultInjection::run(
            cliPath, {"report", "--db", m_db, "--assessment", id, "--out", folder + "/review.pdf"},
            faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("The disk is full: ") + folder +
                                  QLatin1String("/review.pdf")),
                 qPrintable(run.err));
        QCOMPARE(contents(), none);

        faults.noSpaceAfter = -1;
        faults.readOnly = true;
        run = FaultInjection::run(
            cliPath, {"workbook", "--role", "leader", "--out", folder + "/workbook.pdf"}, faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(folder + QLatin1String("/workbook.pdf")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Read-only file system")), qPrintable(run.err));
        QCOMPARE(contents(), none);

        // A review already there survives a full disk at the last flush.
        const QString earlier = folder + QStringLiteral("/review.pdf");
        QCOMPARE(cli({"report", "--db", m_db, "--assessment", id, "--out", earlier}).exitCode, 0);
        const QByteArray before = fileBytes(earlier);
        faults.readOnly = false;
        faults.syncError = QStringLiteral("ENOSPC");
        run = FaultInjection::run(
            cliPath, {"report", "--db", m_db, "--assessment", id, "--out", earlier}, faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("The disk is full: ") + earlier),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(earlier), before);
        QCOMPARE(contents(), QStringList({"review.pdf"}));
    }

    void packForEveryAssessment()
    {
        importCouncillor();
        const Run second = cli({"new", "--db", m_db, "--authority", "Borsetshire", "--respondent",
                                "Cllr Two", "--role", "scrutiny"});
        QCOMPARE(second.exitCode, 0);
        const QString folder = m_dir.filePath(QStringLiteral("pack"));
        const Run run = cli({"report", "--db", m_db, "--all", "--out-dir", folder});
        QCOMPARE(run.exitCode, 0);
        const QStringList files = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        const QString both = flattened(pdfText(files.at(0)) + pdfText(files.at(1)));
        QVERIFY(both.contains(QStringLiteral("Cllr Siân Llŷr")));
        QVERIFY(both.contains(QLatin1String("Cllr Two")));
        QVERIFY(files.at(0) != files.at(1));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    // Issue 15: the file's name says its format (.pdf, .html or .htm, .odt, any case), and
    // --format says it whatever the name.
    void formatFollowsTheNameOrTheFormatOption_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("kind");
        QTest::newRow("report .pdf") << "report"
                                     << "r.pdf"
                                     << ""
                                     << "pdf";
        QTest::newRow("report .html") << "report"
                                      << "r.html"
                                      << ""
                                      << "html";
        QTest::newRow("report .HTM") << "report"
                                     << "r.HTM"
                                     << ""
                                     << "html";
        QTest::newRow("report .odt") << "report"
                                     << "r.odt"
                                     << ""
                                     << "odt";
        QTest::newRow("report .txt --format html") << "report"
                                                   << "r.txt"
                                                   << "html"
                                                   << "html";
        QTest::newRow("report .pdf --format odt") << "report"
                                                  << "r2.pdf"
                                                  << "odt"
                                                  << "odt";
        QTest::newRow("report, no extension, --format PDF") << "report"
                                                            << "r"
                                                            << "PDF"
                                                            << "pdf";
        QTest::newRow("workbook .odt") << "workbook"
                                       << "w.odt"
                                       << ""
                                       << "odt";
        QTest::newRow("workbook .html") << "workbook"
                                        << "w.html"
                                        << ""
                                        << "html";
        QTest::newRow("workbook, --format odt") << "workbook"
                                                << "w.doc"
                                                << "odt"
                                                << "odt";
    }

    void formatFollowsTheNameOrTheFormatOption()
    {
        QFETCH(QString, verb);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(QString, kind);
        const QString id = importCouncillor();
        QVERIFY(!id.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("formats/") + name);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("formats"))));
        QFile::remove(file);
        QStringList arguments = verb == QLatin1String("report")
                                    ? QStringList{"report", "--db", m_db, "--assessment", id}
                                    : QStringList{"workbook", "--role", "councillor"};
        arguments << "--out" << file;
        if (!format.isEmpty())
            arguments << "--format" << format;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(kindOf(fileBytes(file)), kind);
    }

    // A name whose extension says no format, without --format, and a --format that is none, are
    // usage errors (exit 1) that say what to do, before anything is opened or written.
    void unknownFormatIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("report .txt")
            << QStringList{"report", "--db", "DB", "--assessment", "1", "--out", "OUT/r.txt"}
            << "end it in .pdf, .html or .odt, or give --format";
        QTest::newRow("report, no extension")
            << QStringList{"report", "--db", "DB", "--assessment", "1", "--out", "OUT/review"}
            << "cannot tell the format of";
        QTest::newRow("report --format docx")
            << QStringList{"report", "--db",      "DB",       "--assessment", "1",
                           "--out",  "OUT/r.pdf", "--format", "docx"}
            << "--format \"docx\" is not a format; use pdf, html or odt";
        QTest::newRow("workbook .docx")
            << QStringList{"workbook", "--role", "leader", "--out", "OUT/w.docx"}
            << "cannot tell the format of";
        QTest::newRow("workshop report .rtf")
            << QStringList{"workshop",   "report", "--db",  "DB",
                           "--workshop", "1",      "--out", "OUT/p.rtf"}
            << "cannot tell the format of";
    }

    void unknownFormatIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const QString id = importCouncillor();
        QVERIFY(!id.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("unknown"));
        QVERIFY(QDir().mkpath(folder));
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        arguments.replaceInStrings(QStringLiteral("OUT"), folder);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    // The member's text is text in every format: markup in evidence or a note never becomes
    // markup of the web page or the document.
    void hostileTextIsLiteralInTheWebPageAndTheDocument()
    {
        const QString id = importCouncillor();
        QVERIFY(!id.isEmpty());
        const QString html = m_dir.filePath(QStringLiteral("hostile.html"));
        const QString odt = m_dir.filePath(QStringLiteral("hostile.odt"));
        QCOMPARE(cli({"report", "--db", m_db, "--assessment", id, "--out", html}).exitCode, 0);
        QCOMPARE(cli({"report", "--db", m_db, "--assessment", id, "--out", odt}).exitCode, 0);

        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY2(page.contains(Hostile.toHtmlEscaped()), qPrintable(page.left(2000)));
        QVERIFY(!page.contains(QLatin1String("<img")));
        QVERIFY(!page.contains(QLatin1String("<b>bold")));
        QVERIFY(page.contains(QStringLiteral("Cllr Siân Llŷr")));

        const QByteArray content = OdfTools::entry(odt, QStringLiteral("content.xml"));
        QString error;
        const QString text = flattened(OdfTools::text(content, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(Hostile), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Cllr Siân Llŷr")));
        const QStringList elements = OdfTools::elementNames(content);
        QVERIFY(!elements.contains(QLatin1String("img")));
        QVERIFY(!elements.contains(QLatin1String("b")));
        QCOMPARE(text.count(QStringLiteral("Long note.")), 60);
    }

    // Issue 15: a Welsh review in each of the three formats says it is Welsh (the PDF's /Lang,
    // the page's lang, the document's language) and is in Welsh.
    void welshReviewInEveryFormat_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("odt") << QStringLiteral("odt");
    }

    void welshReviewInEveryFormat()
    {
        QFETCH(QString, extension);
        const QString id = importCouncillor();
        QVERIFY(!id.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("adolygiad.") + extension);
        const Run run = cliWith({{QStringLiteral("WAYMARK_LANGUAGE"), QStringLiteral("cy")},
                                 {QStringLiteral("LC_ALL"), QString()},
                                 {QStringLiteral("LANGUAGE"), QString()}},
                                {"report", "--db", m_db, "--assessment", id, "--out", file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QString text;
        if (extension == QLatin1String("pdf")) {
            const QHash<QString, QJsonObject> objects = PdfTools::objects(file);
            QCOMPARE(PdfTools::catalog(objects).value(QStringLiteral("/Lang")).toString(),
                     QStringLiteral("u:cy"));
            text = flattened(pdfText(file));
        } else if (extension == QLatin1String("html")) {
            text = QString::fromUtf8(fileBytes(file));
            QVERIFY(text.contains(QLatin1String("<html lang=\"cy\">")));
        } else {
            QVERIFY(QString::fromUtf8(OdfTools::entry(file, QStringLiteral("styles.xml")))
                        .contains(QLatin1String("fo:language=\"cy\"")));
            text = flattened(OdfTools::text(OdfTools::entry(file, QStringLiteral("content.xml"))));
        }
        QVERIFY2(text.contains(QStringLiteral("Geirfa")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Arweinyddiaeth ac atebolrwydd")));
        QVERIFY(!text.contains(QLatin1String("Glossary")));
        QVERIFY(!text.contains(QLatin1String("Leadership and accountability")));
        QVERIFY(text.contains(QStringLiteral("Cllr Siân Llŷr")));
    }

    // Issue 7: a Welsh-speaking member's workbook, with the language taken from the system
    // locale or from WAYMARK_LANGUAGE, has Welsh headings, section titles and rating labels.
    void welshWorkbook_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("LANG") << QStringLiteral("LANG") << QStringLiteral("cy_GB.UTF-8");
        QTest::newRow("WAYMARK_LANGUAGE")
            << QStringLiteral("WAYMARK_LANGUAGE") << QStringLiteral("cy");
    }

    void welshWorkbook()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const QString pdf = m_dir.filePath(QStringLiteral("gweithlyfr-%1.pdf").arg(variable));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The test runs under LC_ALL=C.UTF-8, which would outrank LANG.
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(variable, value);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WAYMARK_CLI),
                      {"workbook", "--role", "councillor", "--out", pdf});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = flattened(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("Geirfa")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Arweinyddiaeth ac atebolrwydd")));
        QVERIFY(text.contains(QStringLiteral("Wedi'i fodloni'n llawn")));
        QVERIFY(!text.contains(QLatin1String("Glossary")));
        QVERIFY(!text.contains(QLatin1String("Leadership and accountability")));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
