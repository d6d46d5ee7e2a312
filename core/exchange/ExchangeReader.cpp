#include "exchange/ExchangeReader.h"

#include "exchange/ExchangeFormat.h"
#include "json/JsonReader.h"
#include "json/JsonValueText.h"
#include "text/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Waymark {

namespace {

using JsonValueText::describe;
using JsonValueText::isWholeNumber;

// Reads one file: every field checked against the bank, every problem noted with its field.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ExchangeFile)

public:
    // latestAllowed: the latest change time the file may hold; an invalid time allows any.
    Reader(const ExchangeReader::BankChooser &choose, const QString &file,
           const QDateTime &latestAllowed)
        : m_choose(choose)
        , m_bank(&choose(QString()))
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

    const ExchangeReader::BankChooser &m_choose;
    // The bank in use until the file says its version, then the bank of that version.
    const QuestionBank *m_bank;
    QString m_file;
    QDateTime m_latestAllowed;
    int m_formatVersion = 0;
    QList<ExchangeProblem> m_problems;
    QStringList m_notInBank;         // questions kept aside because the bank lacks them
    QStringList m_notForRole;        // ... because they do not apply to the assessment's role
    QStringList m_notInJurisdiction; // ... because they do not apply under its jurisdiction's law
    QString m_jurisdiction;

    void problem(const QString &field, const QString &message)
    {
        m_problems.append({m_file, field, message});
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
        // QJsonDocument quietly turns bytes that are not UTF-8 into U+FFFD, which would import
        // damaged text without a word; the file is refused instead.
        JsonReader::Options options;
        options.scan = JsonReader::Scan::Problems;
        options.paths = JsonScan::Paths::Field;
        options.requireUtf8 = true;
        const JsonReader::Result read = JsonReader::read(raw, options);
        switch (read.outcome) {
        case JsonReader::Outcome::Read:
            break;
        case JsonReader::Outcome::Empty:
            problem(QString(), tr("the file is empty"));
            return;
        case JsonReader::Outcome::NotUtf8:
            problem(QString(), tr("the file is not valid UTF-8 text (line %1, column %2); it may "
                                  "be damaged, or saved in another encoding")
                                   .arg(read.line)
                                   .arg(read.column));
            return;
        case JsonReader::Outcome::NotJson:
            problem(QString(), tr("not valid JSON at line %1, column %2: %3")
                                   .arg(read.line)
                                   .arg(read.column)
                                   .arg(read.syntaxError));
            return;
        }
        const QJsonDocument &document = read.document;
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
        for (const JsonDuplicateKey &duplicate : read.scan.duplicateKeys())
            problem(duplicate.path, duplicate.message());
        // A NUL would cut a text short in other programs, half a surrogate pair is not text at
        // all, and the store or QJsonDocument would change the others quietly: importing any of
        // them would keep something other than what the file says.
        for (const JsonStringFault &fault : read.scan.stringFaults())
            problem(fault.path, fault.describe());

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
            m_bank->hasRole(assessment.info.roleId) ? assessment.info.roleId : QString();
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
        if (m_problems.size() == before && info.bankId != m_bank->id) {
            problem(QStringLiteral("bank.id"),
                    tr("the file was answered against the question bank %1, not %2 (the bank in "
                       "use); import it where that bank is loaded")
                        .arg(describe(info.bankId), describe(m_bank->id)));
        }
        const bool sameBank = m_problems.size() == before;
        // Any version of the same bank will do: answers are matched to questions by id.
        info.bankVersion = text(object, QStringLiteral("bank"), "version", Need::Required);
        // An assessment is checked against its own version of the bank where Waymark has it, so
        // that its questions keep their meaning (BankLibrary).
        if (sameBank)
            m_bank = &m_choose(info.bankVersion);
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
                info.uid = ExchangeFormat::canonicalUid(info.uid);
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
        if (!info.roleId.isEmpty() && !m_bank->hasRole(info.roleId)) {
            QStringList roles;
            for (const Role &role : m_bank->roles)
                roles.append(role.id);
            problem(field(path, QStringLiteral("role")),
                    tr("role %1 is not a role of the question bank %2 (%3)")
                        .arg(describe(info.roleId), describe(m_bank->id),
                             roles.join(QLatin1String(", "))));
        }
        readJurisdiction(object, path, info);
        info.date = date(object, path, "date", Need::Required);
        info.created = dateTime(object, path, "created");
        info.updated = dateTime(object, path, "updated");
    }

    // "jurisdiction": the law the assessment is made under, one of the bank's; England when left
    // out (a file from before jurisdictions were recorded).
    void readJurisdiction(const QJsonObject &object, const QString &path, AssessmentInfo &info)
    {
        const QJsonValue value = object.value(QLatin1String("jurisdiction"));
        if (value.isUndefined()) {
            info.jurisdiction = AssessmentInfo::defaultJurisdiction();
        } else {
            info.jurisdiction = text(object, path, "jurisdiction", Need::Required);
            // A bank that names no jurisdictions (1.0.0, a local bank of one law) is England's:
            // a file claiming another law for it would be shown under a law it does not cite.
            QStringList ids;
            for (const Jurisdiction &jurisdiction : m_bank->jurisdictions)
                ids.append(jurisdiction.id);
            if (ids.isEmpty())
                ids.append(AssessmentInfo::defaultJurisdiction());
            if (!info.jurisdiction.isEmpty() && !ids.contains(info.jurisdiction)) {
                problem(field(path, QStringLiteral("jurisdiction")),
                        tr("jurisdiction %1 is not one of the question bank %2 (%3)")
                            .arg(describe(info.jurisdiction), describe(m_bank->id),
                                 ids.join(QLatin1String(", "))));
            }
        }
        m_jurisdiction = info.jurisdiction;
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
        const Question *question = m_bank->question(id);
        if (!question) {
            // Written as no bank could write an id: a damaged or hand-made file.
            static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
            if (!idShape.match(id).hasMatch()) {
                problem(field(path, QStringLiteral("question")),
                        tr("question %1 is not in the question bank %2, and is not written as a "
                           "question id (letters, digits, \".\", \"_\" and \"-\")")
                            .arg(describe(id), describe(m_bank->id)));
                return QString();
            }
            if (!m_notInBank.contains(id))
                m_notInBank.append(id);
        } else if (!question->appliesIn(m_jurisdiction)) {
            if (!m_notInJurisdiction.contains(id))
                m_notInJurisdiction.append(id);
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
                              .arg(listed(m_notInBank), describe(m_bank->id))});
        }
        if (!m_notInJurisdiction.isEmpty()) {
            const Jurisdiction *jurisdiction = m_bank->jurisdiction(m_jurisdiction);
            notes.append({m_file, QString(),
                          tr("question(s) %1 do not apply under the law of %2: their answers and "
                             "actions are kept, but count nowhere")
                              .arg(listed(m_notInJurisdiction),
                                   jurisdiction ? jurisdiction->title : describe(m_jurisdiction))});
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
        if (time.isValid() && ExchangeFormat::timeText(time).isEmpty())
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

ExchangeReadResult ExchangeReader::read(const QByteArray &data, const QuestionBank &bank,
                                        const QString &file, const QDateTime &latestAllowed)
{
    const BankChooser only = [&bank](const QString &) -> const QuestionBank & { return bank; };
    return Reader(only, file, latestAllowed).read(data);
}

ExchangeReadResult ExchangeReader::read(const QByteArray &data, const BankChooser &choose,
                                        const QString &file, const QDateTime &latestAllowed)
{
    return Reader(choose, file, latestAllowed).read(data);
}

} // namespace Waymark
