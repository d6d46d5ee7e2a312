#include "exchange/ExchangeFile.h"

#include "files/BoundedFile.h"
#include "json/JsonLineMap.h"
#include "files/SafeSave.h"
#include "text/TextRules.h"
#include "Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Waymark {

namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// Whole and small enough to convert to qint64 exactly.
bool isWholeNumber(double number)
{
    return std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && isWholeNumber(value.toDouble());
}

// A key repeated within one object, with the path of the repeat ("answers[0].rating").
struct DuplicateKey
{
    QString field;
    QString key;
};

// What a pass over the text finds that QJsonDocument does not say: keys repeated within one
// object, and characters in strings that no text may hold, each with the path of its field.
struct TextScan
{
    QList<DuplicateKey> duplicates;
    QList<JsonLineMap::StringFault> faults;
};

// QJsonDocument keeps the last of two equal keys and says nothing, and reads what
// JsonLineMap::StringFault lists without a word. This finds both in a text that QJsonDocument has
// already parsed (so it is valid JSON, at most 1024 levels deep) in one linear pass; JsonLineMap
// would do it too, but it records every value's line and takes seconds on a file near the 16 MiB
// limit.
TextScan scanText(const QByteArray &json)
{
    struct Level
    {
        bool isObject = false;
        int index = 0;      // arrays: the element being read
        QString key;        // objects: the member being read
        QSet<QString> keys; // objects: the keys seen so far
        bool expectKey = false;
    };
    const auto decodeKey = [](const QByteArray &literal) {
        if (!literal.contains('\\'))
            return QString::fromUtf8(literal.mid(1, literal.size() - 2));
        return QJsonDocument::fromJson('[' + literal + ']').array().at(0).toString();
    };
    const auto pathOf = [](const QList<Level> &levels) {
        QString path;
        for (const Level &level : levels) {
            if (!level.isObject)
                path += QLatin1Char('[') + QString::number(level.index) + QLatin1Char(']');
            else if (!level.key.isNull())
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + level.key;
        }
        return path;
    };

    TextScan scan;
    QList<Level> levels;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[':
            levels.append(Level{c == '{', 0, QString(), {}, c == '{'});
            break;
        case '}':
        case ']':
            levels.removeLast();
            break;
        case ',':
            if (levels.last().isObject)
                levels.last().expectKey = true;
            else
                ++levels.last().index;
            break;
        case '"': {
            const qsizetype start = i;
            // An escape, a NUL byte or the first byte of U+FEFF, U+FFFE or U+FFFF: where
            // JsonLineMap::findStringFaults() can find something.
            bool special = false;
            for (++i; json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' || json.at(i) == '\0' || uchar(json.at(i)) == 0xEF)
                    special = true;
                if (json.at(i) == '\\')
                    ++i;
            }
            const bool isKey =
                !levels.isEmpty() && levels.last().isObject && levels.last().expectKey;
            if (special) {
                const qsizetype before = scan.faults.size();
                JsonLineMap::findStringFaults(
                    QByteArrayView(json.constData() + start + 1, i - start - 1), start + 1,
                    &scan.faults);
                if (scan.faults.size() > before) {
                    // A bad key is reported on the object that holds it: it is no name.
                    QList<Level> where = levels;
                    if (isKey)
                        where.last().key = QString();
                    const QString path = pathOf(where);
                    for (qsizetype f = before; f < scan.faults.size(); ++f)
                        scan.faults[f].path = path;
                }
            }
            if (isKey) {
                Level &level = levels.last();
                level.expectKey = false;
                level.key = decodeKey(json.mid(start, i - start + 1));
                if (level.keys.contains(level.key))
                    scan.duplicates.append({pathOf(levels), level.key});
                else
                    level.keys.insert(level.key);
            }
            break;
        }
        default:
            break; // white space, ':', numbers, true, false, null
        }
    }
    JsonLineMap::locate(json, &scan.faults);
    return scan;
}

// ---------------------------------------------------------------------------------------------
// Writing

// The order keys are written in: the order of docs/exchange-format.md, so that a person reading
// the file sees "format" first and each answer's question before its rating. QJsonDocument would
// sort them alphabetically. Keys not listed (none today) would follow in alphabetical order.
int keyRank(const QString &key)
{
    static const QStringList order = {
        QStringLiteral("format"),    QStringLiteral("formatVersion"), QStringLiteral("generator"),
        QStringLiteral("bank"),      QStringLiteral("assessment"),    QStringLiteral("answers"),
        QStringLiteral("cleared"),   QStringLiteral("actions"),       QStringLiteral("uid"),
        QStringLiteral("id"),        QStringLiteral("version"),       QStringLiteral("title"),
        QStringLiteral("authority"), QStringLiteral("respondent"),    QStringLiteral("role"),
        QStringLiteral("date"),      QStringLiteral("created"),       QStringLiteral("question"),
        QStringLiteral("rating"),    QStringLiteral("evidence"),      QStringLiteral("note"),
        QStringLiteral("flag"),      QStringLiteral("what"),          QStringLiteral("who"),
        QStringLiteral("due"),       QStringLiteral("status"),        QStringLiteral("updated"),
    };
    const int rank = int(order.indexOf(key));
    return rank < 0 ? int(order.size()) : rank;
}

// A JSON string literal. Everything but quotes, backslashes, control characters and U+FEFF is
// written as it is, so Welsh and other non-ASCII text stays readable in the file.
QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case 0xFEFF:
            // Written as it is at the start of a text, QJsonDocument would drop it on reading.
            out += QLatin1String("\\ufeff");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void writeValue(QString &out, const QJsonValue &value, int depth)
{
    const QString indent(2 * depth, QLatin1Char(' '));
    const QString inner(2 * (depth + 1), QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return keyRank(a) < keyRank(b);
        });
        out += QLatin1String("{\n");
        for (int i = 0; i < keys.size(); ++i) {
            out += inner + jsonString(keys.at(i)) + QLatin1String(": ");
            writeValue(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += indent + QLatin1Char('}');
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1String("[\n");
        for (int i = 0; i < array.size(); ++i) {
            out += inner;
            writeValue(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += indent + QLatin1Char(']');
        return;
    }
    case QJsonValue::String:
        out += jsonString(value.toString());
        return;
    case QJsonValue::Double: {
        // Whole numbers (the only kind Waymark writes) without a decimal point.
        const double number = value.toDouble();
        if (isWholeNumber(number))
            out += QString::number(qint64(number));
        else
            out += QString::number(number, 'g', 17);
        return;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        return;
    }
}

// UTC with milliseconds: "2026-11-23T14:05:09.123Z". One spelling for every time, so that the
// output is deterministic and times compare across machines.
QString dateTimeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The uid as the store keeps it (lower case, no braces), so that the same assessment is matched
// whichever way a file spells it.
QString canonicalUid(const QString &uid)
{
    const QUuid parsed = QUuid::fromString(uid);
    return parsed.isNull() ? uid : parsed.toString(QUuid::WithoutBraces);
}

QJsonValue ratingJson(Rating rating)
{
    if (isRated(rating))
        return ratingValue(rating);
    if (rating == Rating::Unanswered)
        return QJsonValue(QJsonValue::Null);
    return ratingKey(rating);
}

QJsonObject answerJson(const QString &questionId, const Answer &answer)
{
    QJsonObject object{
        {QStringLiteral("question"), questionId},
        {QStringLiteral("rating"), ratingJson(answer.rating)},
        {QStringLiteral("evidence"), answer.evidence},
        {QStringLiteral("note"), answer.note},
        {QStringLiteral("flag"), answer.flagged},
    };
    if (answer.updated.isValid())
        object.insert(QStringLiteral("updated"), dateTimeText(answer.updated));
    return object;
}

QJsonObject actionJson(const Action &action)
{
    QJsonObject object{
        {QStringLiteral("question"), action.questionId},
        {QStringLiteral("what"), action.what},
        {QStringLiteral("who"), action.who},
        {QStringLiteral("status"), actionStatusKey(action.status)},
    };
    if (action.due.isValid())
        object.insert(QStringLiteral("due"), dateText(action.due));
    return object;
}

// Question ids in the order they are written: bank order, then those the bank lacks by id.
QStringList writingOrder(QStringList rest, const QuestionBank *bank)
{
    QStringList order;
    if (bank) {
        for (const Question *question : bank->questions()) {
            if (rest.removeOne(question->id))
                order.append(question->id);
        }
    }
    std::sort(rest.begin(), rest.end());
    return order + rest;
}

// What a file says about each question: its answer, or that it was cleared. The model keeps a
// question in one of the two; should it hold both, the later is written (the answer on a tie),
// since a file with both would not import. A clear without a time is left out: all a clear does
// is beat older answers, and without a time it beats none.
struct QuestionStates
{
    QStringList answered;
    QStringList cleared;
};

QuestionStates questionStates(const Assessment &assessment, const QuestionBank *bank)
{
    QStringList answered;
    QStringList cleared;
    for (auto it = assessment.cleared.cbegin(); it != assessment.cleared.cend(); ++it) {
        const auto answer = assessment.answers.constFind(it.key());
        const bool answerWins = answer != assessment.answers.cend() && !answer->isEmpty() &&
                                !(it.value() > answer->updated);
        if (it.value().isValid() && !answerWins)
            cleared.append(it.key());
    }
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        if (!it.value().isEmpty() && !cleared.contains(it.key()))
            answered.append(it.key());
    }
    return {writingOrder(answered, bank), writingOrder(cleared, bank)};
}

// ---------------------------------------------------------------------------------------------
// Reading

// The offset of the first byte that is not UTF-8 in data (which QStringDecoder says has one), so
// that the message can point at it. Feeding chunks and then single bytes to a stateful decoder
// keeps this linear however long the line is.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    constexpr qsizetype Chunk = 4096;
    QStringDecoder chunks(QStringDecoder::Utf8);
    qsizetype start = 0;
    for (; start < data.size(); start += Chunk) {
        const QString ignored = chunks.decode(data.sliced(start, qMin(Chunk, data.size() - start)));
        if (chunks.hasError())
            break;
    }
    if (start >= data.size()) {
        // Only the end is incomplete: the file stops inside a character. Point at its first byte.
        qsizetype lead = data.size();
        while (lead > 0 && (uchar(data.at(lead - 1)) & 0xC0) == 0x80)
            --lead;
        return lead > 0 && uchar(data.at(lead - 1)) >= 0xC0 ? lead - 1 : lead;
    }
    QStringDecoder bytes(QStringDecoder::Utf8);
    const QString ignored = bytes.decode(data.first(start));
    for (qsizetype i = start; i < data.size(); ++i) {
        const QString ignoredByte = bytes.decode(data.sliced(i, 1));
        if (bytes.hasError())
            return i;
    }
    return data.size();
}

class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ExchangeFile)

public:
    // latestAllowed: the latest change time the file may hold; an invalid time allows any.
    ExchangeReader(const QuestionBank &bank, const QString &file, const QDateTime &latestAllowed)
        : m_bank(bank)
        , m_file(file)
        , m_latestAllowed(latestAllowed)
    {
    }

    ExchangeReadResult read(const QByteArray &data)
    {
        ExchangeReadResult result;
        Assessment assessment;
        readDocument(data, assessment, result.idInFile);
        result.problems = m_problems;
        if (m_problems.isEmpty()) {
            result.assessment = assessment;
            result.notes = notes(assessment.info.roleId);
        }
        return result;
    }

private:
    enum class Need
    {
        Optional,
        Present, // must be there, may be empty
        Required
    };

    const QuestionBank &m_bank;
    QString m_file;
    QDateTime m_latestAllowed;
    int m_formatVersion = 0;
    QList<ExchangeProblem> m_problems;
    QStringList m_notInBank;  // questions kept aside because the bank lacks them
    QStringList m_notForRole; // ... because they do not apply to the assessment's role

    void problem(const QString &field, const QString &message)
    {
        m_problems.append({m_file, field, message});
    }

    static QString quoted(const QString &text)
    {
        return QLatin1Char('"') + text + QLatin1Char('"');
    }

    // A value as the user would recognise it in their file: JSON, with long text cut short so
    // that a message stays one readable line.
    static QString describe(const QJsonValue &value)
    {
        constexpr int MaxShown = 40;
        switch (value.type()) {
        case QJsonValue::String: {
            const QString text = value.toString();
            if (text.size() <= MaxShown)
                return jsonString(text);
            int cut = MaxShown;
            if (text.at(cut - 1).isHighSurrogate())
                --cut;
            const QString shown = jsonString(text.left(cut));
            return shown.left(shown.size() - 1) + QChar(0x2026) + QLatin1Char('"');
        }
        case QJsonValue::Double:
            return isWholeNumber(value) ? QString::number(qint64(value.toDouble()))
                                        : QString::number(value.toDouble());
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    }

    static QString field(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void readDocument(const QByteArray &raw, Assessment &assessment, qint64 &idInFile)
    {
        if (raw.size() > ExchangeFile::MaxFileSize) {
            problem(QString(), tr("the file is larger than 16 MiB, the most an exchange file may "
                                  "be; it cannot be a Waymark assessment"));
            return;
        }
        // Windows editors often start UTF-8 files with a byte order mark; JSON does not allow one.
        const qsizetype bom = raw.startsWith(Utf8Bom) ? Utf8Bom.size() : 0;
        const QByteArray data = raw.mid(bom);
        if (data.trimmed().isEmpty()) {
            problem(QString(), tr("the file is empty"));
            return;
        }
        // QJsonDocument quietly turns bytes that are not UTF-8 into U+FFFD, which would import
        // damaged text without a word; refuse the file instead.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(data);
        if (decoder.hasError()) {
            int line = 0;
            int column = 0;
            JsonLineMap::lineAndColumn(raw, int(bom + firstInvalidUtf8(data)), &line, &column);
            problem(QString(), tr("the file is not valid UTF-8 text (line %1, column %2); it may "
                                  "be damaged, or saved in another encoding")
                                   .arg(line)
                                   .arg(column));
            return;
        }

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            int line = 0;
            int column = 0;
            JsonLineMap::lineAndColumn(raw, int(bom) + parseError.offset, &line, &column);
            problem(QString(), tr("not valid JSON at line %1, column %2: %3")
                                   .arg(line)
                                   .arg(column)
                                   .arg(parseError.errorString()));
            return;
        }
        if (!document.isObject()) {
            problem(QString(), tr("the top level must be a JSON object { ... }, not %1")
                                   .arg(describe(document.isArray() ? QJsonValue(document.array())
                                                                    : QJsonValue())));
            return;
        }
        const QJsonObject root = document.object();
        if (!readFormat(root))
            return;

        // QJsonDocument keeps the last of two equal keys; a file that says two things about one
        // field is damaged or hand-edited, and importing either value would be a guess.
        const TextScan scan = scanText(data);
        for (const DuplicateKey &duplicate : scan.duplicates) {
            problem(duplicate.field,
                    tr("the field %1 appears twice in the same object").arg(quoted(duplicate.key)));
        }
        // A NUL would cut a text short in other programs, half a surrogate pair is not text at
        // all, and the store or QJsonDocument would change the others quietly: importing any of
        // them would keep something other than what the file says.
        for (JsonLineMap::StringFault fault : scan.faults) {
            // Lines and columns count the file's bytes, byte order mark included.
            fault.offset += bom;
            fault.column += fault.line == 1 ? int(bom) : 0;
            problem(fault.path, fault.describe());
        }

        if (!readBank(root, assessment.info))
            return;
        const QJsonValue info = root.value(QLatin1String("assessment"));
        if (!info.isObject()) {
            problem(QStringLiteral("assessment"),
                    info.isUndefined()
                        ? tr("assessment is missing")
                        : tr("assessment must be an object { ... }, not %1").arg(describe(info)));
        } else {
            readInfo(info.toObject(), assessment.info, idInFile);
        }
        const QString roleId =
            m_bank.hasRole(assessment.info.roleId) ? assessment.info.roleId : QString();
        const QHash<QString, int> answered = readAnswers(root, roleId, assessment);
        // Version 1 had no clears: a "cleared" field there is one this reader does not know.
        if (m_formatVersion >= 2)
            readCleared(root, roleId, answered, assessment);
        readActions(root, roleId, assessment);
    }

    bool readFormat(const QJsonObject &root)
    {
        const QJsonValue format = root.value(QLatin1String("format"));
        if (format.toString() != ExchangeFile::formatName()) {
            problem(QStringLiteral("format"),
                    format.isUndefined()
                        ? tr("format is missing; this is not a Waymark assessment file")
                        : tr("format must be \"waymark-assessment\", not %1; this is not a Waymark "
                             "assessment file")
                              .arg(describe(format)));
            return false;
        }
        const QJsonValue version = root.value(QLatin1String("formatVersion"));
        if (!isWholeNumber(version) || version.toDouble() < 1) {
            problem(QStringLiteral("formatVersion"),
                    version.isUndefined()
                        ? tr("formatVersion is missing")
                        : tr("formatVersion must be a whole number such as 1, not %1")
                              .arg(describe(version)));
            return false;
        }
        if (version.toDouble() > ExchangeFile::FormatVersion) {
            problem(QStringLiteral("formatVersion"),
                    tr("this file was written by a newer version of Waymark (format version %1; "
                       "this version reads up to %2); update Waymark to import it")
                        .arg(describe(version))
                        .arg(ExchangeFile::FormatVersion));
            return false;
        }
        m_formatVersion = int(version.toDouble());
        return true;
    }

    // Everything else is checked against the bank, so a file for another bank stops here rather
    // than listing every answer as an unknown question.
    bool readBank(const QJsonObject &root, AssessmentInfo &info)
    {
        const QJsonValue bank = root.value(QLatin1String("bank"));
        if (!bank.isObject()) {
            problem(QStringLiteral("bank"),
                    bank.isUndefined()
                        ? tr("bank is missing")
                        : tr("bank must be an object { \"id\": ..., \"version\": ... }, not %1")
                              .arg(describe(bank)));
            return false;
        }
        const QJsonObject object = bank.toObject();
        const qsizetype before = m_problems.size();
        info.bankId = text(object, QStringLiteral("bank"), "id", Need::Required);
        if (m_problems.size() == before && info.bankId != m_bank.id) {
            problem(QStringLiteral("bank.id"),
                    tr("the file was answered against the question bank %1, not %2 (the bank in "
                       "use); import it where that bank is loaded")
                        .arg(describe(info.bankId), describe(m_bank.id)));
        }
        const bool sameBank = m_problems.size() == before;
        // Any version of the same bank will do: answers are matched to questions by id.
        info.bankVersion = text(object, QStringLiteral("bank"), "version", Need::Required);
        return sameBank;
    }

    void readInfo(const QJsonObject &object, AssessmentInfo &info, qint64 &idInFile)
    {
        const QString path = QStringLiteral("assessment");
        const QJsonValue uid = object.value(QLatin1String("uid"));
        info.uid = text(object, path, "uid", Need::Required);
        if (!info.uid.isEmpty()) {
            if (QUuid::fromString(info.uid).isNull()) {
                problem(field(path, QStringLiteral("uid")),
                        tr("uid must be a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\", "
                           "not %1")
                            .arg(describe(uid)));
            } else {
                info.uid = canonicalUid(info.uid);
            }
        }

        // The writing database's id means nothing here; the store gives the assessment its own.
        const QJsonValue id = object.value(QLatin1String("id"));
        if (!id.isUndefined() && !id.isNull()) {
            if (!isWholeNumber(id) || id.toDouble() < 0) {
                problem(field(path, QStringLiteral("id")),
                        tr("id must be a whole number, not %1").arg(describe(id)));
            } else {
                idInFile = qint64(id.toDouble());
            }
        }
        info.id = 0;

        info.title = text(object, path, "title", Need::Optional);
        // A workshop need not name an authority, and then its members' answer packs have none.
        info.authority = text(object, path, "authority", Need::Present);
        info.respondent = text(object, path, "respondent", Need::Required);
        info.roleId = text(object, path, "role", Need::Required);
        if (!info.roleId.isEmpty() && !m_bank.hasRole(info.roleId)) {
            QStringList roles;
            for (const Role &role : m_bank.roles)
                roles.append(role.id);
            problem(field(path, QStringLiteral("role")),
                    tr("role %1 is not a role of the question bank %2 (%3)")
                        .arg(describe(info.roleId), describe(m_bank.id),
                             roles.join(QLatin1String(", "))));
        }
        info.date = date(object, path, "date", Need::Required);
        info.created = dateTime(object, path, "created");
        info.updated = dateTime(object, path, "updated");
    }

    // roleId is empty when the assessment's role is unknown (already reported). Returns the
    // index of each question's answer.
    QHash<QString, int> readAnswers(const QJsonObject &root, const QString &roleId,
                                    Assessment &assessment)
    {
        const QJsonArray answers = list(root, QStringLiteral("answers"));
        QHash<QString, int> firstIndex;
        for (int i = 0; i < answers.size(); ++i) {
            const QString path = QStringLiteral("answers[%1]").arg(i);
            if (!answers.at(i).isObject()) {
                problem(path, tr("each answer must be an object { \"question\": ..., ... }, not %1")
                                  .arg(describe(answers.at(i))));
                continue;
            }
            const QJsonObject object = answers.at(i).toObject();
            QString questionId = question(object, path, roleId, Need::Required);
            if (!questionId.isEmpty() && firstIndex.contains(questionId)) {
                problem(field(path, QStringLiteral("question")),
                        tr("question %1 is answered twice (also in answers[%2])")
                            .arg(describe(questionId))
                            .arg(firstIndex.value(questionId)));
                questionId.clear();
            } else if (!questionId.isEmpty()) {
                firstIndex.insert(questionId, i);
            }
            Answer answer;
            answer.rating = rating(object, path);
            answer.evidence = text(object, path, "evidence", Need::Optional);
            answer.note = text(object, path, "note", Need::Optional);
            answer.flagged = flag(object, path);
            answer.updated = dateTime(object, path, "updated");
            if (!questionId.isEmpty())
                assessment.answers.insert(questionId, answer);
        }
        return firstIndex;
    }

    // Clears (format version 2): the questions whose answer was taken back, and when. A clear
    // must say when, since all it does on import is win over an older answer.
    void readCleared(const QJsonObject &root, const QString &roleId,
                     const QHash<QString, int> &answered, Assessment &assessment)
    {
        const QJsonArray cleared = list(root, QStringLiteral("cleared"));
        QHash<QString, int> firstIndex;
        for (int i = 0; i < cleared.size(); ++i) {
            const QString path = QStringLiteral("cleared[%1]").arg(i);
            if (!cleared.at(i).isObject()) {
                problem(path, tr("each clear must be an object { \"question\": ..., \"updated\": "
                                 "... }, not %1")
                                  .arg(describe(cleared.at(i))));
                continue;
            }
            const QJsonObject object = cleared.at(i).toObject();
            QString questionId = question(object, path, roleId, Need::Required);
            if (!questionId.isEmpty() && firstIndex.contains(questionId)) {
                problem(field(path, QStringLiteral("question")),
                        tr("question %1 is cleared twice (also in cleared[%2])")
                            .arg(describe(questionId))
                            .arg(firstIndex.value(questionId)));
                questionId.clear();
            } else if (!questionId.isEmpty() && answered.contains(questionId)) {
                problem(field(path, QStringLiteral("question")),
                        tr("question %1 is both answered (answers[%2]) and cleared")
                            .arg(describe(questionId))
                            .arg(answered.value(questionId)));
                questionId.clear();
            } else if (!questionId.isEmpty()) {
                firstIndex.insert(questionId, i);
            }
            const QJsonValue updated = object.value(QLatin1String("updated"));
            if (updated.isUndefined() || updated.isNull()) {
                problem(field(path, QStringLiteral("updated")), tr("updated is missing"));
                continue;
            }
            const QDateTime when = dateTime(object, path, "updated");
            if (!questionId.isEmpty() && when.isValid())
                assessment.cleared.insert(questionId, when);
        }
    }

    void readActions(const QJsonObject &root, const QString &roleId, Assessment &assessment)
    {
        const QJsonArray actions = list(root, QStringLiteral("actions"));
        for (int i = 0; i < actions.size(); ++i) {
            const QString path = QStringLiteral("actions[%1]").arg(i);
            if (!actions.at(i).isObject()) {
                problem(path, tr("each action must be an object { \"what\": ..., ... }, not %1")
                                  .arg(describe(actions.at(i))));
                continue;
            }
            const QJsonObject object = actions.at(i).toObject();
            Action action;
            action.questionId = question(object, path, roleId, Need::Optional);
            action.what = text(object, path, "what", Need::Required);
            action.who = text(object, path, "who", Need::Optional);
            action.due = date(object, path, "due", Need::Optional);
            const QJsonValue status = object.value(QLatin1String("status"));
            const std::optional<ActionStatus> parsed =
                status.isString() ? actionStatusFromKey(status.toString()) : std::nullopt;
            if (!parsed) {
                problem(field(path, QStringLiteral("status")),
                        status.isUndefined()
                            ? tr("status is missing")
                            : tr("status must be \"not-started\", \"in-progress\" or \"done\", "
                                 "not %1")
                                  .arg(describe(status)));
            } else {
                action.status = *parsed;
            }
            assessment.actions.append(action);
        }
    }

    // A list that may be left out (an assessment with no answers yet, or no action plan).
    QJsonArray list(const QJsonObject &root, const QString &key)
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return QJsonArray();
        if (!value.isArray()) {
            problem(key, tr("%1 must be a list [ ... ], not %2").arg(key, describe(value)));
            return QJsonArray();
        }
        return value.toArray();
    }

    // A text field. Optional ones may be left out or null; required ones must hold more than
    // spaces. Returns the text, or an empty string after reporting a problem.
    QString text(const QJsonObject &object, const QString &path, const char *keyName, Need need)
    {
        const QString key = QLatin1String(keyName);
        const QJsonValue value = object.value(key);
        if (need == Need::Optional && (value.isUndefined() || value.isNull()))
            return QString();
        if (value.isUndefined()) {
            problem(field(path, key), tr("%1 is missing").arg(key));
            return QString();
        }
        if (!value.isString()) {
            problem(field(path, key),
                    tr("%1 must be text in quotes, not %2").arg(key, describe(value)));
            return QString();
        }
        const QString text = value.toString();
        // Characters as a member counts them (code points), so that an emoji or a letter outside
        // the Basic Multilingual Plane counts once, as it does where the text was typed.
        const qsizetype length =
            text.size() > ExchangeFile::MaxTextLength ? TextRules::characterCount(text) : 0;
        if (length > ExchangeFile::MaxTextLength) {
            problem(field(path, key), tr("%1 is %2 characters long; the most allowed is %3")
                                          .arg(key)
                                          .arg(length)
                                          .arg(ExchangeFile::MaxTextLength));
            return QString();
        }
        if (need == Need::Required && text.trimmed().isEmpty()) {
            problem(field(path, key), tr("%1 must not be empty").arg(key));
            return QString();
        }
        return text;
    }

    // A question id that must be in the bank and apply to the assessment's role.
    // A question id: of the bank, for a question that applies to the role, or kept aside. An
    // answer or action to a question the bank does not have (retired from it, or added in
    // another version of it), or that does not apply to the role (the role was changed), stays
    // with the assessment and counts nowhere, as it does in the database that wrote the file; a
    // note says so. Refusing it would make Waymark refuse its own exports, and leaving it out of
    // exports would lose it on the next round trip (an import replaces the action plan whole).
    QString question(const QJsonObject &object, const QString &path, const QString &roleId,
                     Need need)
    {
        const QString id = text(object, path, "question", need);
        if (id.isEmpty())
            return QString();
        const Question *question = m_bank.question(id);
        if (!question) {
            // Written as no bank could write an id: a damaged or hand-made file.
            static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
            if (!idShape.match(id).hasMatch()) {
                problem(field(path, QStringLiteral("question")),
                        tr("question %1 is not in the question bank %2, and is not written as a "
                           "question id (letters, digits, \".\", \"_\" and \"-\")")
                            .arg(describe(id), describe(m_bank.id)));
                return QString();
            }
            if (!m_notInBank.contains(id))
                m_notInBank.append(id);
        } else if (!roleId.isEmpty() && !question->appliesTo(roleId) &&
                   !m_notForRole.contains(id)) {
            m_notForRole.append(id);
        }
        return id;
    }

    // The notes on questions kept aside, one for each reason.
    QList<ExchangeProblem> notes(const QString &roleId) const
    {
        const auto listed = [](const QStringList &ids) {
            constexpr int MaxListed = 10;
            QStringList shown;
            for (const QString &id : ids.mid(0, MaxListed))
                shown.append(describe(id));
            QString list = shown.join(QLatin1String(", "));
            if (ids.size() > MaxListed)
                list += tr(" and %1 more").arg(ids.size() - MaxListed);
            return list;
        };
        QList<ExchangeProblem> notes;
        if (!m_notInBank.isEmpty()) {
            notes.append({m_file, QString(),
                          tr("question(s) %1 are not in the question bank %2 (retired from it, or "
                             "from another version of it): their answers and actions are kept, "
                             "but count nowhere")
                              .arg(listed(m_notInBank), describe(m_bank.id))});
        }
        if (!m_notForRole.isEmpty()) {
            notes.append({m_file, QString(),
                          tr("question(s) %1 do not apply to the role %2: their answers and "
                             "actions are kept, but count nowhere")
                              .arg(listed(m_notForRole), describe(roleId))});
        }
        return notes;
    }

    Rating rating(const QJsonObject &object, const QString &path)
    {
        const QJsonValue value = object.value(QLatin1String("rating"));
        if (value.isUndefined() || value.isNull())
            return Rating::Unanswered;
        std::optional<Rating> rating;
        if (isWholeNumber(value) && value.toDouble() >= 0 && value.toDouble() <= 3) {
            rating = ratingFromKey(QString::number(qint64(value.toDouble())));
        } else if (value.isString()) {
            // Only the two words: a rating written as text ("2") is not what Waymark writes.
            rating = ratingFromKey(value.toString());
            if (rating && isRated(*rating))
                rating.reset();
        }
        if (!rating) {
            problem(field(path, QStringLiteral("rating")),
                    tr("rating must be 0, 1, 2, 3, \"dont-know\" or \"not-applicable\", not %1")
                        .arg(describe(value)));
            return Rating::Unanswered;
        }
        return *rating;
    }

    bool flag(const QJsonObject &object, const QString &path)
    {
        const QJsonValue value = object.value(QLatin1String("flag"));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            problem(field(path, QStringLiteral("flag")),
                    tr("flag must be true or false, not %1").arg(describe(value)));
            return false;
        }
        return value.toBool();
    }

    QDate date(const QJsonObject &object, const QString &path, const char *keyName, Need need)
    {
        const QString key = QLatin1String(keyName);
        const QJsonValue value = object.value(key);
        if (need == Need::Optional && (value.isUndefined() || value.isNull()))
            return QDate();
        if (value.isUndefined()) {
            problem(field(path, key), tr("%1 is missing").arg(key));
            return QDate();
        }
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = value.isString() && shape.match(value.toString()).hasMatch()
                               ? QDate::fromString(value.toString(), Qt::ISODate)
                               : QDate();
        if (!date.isValid()) {
            problem(field(path, key),
                    tr("%1 must be a date written YYYY-MM-DD, not %2").arg(key, describe(value)));
        }
        return date;
    }

    // Times may be left out; when given they must say their time zone, because the import rule
    // compares times written on different machines.
    QDateTime dateTime(const QJsonObject &object, const QString &path, const char *keyName)
    {
        const QString key = QLatin1String(keyName);
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return QDateTime();
        static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
        QDateTime time;
        if (value.isString() && value.toString().contains(QLatin1Char('T')) &&
            zone.match(value.toString()).hasMatch()) {
            time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        }
        // A time that is valid only in its own zone (9999-12-31T23:00-14:00) could not be
        // written back in UTC, and an export of this import would then not import again.
        if (time.isValid() && time.toUTC().toString(Qt::ISODateWithMs).isEmpty())
            time = QDateTime();
        if (!time.isValid()) {
            problem(field(path, key), tr("%1 must be a date and time with its time zone, such as "
                                         "\"2026-11-23T14:05:09.123Z\", not %2")
                                          .arg(key, describe(value)));
            return QDateTime();
        }
        // The import rule lets the later change win, so one time in the future would beat every
        // change made before that time comes, for ever.
        if (m_latestAllowed.isValid() && time > m_latestAllowed) {
            problem(field(path, key),
                    tr("%1 %2 is in the future, more than 24 hours ahead of this computer's "
                       "clock; the computer that wrote the file, or this one, has its clock wrong")
                        .arg(key, describe(value)));
            return QDateTime();
        }
        return time.toUTC();
    }
};

} // namespace

QString ExchangeProblem::toString() const
{
    if (field.isEmpty())
        return file + QLatin1String(": ") + message;
    return file + QLatin1String(": ") + field + QLatin1String(": ") + message;
}

QString ExchangeFile::formatName()
{
    return QStringLiteral("waymark-assessment");
}

QByteArray ExchangeFile::toJson(const Assessment &assessment, const QuestionBank *bank)
{
    const AssessmentInfo &info = assessment.info;
    QJsonObject meta{
        {QStringLiteral("uid"), canonicalUid(info.uid)},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("authority"), info.authority},
        {QStringLiteral("respondent"), info.respondent},
        {QStringLiteral("role"), info.roleId},
        // The format requires a date; an assessment stored without one (made by an older tool or
        // by hand) takes the day it was created, so that its file always reads back.
        {QStringLiteral("date"),
         dateText(info.date.isValid()       ? info.date
                  : info.created.isValid() ? info.created.toUTC().date()
                                           : QDate::currentDate())},
    };
    // Only a stored assessment has an id; it tells the reader which one it was, nothing more.
    if (info.id != 0)
        meta.insert(QStringLiteral("id"), info.id);
    if (info.created.isValid())
        meta.insert(QStringLiteral("created"), dateTimeText(info.created));
    if (info.updated.isValid())
        meta.insert(QStringLiteral("updated"), dateTimeText(info.updated));

    const QuestionStates states = questionStates(assessment, bank);
    QJsonArray answers;
    for (const QString &questionId : states.answered)
        answers.append(answerJson(questionId, assessment.answers.value(questionId)));
    QJsonArray cleared;
    for (const QString &questionId : states.cleared) {
        cleared.append(QJsonObject{
            {QStringLiteral("question"), questionId},
            {QStringLiteral("updated"), dateTimeText(assessment.cleared.value(questionId))}});
    }
    QJsonArray actions;
    for (const Action &action : assessment.actions)
        actions.append(actionJson(action));

    QJsonObject root{
        {QStringLiteral("format"), formatName()},
        // Version 2 only for a file that carries a clear: an older Waymark reads every other file
        // correctly, so it still may; a file with a clear it would read wrong (keeping the old
        // rating without a word) is refused there as too new.
        {QStringLiteral("formatVersion"), cleared.isEmpty() ? 1 : FormatVersion},
        {QStringLiteral("generator"), QStringLiteral("Waymark " WAYMARK_VERSION)},
        {QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), info.bankId},
                                             {QStringLiteral("version"), info.bankVersion}}},
        {QStringLiteral("assessment"), meta},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("actions"), actions},
    };
    if (!cleared.isEmpty())
        root.insert(QStringLiteral("cleared"), cleared);
    QString out;
    writeValue(out, root, 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

QStringList ExchangeFile::exportProblems(const Assessment &assessment, const QuestionBank &bank)
{
    // Whatever Waymark exports, Waymark imports: the file is read back as an import reads it,
    // before it is written. All but the clock: the times are this computer's, and the file will
    // be read on another.
    const ExchangeReadResult read =
        ExchangeReader(bank, QString(), QDateTime()).read(toJson(assessment, &bank));
    const QuestionStates states = questionStates(assessment, &bank);
    static const QRegularExpression listItem(
        QStringLiteral("^(answers|cleared|actions)\\[(\\d+)\\]"));
    QStringList problems;
    for (const ExchangeProblem &problem : read.problems) {
        // A member knows an answer by its question, not by its place in a file not yet written.
        QString where = problem.field;
        const QRegularExpressionMatch item = listItem.match(where);
        if (item.hasMatch()) {
            const int index = item.captured(2).toInt();
            const QStringList &ids =
                item.captured(1) == QLatin1String("answers") ? states.answered : states.cleared;
            if (item.captured(1) == QLatin1String("actions"))
                where += QStringLiteral(" (%1)").arg(
                    QCoreApplication::translate("Waymark::ExchangeFile", "action %1")
                        .arg(index + 1));
            else if (index < ids.size())
                where += QStringLiteral(" (%1)").arg(ids.at(index));
        }
        problems.append(where.isEmpty() ? problem.message
                                        : where + QStringLiteral(": ") + problem.message);
    }
    return problems;
}

SaveResult ExchangeFile::write(const QString &path, const Assessment &assessment,
                               const QuestionBank *bank, const ProtectedFiles &protectedFiles)
{
    return saveFileSafely(path, toJson(assessment, bank), protectedFiles);
}

ExchangeReadResult ExchangeFile::fromJson(const QByteArray &data, const QuestionBank &bank,
                                          const QString &displayName)
{
    return ExchangeReader(bank, displayName,
                          QDateTime::currentDateTimeUtc().addSecs(MaxClockAheadSecs))
        .read(data);
}

ExchangeReadResult ExchangeFile::read(const QString &path, const QuestionBank &bank)
{
    // Never more than MaxFileSize bytes, and only from an ordinary file: a huge file, a device
    // that never ends or a FIFO nobody writes to is refused at once (BoundedFile).
    const BoundedFile::Result read = BoundedFile::read(path, MaxFileSize);
    if (!read.ok()) {
        QString message = read.message;
        if (read.problem == BoundedFile::Problem::CannotOpen) {
            message =
                QCoreApplication::translate("Waymark::ExchangeFile", "cannot open the file: %1")
                    .arg(read.reason);
        } else if (read.problem == BoundedFile::Problem::CannotRead) {
            message =
                QCoreApplication::translate("Waymark::ExchangeFile", "cannot read the file: %1")
                    .arg(read.reason);
        } else if (read.problem == BoundedFile::Problem::TooLarge) {
            message = QCoreApplication::translate(
                "Waymark::ExchangeFile", "the file is larger than 16 MiB, the most an exchange "
                                         "file may be; it cannot be a Waymark assessment");
        }
        ExchangeReadResult result;
        result.problems.append({path, QString(), message});
        return result;
    }
    return fromJson(read.data, bank, path);
}

} // namespace Waymark
