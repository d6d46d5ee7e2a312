// The one JSON reader and writer in core/json/, shared by the question bank, the exchange file
// and waymark-cli: the writer's two styles byte for byte, the whole-number rule, how a value is
// named in a message, and what the reader finds and where.
#include "json/JsonReader.h"
#include "json/JsonScan.h"
#include "json/JsonValueText.h"
#include "json/JsonWriter.h"
#include "text/ControlCharacters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace Waymark;

namespace {

JsonStyle exchangeStyle(const QStringList &keyOrder)
{
    JsonStyle style;
    style.indent = 2;
    style.keyOrder = keyOrder;
    style.escaping = JsonEscaping::Required;
    style.emptyOnOneLine = true;
    return style;
}

JsonStyle cliStyle()
{
    JsonStyle style;
    style.indent = 4;
    style.escaping = JsonEscaping::ControlCharacters;
    return style;
}

// What waymark-cli printed before the writer was shared: QJsonDocument's text with the control
// characters it leaves raw escaped afterwards.
QByteArray qtIndentedWithControlsEscaped(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return escapeControlCharacters(QString::fromUtf8(document.toJson(QJsonDocument::Indented)),
                                   Newlines::Keep)
        .toUtf8();
}

// Texts made of the characters that escaping treats differently.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed)
        : m_random(seed)
    {
    }

    QJsonValue value(int depth = 0)
    {
        switch (m_random.bounded(depth > 3 ? 5 : 7)) {
        case 0:
            return QJsonValue();
        case 1:
            return m_random.bounded(2) == 0;
        case 2:
            return number();
        case 3:
        case 4:
            return text();
        case 5: {
            QJsonArray array;
            for (int i = m_random.bounded(4); i > 0; --i)
                array.append(value(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = m_random.bounded(5); i > 0; --i)
                object.insert(text(), value(depth + 1));
            return object;
        }
        }
    }

private:
    QRandomGenerator m_random;

    QJsonValue number()
    {
        switch (m_random.bounded(4)) {
        case 0:
            return qint64(m_random.bounded(100));
        case 1:
            return qint64(m_random.generate64() >> m_random.bounded(64)) *
                   (m_random.bounded(2) ? 1 : -1);
        case 2:
            return double(m_random.bounded(1000)) / 10.0;
        default:
            return m_random.generateDouble() * std::pow(10.0, m_random.bounded(40) - 20);
        }
    }

    QString text()
    {
        static const char16_t units[] = {
            0,      1,      7,      8,      9,      10,     12,     13,     0x1b,   0x1f,
            '"',    '\\',   '/',    0x7f,   0x80,   0x85,   0x9f,   0xa0,   0x61c,  0x200d,
            0x200e, 0x202e, 0x2066, 0x2069, 0x2028, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff,
            0xfffd, 0xfffe, 0xffff, 0x175,  0x4e2d, 'a',    'Z',    ' ',
        };
        QString text;
        for (int i = m_random.bounded(12); i > 0; --i) {
            if (m_random.bounded(5) == 0)
                text += QString::fromUtf16(u"\U0001F44D");
            else
                text += QChar(units[m_random.bounded(int(std::size(units)))]);
        }
        return text;
    }
};

QJsonObject sample()
{
    return QJsonObject{
        {QStringLiteral("zeta"), QJsonArray()},
        {QStringLiteral("answers"),
         QJsonArray{QJsonObject{{QStringLiteral("rating"), 2},
                                {QStringLiteral("question"), QStringLiteral("A-01")}}}},
        {QStringLiteral("format"), QStringLiteral("x")},
        {QStringLiteral("alpha"), QJsonObject()},
    };
}

JsonReader::Options fieldOptions()
{
    JsonReader::Options options;
    options.scan = JsonReader::Scan::Problems;
    options.paths = JsonScan::Paths::Field;
    options.requireUtf8 = true;
    return options;
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchangeStyleOrdersKeysAndKeepsEmptiesOnOneLine()
    {
        const QByteArray written =
            JsonWriter::write(sample(), exchangeStyle({"format", "answers", "question", "rating"}));
        QCOMPARE(written, QByteArray("{\n"
                                     "  \"format\": \"x\",\n"
                                     "  \"answers\": [\n"
                                     "    {\n"
                                     "      \"question\": \"A-01\",\n"
                                     "      \"rating\": 2\n"
                                     "    }\n"
                                     "  ],\n"
                                     "  \"alpha\": {},\n"
                                     "  \"zeta\": []\n"
                                     "}\n"));
    }

    void cliStyleIsQJsonDocumentsLayout()
    {
        QCOMPARE(JsonWriter::write(sample(), cliStyle()), QByteArray("{\n"
                                                                     "    \"alpha\": {\n"
                                                                     "    },\n"
                                                                     "    \"answers\": [\n"
                                                                     "        {\n"
                                                                     "            \"question\": "
                                                                     "\"A-01\",\n"
                                                                     "            \"rating\": 2\n"
                                                                     "        }\n"
                                                                     "    ],\n"
                                                                     "    \"format\": \"x\",\n"
                                                                     "    \"zeta\": [\n"
                                                                     "    ]\n"
                                                                     "}\n"));
    }

    // waymark-cli's JSON is the same bytes it was when QJsonDocument wrote it and
    // escapeControlCharacters() went over it: any value, any character, any number.
    void cliStyleWritesWhatItAlwaysPrinted()
    {
        RandomJson random(20261204);
        for (int round = 0; round < 5000; ++round) {
            QJsonValue value = random.value();
            if (!value.isArray() && !value.isObject())
                value = QJsonArray{value};
            QCOMPARE(JsonWriter::write(value, cliStyle()), qtIndentedWithControlsEscaped(value));
        }
    }

    void escapingByStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("required");
        QTest::addColumn<QString>("controlCharacters");
        const auto row = [](const char *name, const QString &text, const QString &required,
                            const QString &controls) {
            QTest::newRow(name) << text << required << controls;
        };
        row("quote and backslash", QStringLiteral("a\"b\\c"), QStringLiteral("\"a\\\"b\\\\c\""),
            QStringLiteral("\"a\\\"b\\\\c\""));
        row("C0 controls", QStringLiteral("\n\t\x01\x1b"),
            QStringLiteral("\"\\n\\t\\u0001\\u001b\""), QStringLiteral("\"\\n\\t\\u0001\\u001b\""));
        row("DEL, C1 and bidi controls", QStringLiteral("\u007f\u0085\u202e"),
            QStringLiteral("\"\u007f\u0085\u202e\""), QStringLiteral("\"\\u007f\\u0085\\u202e\""));
        row("byte order mark", QStringLiteral("\ufeffx"), QStringLiteral("\"\\ufeffx\""),
            QStringLiteral("\"\ufeffx\""));
        row("half a surrogate pair", QString(QChar(0xD800)) + QLatin1Char('x'),
            QLatin1Char('"') + QChar(0xD800) + QStringLiteral("x\""),
            QStringLiteral("\"\\ud800x\""));
        row("Welsh and emoji", QStringLiteral("Llŷr 👍"), QStringLiteral("\"Llŷr 👍\""),
            QStringLiteral("\"Llŷr 👍\""));
    }

    void escapingByStyle()
    {
        QFETCH(QString, text);
        QFETCH(QString, required);
        QFETCH(QString, controlCharacters);
        QCOMPARE(JsonWriter::stringLiteral(text, JsonEscaping::Required), required);
        QCOMPARE(JsonWriter::stringLiteral(text, JsonEscaping::ControlCharacters),
                 controlCharacters);
    }

    void numbersAreWrittenExactlyAndNeverAsNonJson()
    {
        const QJsonArray numbers{std::numeric_limits<qint64>::max(),
                                 3,
                                 2.5,
                                 72.3,
                                 1e300,
                                 std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()};
        QCOMPARE(JsonWriter::write(numbers, exchangeStyle({})),
                 QByteArray("[\n  9223372036854775807,\n  3,\n  2.5,\n  72.3,\n  1e+300,\n  null,\n"
                            "  null\n]\n"));
    }

    // The question bank took a whole number to be one that fits in an int, the exchange file one
    // that a double holds exactly: 3000000000 was a whole number in an exchange file and not one
    // in a bank, whose formatVersion 3000000000 was then "not a whole number". The rule now is
    // the exchange file's, at the exact bound; ranges are each field's own check.
    void wholeNumbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<bool>("whole");
        QTest::newRow("0") << 0.0 << true;
        QTest::newRow("-0") << -0.0 << true;
        QTest::newRow("3") << 3.0 << true;
        QTest::newRow("-3") << -3.0 << true;
        QTest::newRow("2.5") << 2.5 << false;
        QTest::newRow("beyond an int") << 3000000000.0 << true;
        QTest::newRow("2^53 - 1") << 9007199254740991.0 << true;
        QTest::newRow("-(2^53 - 1)") << -9007199254740991.0 << true;
        QTest::newRow("2^53, also 2^53 + 1 as read") << 9007199254740992.0 << false;
        QTest::newRow("1e300") << 1e300 << false;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    }

    void wholeNumbers()
    {
        QFETCH(double, number);
        QFETCH(bool, whole);
        QCOMPARE(JsonValueText::isWholeNumber(number), whole);
        QCOMPARE(JsonValueText::isWholeNumber(QJsonValue(number)), whole);
    }

    void wholeNumbersAsRead()
    {
        const QJsonArray read =
            QJsonDocument::fromJson("[3000000000, 1e3, 1.0, 9007199254740993, \"3\", true]")
                .array();
        const QList<bool> whole{true, true, true, false, false, false};
        for (int i = 0; i < read.size(); ++i)
            QVERIFY2(JsonValueText::isWholeNumber(read.at(i)) == whole.at(i),
                     qPrintable(QString::number(i)));
    }

    void describe_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("described");
        const QString forty(40, QLatin1Char('x'));
        QTest::newRow("text") << QJsonValue(QStringLiteral("seven")) << QStringLiteral("\"seven\"");
        QTest::newRow("text with escapes")
            << QJsonValue(QStringLiteral("a\"b\n")) << QStringLiteral("\"a\\\"b\\n\"");
        QTest::newRow("40 characters")
            << QJsonValue(forty) << QLatin1Char('"') + forty + QLatin1Char('"');
        QTest::newRow("41 characters") << QJsonValue(forty + QLatin1Char('y'))
                                       << QLatin1Char('"') + forty + QStringLiteral("…\"");
        QTest::newRow("cut before a surrogate pair")
            << QJsonValue(forty.left(39) + QStringLiteral("👍"))
            << QLatin1Char('"') + forty.left(39) + QStringLiteral("…\"");
        QTest::newRow("whole number") << QJsonValue(3000000000.0) << QStringLiteral("3000000000");
        QTest::newRow("fraction") << QJsonValue(2.5) << QStringLiteral("2.5");
        QTest::newRow("beyond whole numbers") << QJsonValue(1e20) << QStringLiteral("1e+20");
        QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("null");
        QTest::newRow("list") << QJsonValue(QJsonArray{1}) << QStringLiteral("a list");
        QTest::newRow("object") << QJsonValue(QJsonObject()) << QStringLiteral("an object");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("nothing");
    }

    void describe()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, described);
        QCOMPARE(JsonValueText::describe(value), described);
    }

    void readerSaysWhyItReadNothing()
    {
        QCOMPARE(JsonReader::read("", fieldOptions()).outcome, JsonReader::Outcome::Empty);
        QCOMPARE(JsonReader::read(" \n\t", fieldOptions()).outcome, JsonReader::Outcome::Empty);
        QCOMPARE(JsonReader::read("\xEF\xBB\xBF  ", fieldOptions()).outcome,
                 JsonReader::Outcome::Empty);

        // Positions count the file's bytes, its byte order mark included.
        const JsonReader::Result notUtf8 =
            JsonReader::read("\xEF\xBB\xBF{\n \"a\": \"\xff\"}", fieldOptions());
        QCOMPARE(notUtf8.outcome, JsonReader::Outcome::NotUtf8);
        QCOMPARE(notUtf8.line, 2);
        QCOMPARE(notUtf8.column, 8);

        const QByteArray broken = "{\"a\": }";
        QJsonParseError qtError;
        QJsonDocument::fromJson(broken, &qtError);
        const JsonReader::Result notJson =
            JsonReader::read("\xEF\xBB\xBF" + broken, fieldOptions());
        QCOMPARE(notJson.outcome, JsonReader::Outcome::NotJson);
        QCOMPARE(notJson.line, 1);
        QCOMPARE(notJson.column, 3 + qtError.offset + 1);
        QCOMPARE(notJson.syntaxError, qtError.errorString());
    }

    void fieldPathsNameWhatAMessageNames()
    {
        const JsonReader::Result read = JsonReader::read(
            "{\"answers\": [{}, {\"rating\": 1, \"rating\": 2, \"note\": \"a\\u0000b\"}],\n"
            " \"x\\ud800\": 1, \"list\": [[\"\\udc00\"]]}",
            fieldOptions());
        QVERIFY(read.ok());
        const QList<JsonDuplicateKey> &duplicates = read.scan.duplicateKeys();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.at(0).path, QStringLiteral("answers[1].rating"));
        QCOMPARE(duplicates.at(0).key, QStringLiteral("rating"));
        QCOMPARE(duplicates.at(0).line, 1);
        QCOMPARE(duplicates.at(0).column, 32);
        QCOMPARE(duplicates.at(0).message(),
                 QStringLiteral("the field \"rating\" appears twice in the same object"));

        const QList<JsonStringFault> &faults = read.scan.stringFaults();
        QCOMPARE(faults.size(), 3);
        QCOMPARE(faults.at(0).path, QStringLiteral("answers[1].note"));
        QCOMPARE(faults.at(0).describe(),
                 QStringLiteral("line 1, column 55: \\u0000 is a NUL character, which no text may "
                                "hold"));
        // A key that is no text is reported on the object that holds it.
        QCOMPARE(faults.at(1).path, QString());
        QCOMPARE(faults.at(1).line, 2);
        QCOMPARE(faults.at(1).column, 4);
        QCOMPARE(faults.at(2).path, QStringLiteral("list[0][0]"));
    }

    void pointerPathsMapLinesThroughLineBreaksInStrings()
    {
        // QJsonDocument takes a raw line break inside a string; the lines after it still count.
        const JsonReader::Result read = JsonReader::read(
            "\xEF\xBB\xBF{\"a\": \"one\ntwo\",\n \"b\": [1,\n  {\"c\": \"\\u0000\"}]}",
            JsonReader::Options());
        QVERIFY(read.ok());
        QCOMPARE(read.scan.lineOf(QStringLiteral("/a")), 1);
        QCOMPARE(read.scan.lineOf(QStringLiteral("/b")), 3);
        QCOMPARE(read.scan.lineOf(QStringLiteral("/b/1/c")), 4);
        QCOMPARE(read.scan.lineOf(QStringLiteral("/b/1/missing")), 4);
        QCOMPARE(read.scan.lineOf(QStringLiteral("/nothing/here")), 1);
        QCOMPARE(read.scan.stringFaults().size(), 1);
        QCOMPARE(read.scan.stringFaults().at(0).path, QStringLiteral("/b/1/c"));
        QCOMPARE(read.scan.stringFaults().at(0).line, 4);
        QCOMPARE(read.scan.stringFaults().at(0).column, 10);

        // Without lines every path is on line 1; without a scan nothing is found.
        JsonReader::Options skip;
        skip.scan = JsonReader::Scan::Problems;
        QCOMPARE(JsonReader::read("{\n\"a\": 1}", skip).scan.lineOf(QStringLiteral("/a")), 1);
        skip.scan = JsonReader::Scan::None;
        const JsonReader::Result unscanned =
            JsonReader::read("{\"a\": 1, \"a\": \"\\u0000\"}", skip);
        QVERIFY(unscanned.ok());
        QVERIFY(unscanned.scan.duplicateKeys().isEmpty());
        QVERIFY(unscanned.scan.stringFaults().isEmpty());
    }

    // QJsonDocument takes "a" and "\u0061" for the same key and keeps the last.
    void keysAreComparedAsRead()
    {
        const JsonReader::Result read =
            JsonReader::read("{\"a\": 1, \"\\u0061\": 2}", JsonReader::Options());
        QCOMPARE(read.scan.duplicateKeys().size(), 1);
        QCOMPARE(read.scan.duplicateKeys().at(0).path, QStringLiteral("/a"));
    }

    // As deep as QJsonDocument reads, without recursion.
    void deepNestingIsScannedToTheBottom()
    {
        constexpr int Depth = 1000;
        const QByteArray deep =
            QByteArray(Depth, '[') + "{\"k\": 1, \"k\": 2}" + QByteArray(Depth, ']');
        const JsonReader::Result read = JsonReader::read(deep, JsonReader::Options());
        QVERIFY(read.ok());
        QCOMPARE(read.scan.duplicateKeys().size(), 1);
        QString path;
        for (int i = 0; i < Depth; ++i)
            path += QStringLiteral("/0");
        QCOMPARE(read.scan.duplicateKeys().at(0).path, path + QStringLiteral("/k"));
    }

    // The scan is meant for text QJsonDocument took, but returns on any bytes (the fuzzers and
    // ASan see that it reads none past the end), reporting what it read before the fault.
    void scanReturnsOnAnyText()
    {
        for (const QByteArray &text :
             {QByteArray("{\"a"), QByteArray("]]]}}}"), QByteArray("{\"a\\"), QByteArray("\"\\u00"),
              QByteArray(1, '\0'), QByteArray("[1,\"\\")})
            JsonScan::scan(text, JsonScan::Paths::Field);
        const JsonScan scan =
            JsonScan::scan("{\"a\":\"b\",,,\"a\":{\"\\u0000", JsonScan::Paths::Field);
        QCOMPARE(scan.duplicateKeys().size(), 1);
        QCOMPARE(scan.duplicateKeys().at(0).path, QStringLiteral("a"));
        QCOMPARE(scan.stringFaults().size(), 1);
        QCOMPARE(scan.stringFaults().at(0).path, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
