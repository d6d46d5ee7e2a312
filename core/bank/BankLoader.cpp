#include "bank/BankLoader.h"

#include "bank/BankValidator.h"
#include "files/BoundedFile.h"
#include "json/JsonReader.h"
#include "json/JsonValueText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Waymark {

namespace {

using JsonValueText::quoted;

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::BankLoader", text);
}

// Turns the JSON tree into a QuestionBank, noting every field that is missing or of the wrong
// type. Rules that relate fields to each other live in BankValidator.
class BankReader
{
    // The loader's context, so that lupdate files these texts where BankLoader looks them up.
    Q_DECLARE_TR_FUNCTIONS(Waymark::BankLoader)

public:
    // Without locate, lines are not mapped, duplicate keys not sought and strings not checked
    // for characters no text may hold: the caller reads the text again with locate when there
    // is any problem to report.
    BankReader(const QByteArray &json, const QString &file, bool locate)
        : m_json(json)
        , m_file(file)
        , m_locate(locate)
    {
    }

    BankLoadResult read()
    {
        BankLoadResult result;
        QuestionBank bank;
        if (readDocument(bank)) {
            bank.buildIndex();
            m_problems += BankValidator::validate(bank, m_file);
        }
        std::stable_sort(
            m_problems.begin(), m_problems.end(),
            [](const BankProblem &a, const BankProblem &b) { return a.line < b.line; });
        result.problems = m_problems;
        if (!hasErrors(m_problems))
            result.bank = bank;
        return result;
    }

private:
    const QByteArray &m_json;
    QString m_file;
    bool m_locate;
    JsonScan m_lines;
    QList<BankProblem> m_problems;

    void error(const QString &path, const QString &message)
    {
        m_problems.append({BankProblem::Severity::Error, m_file, m_lines.lineOf(path), message});
    }

    void warning(const QString &path, const QString &message)
    {
        m_problems.append({BankProblem::Severity::Warning, m_file, m_lines.lineOf(path), message});
    }

    bool readDocument(QuestionBank &bank)
    {
        JsonReader::Options options;
        options.scan = m_locate ? JsonReader::Scan::ProblemsAndLines : JsonReader::Scan::None;
        options.paths = JsonScan::Paths::Pointer;
        JsonReader::Result read = JsonReader::read(m_json, options);
        if (read.outcome == JsonReader::Outcome::Empty) {
            m_problems.append({BankProblem::Severity::Error, m_file, 0, tr("the file is empty")});
            return false;
        }
        if (read.outcome == JsonReader::Outcome::NotJson) {
            m_problems.append(
                {BankProblem::Severity::Error, m_file, read.line,
                 tr("not valid JSON (column %1): %2").arg(read.column).arg(read.syntaxError)});
            return false;
        }
        m_lines = std::move(read.scan);
        for (const JsonDuplicateKey &duplicate : m_lines.duplicateKeys())
            m_problems.append(
                {BankProblem::Severity::Error, m_file, duplicate.line, duplicate.message()});
        for (const JsonStringFault &fault : m_lines.stringFaults())
            m_problems.append(
                {BankProblem::Severity::Error, m_file, fault.line, fault.describe(false)});
        const QJsonDocument &document = read.document;
        if (!document.isObject()) {
            error(QString(), tr("the top level must be a JSON object { ... }"));
            return false;
        }
        const QJsonObject root = document.object();
        warnUnknownKeys(root, QString(), tr("the bank"),
                        {"format", "formatVersion", "id", "version", "title", "description",
                         "roles", "jurisdictions", "sections", "glossary", "mapping",
                         "translations"});

        if (root.value(QLatin1String("format")).toString() != QLatin1String("waymark-bank")) {
            error(QStringLiteral("/format"),
                  tr("\"format\" must be \"waymark-bank\"; this does not look like a Waymark "
                     "question bank"));
            return false;
        }
        const QJsonValue version = root.value(QLatin1String("formatVersion"));
        if (!JsonValueText::isWholeNumber(version) || version.toDouble() < 1) {
            error(QStringLiteral("/formatVersion"), tr("\"formatVersion\" must be a whole number "
                                                       "such as 1"));
            return false;
        }
        if (version.toDouble() > BankLoader::FormatVersion) {
            error(QStringLiteral("/formatVersion"),
                  tr("formatVersion %1 is newer than this version of Waymark understands (%2); "
                     "update Waymark to use this bank")
                      .arg(JsonValueText::describe(version))
                      .arg(BankLoader::FormatVersion));
            return false;
        }

        bank.id = requiredString(root, QString(), "id", tr("the bank"));
        bank.version = requiredString(root, QString(), "version", tr("the bank"));
        bank.title = requiredString(root, QString(), "title", tr("the bank"));
        bank.description = root.value(QLatin1String("description")).toString();

        readRoles(root, bank);
        readJurisdictions(root, bank);
        readSections(root, bank);
        readGlossary(root, bank);
        readMapping(root, bank);
        readTranslations(root, bank);
        return true;
    }

    // "jurisdictions": [{"id": "england", "title": "England"}, ...]; optional.
    void readJurisdictions(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonValue value = root.value(QLatin1String("jurisdictions"));
        if (value.isUndefined())
            return;
        const QJsonArray list = requiredArray(root, QString(), "jurisdictions", tr("the bank"));
        for (int i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("/jurisdictions/%1").arg(i);
            if (!list.at(i).isObject()) {
                error(path, tr("jurisdiction %1 must be an object { \"id\": ..., \"title\": ... }")
                                .arg(i + 1));
                continue;
            }
            const QJsonObject object = list.at(i).toObject();
            const QString owner = tr("jurisdiction %1").arg(i + 1);
            warnUnknownKeys(object, path, owner, {"id", "title"});
            Jurisdiction jurisdiction;
            jurisdiction.id = requiredString(object, path, "id", owner);
            jurisdiction.title = requiredString(object, path, "title", owner);
            jurisdiction.line = m_lines.lineOf(path);
            bank.jurisdictions.append(jurisdiction);
        }
    }

    // "mapping": {"from": "1.0.0", "questions": [{"from", "to", "change", "reason"}, ...]}.
    void readMapping(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonValue value = root.value(QLatin1String("mapping"));
        if (value.isUndefined())
            return;
        const QString path = QStringLiteral("/mapping");
        if (!value.isObject()) {
            error(path,
                  tr("\"mapping\" must be an object { \"from\": ..., \"questions\": [ ... ] }"));
            return;
        }
        const QJsonObject object = value.toObject();
        const QString owner = tr("the mapping");
        warnUnknownKeys(object, path, owner, {"from", "questions"});
        bank.mapping.line = m_lines.lineOf(path);
        bank.mapping.fromVersion = requiredString(object, path, "from", owner);
        const QJsonArray entries = requiredArray(object, path, "questions", owner);
        for (int i = 0; i < entries.size(); ++i) {
            const QString entryPath = path + QStringLiteral("/questions/%1").arg(i);
            const QString entryOwner = tr("mapping entry %1").arg(i + 1);
            if (!entries.at(i).isObject()) {
                error(
                    entryPath,
                    tr("%1 must be an object { \"from\": ..., \"to\": [ ... ] }").arg(entryOwner));
                continue;
            }
            const QJsonObject entryObject = entries.at(i).toObject();
            warnUnknownKeys(entryObject, entryPath, entryOwner, {"from", "to", "change", "reason"});
            QuestionMapping entry;
            entry.line = m_lines.lineOf(entryPath);
            entry.from = requiredString(entryObject, entryPath, "from", entryOwner);
            entry.reason = requiredString(entryObject, entryPath, "reason", entryOwner);
            const QJsonValue to = entryObject.value(QLatin1String("to"));
            bool toOk = to.isArray();
            for (const QJsonValue &id : to.toArray()) {
                toOk = toOk && id.isString();
                entry.to.append(id.toString());
            }
            if (!toOk) {
                error(to.isUndefined() ? entryPath : entryPath + QStringLiteral("/to"),
                      tr("%1: \"to\" must be a list of this bank's question ids (empty for a "
                         "retired question)")
                          .arg(entryOwner));
            }
            const QString change = entryObject.value(QLatin1String("change")).toString();
            const std::optional<QuestionMapping::Change> kind =
                QuestionMapping::changeFromKey(change);
            if (!kind) {
                error(entryPath + QStringLiteral("/change"),
                      tr("%1: \"change\" must be \"same\", \"reworded\", \"merged\", "
                         "\"split\", \"moved\" or \"retired\", not %2")
                          .arg(entryOwner, JsonValueText::describe(
                                               entryObject.value(QLatin1String("change")))));
            } else {
                entry.change = *kind;
            }
            bank.mapping.questions.append(entry);
        }
    }

    QJsonArray requiredArray(const QJsonObject &object, const QString &path, const char *key,
                             const QString &owner)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray() || value.toArray().isEmpty()) {
            error(path + QLatin1Char('/') + QLatin1String(key),
                  tr("%1: %2 is missing or empty; it must be a list [ ... ]")
                      .arg(owner, quoted(QLatin1String(key))));
            return QJsonArray();
        }
        return value.toArray();
    }

    QString requiredString(const QJsonObject &object, const QString &path, const char *key,
                           const QString &owner)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const QString memberPath = path + QLatin1Char('/') + QLatin1String(key);
        if (value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty())) {
            error(value.isUndefined() ? path : memberPath,
                  tr("%1: %2 is missing or empty").arg(owner, quoted(QLatin1String(key))));
            return QString();
        }
        if (!value.isString()) {
            error(memberPath,
                  tr("%1: %2 must be text in quotes").arg(owner, quoted(QLatin1String(key))));
            return QString();
        }
        return value.toString().trimmed();
    }

    void warnUnknownKeys(const QJsonObject &object, const QString &path, const QString &owner,
                         std::initializer_list<const char *> known)
    {
        QSet<QString> knownKeys;
        for (const char *key : known)
            knownKeys.insert(QLatin1String(key));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!knownKeys.contains(it.key())) {
                warning(path + QLatin1Char('/') + it.key(),
                        tr("%1: unknown field %2 is ignored").arg(owner, quoted(it.key())));
            }
        }
    }

    void readRoles(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonArray roles = requiredArray(root, QString(), "roles", tr("the bank"));
        for (int i = 0; i < roles.size(); ++i) {
            const QString path = QStringLiteral("/roles/%1").arg(i);
            if (!roles.at(i).isObject()) {
                error(path,
                      tr("role %1 must be an object { \"id\": ..., \"title\": ... }").arg(i + 1));
                continue;
            }
            const QJsonObject object = roles.at(i).toObject();
            const QString owner = tr("role %1").arg(i + 1);
            warnUnknownKeys(object, path, owner, {"id", "title", "description"});
            Role role;
            role.id = requiredString(object, path, "id", owner);
            role.title = requiredString(object, path, "title", owner);
            role.description = object.value(QLatin1String("description")).toString().trimmed();
            role.line = m_lines.lineOf(path);
            bank.roles.append(role);
        }
    }

    void readSections(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonArray sections = requiredArray(root, QString(), "sections", tr("the bank"));
        for (int i = 0; i < sections.size(); ++i) {
            const QString path = QStringLiteral("/sections/%1").arg(i);
            if (!sections.at(i).isObject()) {
                error(path, tr("section %1 must be an object { ... }").arg(i + 1));
                continue;
            }
            const QJsonObject object = sections.at(i).toObject();
            Section section;
            section.line = m_lines.lineOf(path);
            section.id = requiredString(object, path, "id", tr("section %1").arg(i + 1));
            const QString owner = section.id.isEmpty() ? tr("section %1").arg(i + 1)
                                                       : tr("section %1").arg(section.id);
            warnUnknownKeys(object, path, owner, {"id", "title", "summary", "questions"});
            section.title = requiredString(object, path, "title", owner);
            section.summary = object.value(QLatin1String("summary")).toString().trimmed();
            const QJsonArray questions = requiredArray(object, path, "questions", owner);
            for (int q = 0; q < questions.size(); ++q) {
                const QString questionPath = path + QStringLiteral("/questions/%1").arg(q);
                if (!questions.at(q).isObject()) {
                    error(questionPath,
                          tr("%1: question %2 must be an object { ... }").arg(owner).arg(q + 1));
                    continue;
                }
                section.questions.append(
                    readQuestion(questions.at(q).toObject(), questionPath, section.id, q + 1));
            }
            bank.sections.append(section);
        }
    }

    Question readQuestion(const QJsonObject &object, const QString &path, const QString &sectionId,
                          int number)
    {
        Question question;
        question.line = m_lines.lineOf(path);
        question.sectionId = sectionId;
        question.id = requiredString(object, path, "id",
                                     tr("question %1 of section %2").arg(number).arg(sectionId));
        const QString owner =
            tr("question %1")
                .arg(question.id.isEmpty()
                         ? QStringLiteral("%1 of section %2").arg(number).arg(sectionId)
                         : question.id);
        warnUnknownKeys(object, path, owner,
                        {"id", "text", "why", "howToKnow", "levels", "statutoryBasis", "source",
                         "roles", "weight", "gate", "subject", "jurisdictions", "byJurisdiction"});
        question.text = requiredString(object, path, "text", owner);
        question.why = requiredString(object, path, "why", owner);
        question.howToKnow = requiredString(object, path, "howToKnow", owner);
        question.statutoryBasis = requiredString(object, path, "statutoryBasis", owner);
        if (std::optional<LevelDescriptors> levels = readLevels(object, path, owner, true))
            question.levels = *levels;
        if (std::optional<SourceNote> source = readSource(object, path, owner, true))
            question.source = *source;
        question.subject = optionalString(object, path, "subject", owner);
        question.jurisdictions = optionalIdList(object, path, "jurisdictions", owner);
        readOverrides(object, path, owner, question);

        const QJsonValue roles = object.value(QLatin1String("roles"));
        const QString rolesPath = path + QStringLiteral("/roles");
        bool rolesOk = roles.isArray() && !roles.toArray().isEmpty();
        for (const QJsonValue &role : roles.toArray()) {
            rolesOk = rolesOk && role.isString();
            question.roles.append(role.toString());
        }
        if (!rolesOk) {
            error(roles.isUndefined() ? path : rolesPath,
                  tr("%1: \"roles\" must be a list of role ids, such as [\"lead-member\"]")
                      .arg(owner));
        }

        const QJsonValue weight = object.value(QLatin1String("weight"));
        if (!JsonValueText::isWholeNumber(weight) || weight.toDouble() < 1 ||
            weight.toDouble() > 3) {
            const QString given = weight.isUndefined()
                                      ? tr("but it is missing")
                                      : tr("not %1").arg(JsonValueText::describe(weight));
            error(weight.isUndefined() ? path : path + QStringLiteral("/weight"),
                  tr("%1: \"weight\" must be a whole number from 1 to 3, %2").arg(owner, given));
        } else {
            question.weight = weight.toInt();
        }

        // "gate" may be left out of a local bank's ordinary questions: absent means false.
        const QJsonValue gate = object.value(QLatin1String("gate"));
        if (!gate.isUndefined() && !gate.isBool())
            error(path + QStringLiteral("/gate"),
                  tr("%1: \"gate\" must be true or false").arg(owner));
        else
            question.gate = gate.toBool(false);
        return question;
    }

    // "levels": the four descriptors; required in a question, optional in an override.
    std::optional<LevelDescriptors> readLevels(const QJsonObject &object, const QString &path,
                                               const QString &owner, bool required)
    {
        const QJsonValue levels = object.value(QLatin1String("levels"));
        const QString levelsPath = path + QStringLiteral("/levels");
        if (levels.isUndefined() && !required)
            return std::nullopt;
        if (!levels.isObject()) {
            error(levels.isUndefined() ? path : levelsPath,
                  tr("%1: \"levels\" is missing; it must describe \"fullyMet\", \"mostlyMet\", "
                     "\"partiallyMet\" and \"notMet\"")
                      .arg(owner));
            return std::nullopt;
        }
        const QJsonObject levelObject = levels.toObject();
        const QString levelOwner = owner + tr(" levels");
        warnUnknownKeys(levelObject, levelsPath, levelOwner,
                        {"fullyMet", "mostlyMet", "partiallyMet", "notMet"});
        LevelDescriptors read;
        read.fullyMet = requiredString(levelObject, levelsPath, "fullyMet", levelOwner);
        read.mostlyMet = requiredString(levelObject, levelsPath, "mostlyMet", levelOwner);
        read.partiallyMet = requiredString(levelObject, levelsPath, "partiallyMet", levelOwner);
        read.notMet = requiredString(levelObject, levelsPath, "notMet", levelOwner);
        return read;
    }

    // "source": the seed and a note; required in a question, optional in an override.
    std::optional<SourceNote> readSource(const QJsonObject &object, const QString &path,
                                         const QString &owner, bool required)
    {
        const QJsonValue source = object.value(QLatin1String("source"));
        const QString sourcePath = path + QStringLiteral("/source");
        if (source.isUndefined() && !required)
            return std::nullopt;
        if (!source.isObject()) {
            error(source.isUndefined() ? path : sourcePath,
                  tr("%1: \"source\" is missing; it must name the \"seed\" document the question "
                     "comes from")
                      .arg(owner));
            return std::nullopt;
        }
        const QJsonObject sourceObject = source.toObject();
        const QString sourceOwner = owner + tr(" source");
        warnUnknownKeys(sourceObject, sourcePath, sourceOwner, {"seed", "note"});
        SourceNote read;
        read.seed = requiredString(sourceObject, sourcePath, "seed", sourceOwner);
        read.note = sourceObject.value(QLatin1String("note")).toString().trimmed();
        return read;
    }

    // A text field that may be left out; present, it must be text.
    QString optionalString(const QJsonObject &object, const QString &path, const char *key,
                           const QString &owner)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return QString();
        if (!value.isString()) {
            error(path + QLatin1Char('/') + QLatin1String(key),
                  tr("%1: %2 must be text in quotes").arg(owner, quoted(QLatin1String(key))));
            return QString();
        }
        return value.toString().trimmed();
    }

    // A list of ids that may be left out; present, it must be a non-empty list of text.
    QStringList optionalIdList(const QJsonObject &object, const QString &path, const char *key,
                               const QString &owner)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        QStringList ids;
        bool ok = value.isArray() && !value.toArray().isEmpty();
        for (const QJsonValue &id : value.toArray()) {
            ok = ok && id.isString();
            ids.append(id.toString());
        }
        if (!ok) {
            error(path + QLatin1Char('/') + QLatin1String(key),
                  tr("%1: %2 must be a list of ids, such as [\"england\", \"wales\"]")
                      .arg(owner, quoted(QLatin1String(key))));
            return {};
        }
        return ids;
    }

    // "byJurisdiction": {"wales": {"text": ..., "statutoryBasis": ..., "gate": ...}}.
    void readOverrides(const QJsonObject &object, const QString &path, const QString &owner,
                       Question &question)
    {
        const QJsonValue value = object.value(QLatin1String("byJurisdiction"));
        if (value.isUndefined())
            return;
        const QString overridesPath = path + QStringLiteral("/byJurisdiction");
        if (!value.isObject()) {
            error(overridesPath, tr("%1: \"byJurisdiction\" must be an object keyed by "
                                    "jurisdiction id { \"wales\": { ... } }")
                                     .arg(owner));
            return;
        }
        const QJsonObject overrides = value.toObject();
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            const QString overPath = overridesPath + QLatin1Char('/') + it.key();
            const QString overOwner = tr("%1 in %2").arg(owner, quoted(it.key()));
            if (!it.value().isObject()) {
                error(overPath, tr("%1 must be an object { ... }").arg(overOwner));
                continue;
            }
            const QJsonObject fields = it.value().toObject();
            warnUnknownKeys(
                fields, overPath, overOwner,
                {"text", "why", "howToKnow", "statutoryBasis", "levels", "source", "gate"});
            QuestionOverride over;
            over.line = m_lines.lineOf(overPath);
            for (const auto &[key, target] :
                 {std::pair<const char *, std::optional<QString> *>{"text", &over.text},
                  {"why", &over.why},
                  {"howToKnow", &over.howToKnow},
                  {"statutoryBasis", &over.statutoryBasis}}) {
                if (fields.contains(QLatin1String(key)))
                    *target = requiredString(fields, overPath, key, overOwner);
            }
            over.levels = readLevels(fields, overPath, overOwner, false);
            over.source = readSource(fields, overPath, overOwner, false);
            const QJsonValue gate = fields.value(QLatin1String("gate"));
            if (!gate.isUndefined() && !gate.isBool())
                error(overPath + QStringLiteral("/gate"),
                      tr("%1: \"gate\" must be true or false").arg(overOwner));
            else if (gate.isBool())
                over.gate = gate.toBool();
            question.byJurisdiction.insert(it.key(), over);
        }
    }

    // "translations": {"cy": {...}}. Every field is optional; here each must be of the right type.
    // Whether the ids and terms exist in the bank is BankValidator's to check.
    void readTranslations(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonValue value = root.value(QLatin1String("translations"));
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            error(QStringLiteral("/translations"),
                  tr("\"translations\" must be an object { \"cy\": { ... } }"));
            return;
        }
        const QJsonObject languages = value.toObject();
        for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
            const QString path = QStringLiteral("/translations/") + it.key();
            const QString owner = tr("translations %1").arg(quoted(it.key()));
            if (!isLanguageCode(it.key())) {
                error(path, tr("%1: the language must be a code such as \"cy\"").arg(owner));
                continue;
            }
            if (!it.value().isObject()) {
                error(path,
                      tr("%1 must be an object { \"title\": ..., \"roles\": ... }").arg(owner));
                continue;
            }
            const QJsonObject object = it.value().toObject();
            warnUnknownKeys(object, path, owner,
                            {"title", "description", "roles", "jurisdictions", "sections",
                             "questions", "glossary"});
            BankTranslation translation;
            translation.language = it.key();
            translation.line = m_lines.lineOf(path);
            translation.fields =
                readTranslatedItem(object, path, owner, {"title", "description"}, {}, false).fields;
            translation.roles = readTranslatedItems(object, path, QStringLiteral("roles"),
                                                    tr("%1, role %2"), {"title", "description"});
            translation.jurisdictions =
                readTranslatedItems(object, path, QStringLiteral("jurisdictions"),
                                    tr("%1, jurisdiction %2"), {"title"});
            translation.sections = readTranslatedItems(object, path, QStringLiteral("sections"),
                                                       tr("%1, section %2"), {"title", "summary"});
            translation.questions = readTranslatedItems(
                object, path, QStringLiteral("questions"), tr("%1, question %2"),
                {"text", "why", "howToKnow", "statutoryBasis", "levels", "byJurisdiction"});
            translation.glossary =
                readTranslatedItems(object, path, QStringLiteral("glossary"),
                                    tr("%1, glossary entry %2"), {"term", "aliases", "definition"});
            bank.translations.insert(translation.language, translation);
        }
    }

    static bool isLanguageCode(const QString &code)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        return pattern.match(code).hasMatch();
    }

    // One member of a language's block ("roles", "questions", ...): an object of objects keyed
    // by id. ownerPattern names the item in messages: "%1, role %2".
    QHash<QString, TranslatedItem> readTranslatedItems(const QJsonObject &translation,
                                                       const QString &path, const QString &key,
                                                       const QString &ownerPattern,
                                                       std::initializer_list<const char *> known)
    {
        QHash<QString, TranslatedItem> items;
        const QJsonValue value = translation.value(key);
        if (value.isUndefined())
            return items;
        const QString owner =
            tr("translations %1").arg(quoted(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)));
        const QString memberPath = path + QLatin1Char('/') + key;
        if (!value.isObject()) {
            error(memberPath, tr("%1: %2 must be an object keyed by id { \"...\": { ... } }")
                                  .arg(owner, quoted(key)));
            return items;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString itemPath = memberPath + QLatin1Char('/') + it.key();
            const QString itemOwner = ownerPattern.arg(owner, quoted(it.key()));
            if (!it.value().isObject()) {
                error(itemPath, tr("%1 must be an object { ... }").arg(itemOwner));
                continue;
            }
            items.insert(it.key(),
                         readTranslatedItem(it.value().toObject(), itemPath, itemOwner, known,
                                            {"fullyMet", "mostlyMet", "partiallyMet", "notMet"}));
        }
        return items;
    }

    // The text fields of one translated item; "levels" (an object of texts) and "aliases" (a
    // list of texts) where known names them.
    TranslatedItem readTranslatedItem(const QJsonObject &object, const QString &path,
                                      const QString &owner,
                                      std::initializer_list<const char *> known,
                                      std::initializer_list<const char *> levelKeys,
                                      bool checkUnknown = true)
    {
        TranslatedItem item;
        item.line = m_lines.lineOf(path);
        if (checkUnknown)
            warnUnknownKeys(object, path, owner, known);
        for (const char *key : known) {
            const QString name = QLatin1String(key);
            const QJsonValue value = object.value(name);
            const QString memberPath = path + QLatin1Char('/') + name;
            if (value.isUndefined())
                continue;
            if (name == QLatin1String("levels")) {
                if (!value.isObject()) {
                    error(memberPath,
                          tr("%1: \"levels\" must be an object { \"fullyMet\": ... }").arg(owner));
                    continue;
                }
                const QJsonObject levels = value.toObject();
                const QString levelOwner = owner + tr(" levels");
                warnUnknownKeys(levels, memberPath, levelOwner, levelKeys);
                for (const char *level : levelKeys) {
                    const QString levelName = QLatin1String(level);
                    const QJsonValue text = levels.value(levelName);
                    if (text.isUndefined())
                        continue;
                    if (!text.isString()) {
                        error(
                            memberPath + QLatin1Char('/') + levelName,
                            tr("%1: %2 must be text in quotes").arg(levelOwner, quoted(levelName)));
                        continue;
                    }
                    item.fields.insert(QStringLiteral("levels.") + levelName,
                                       text.toString().trimmed());
                }
            } else if (name == QLatin1String("byJurisdiction")) {
                if (!value.isObject()) {
                    error(memberPath, tr("%1: \"byJurisdiction\" must be an object keyed by "
                                         "jurisdiction id { \"wales\": { ... } }")
                                          .arg(owner));
                    continue;
                }
                const QJsonObject overrides = value.toObject();
                for (auto over = overrides.constBegin(); over != overrides.constEnd(); ++over) {
                    const QString overPath = memberPath + QLatin1Char('/') + over.key();
                    const QString overOwner = tr("%1 in %2").arg(owner, quoted(over.key()));
                    if (!over.value().isObject()) {
                        error(overPath, tr("%1 must be an object { ... }").arg(overOwner));
                        continue;
                    }
                    item.byJurisdiction.insert(
                        over.key(),
                        readTranslatedItem(over.value().toObject(), overPath, overOwner,
                                           {"text", "why", "howToKnow", "statutoryBasis", "levels"},
                                           levelKeys)
                            .fields);
                }
            } else if (name == QLatin1String("aliases")) {
                bool ok = value.isArray();
                for (const QJsonValue &alias : value.toArray()) {
                    ok = ok && alias.isString();
                    if (alias.isString() && !alias.toString().trimmed().isEmpty())
                        item.aliases.append(alias.toString().trimmed());
                }
                if (!ok)
                    error(memberPath, tr("%1: \"aliases\" must be a list of text").arg(owner));
            } else if (!value.isString()) {
                error(memberPath, tr("%1: %2 must be text in quotes").arg(owner, quoted(name)));
            } else {
                item.fields.insert(name, value.toString().trimmed());
            }
        }
        return item;
    }

    void readGlossary(const QJsonObject &root, QuestionBank &bank)
    {
        const QJsonArray glossary = requiredArray(root, QString(), "glossary", tr("the bank"));
        for (int i = 0; i < glossary.size(); ++i) {
            const QString path = QStringLiteral("/glossary/%1").arg(i);
            if (!glossary.at(i).isObject()) {
                error(path, tr("glossary entry %1 must be an object { \"term\": ..., "
                               "\"definition\": ... }")
                                .arg(i + 1));
                continue;
            }
            const QJsonObject object = glossary.at(i).toObject();
            GlossaryEntry entry;
            entry.line = m_lines.lineOf(path);
            entry.term = requiredString(object, path, "term", tr("glossary entry %1").arg(i + 1));
            const QString owner = entry.term.isEmpty()
                                      ? tr("glossary entry %1").arg(i + 1)
                                      : tr("glossary entry %1").arg(quoted(entry.term));
            warnUnknownKeys(object, path, owner, {"term", "aliases", "definition"});
            entry.definition = requiredString(object, path, "definition", owner);
            const QJsonValue aliases = object.value(QLatin1String("aliases"));
            if (!aliases.isUndefined() && !aliases.isArray())
                error(path + QStringLiteral("/aliases"), tr("%1: \"aliases\" must be a list of "
                                                            "text")
                                                             .arg(owner));
            for (const QJsonValue &alias : aliases.toArray()) {
                if (alias.isString() && !alias.toString().trimmed().isEmpty())
                    entry.aliases.append(alias.toString().trimmed());
            }
            bank.glossary.append(entry);
        }
    }
};

} // namespace

QString BankLoader::builtInPath()
{
    return QStringLiteral(":/waymark/bank/waymark-bank.json");
}

QStringList BankLoader::builtInVersions()
{
    return {QStringLiteral("1.0.0"), QStringLiteral("2.0.0")};
}

namespace {

// The resource of a built-in version: the latest is waymark-bank.json, each earlier one keeps
// its version in its name.
QString builtInPathOf(const QString &version)
{
    if (version == BankLoader::builtInVersions().constLast())
        return BankLoader::builtInPath();
    return QStringLiteral(":/waymark/bank/waymark-bank-%1.json").arg(version);
}

} // namespace

BankLoadResult BankLoader::loadBuiltIn()
{
    return loadBuiltIn(builtInVersions().constLast());
}

BankLoadResult BankLoader::loadBuiltIn(const QString &version)
{
    // The built-in banks are checked in full, duplicate keys and all, by tst_builtinbank and by
    // `waymark-cli bank validate` in the tests; at start-up they are read without JsonScan
    // (lines, duplicate keys, characters no text may hold), which is a quarter of the time,
    // unless something is wrong with one.
    if (!builtInVersions().contains(version)) {
        BankLoadResult result;
        result.problems.append({BankProblem::Severity::Error, builtInPath(), 0,
                                tr("Waymark has no built-in question bank of version %1")
                                    .arg(quoted(version))});
        return result;
    }
    const QString path = builtInPathOf(version);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return loadFile(path);
    const QByteArray json = file.readAll();
    BankLoadResult quick = BankReader(json, path, false).read();
    if (quick.ok() && quick.problems.isEmpty())
        return quick;
    return loadData(json, path);
}

BankLoadResult BankLoader::loadFile(const QString &path)
{
    // Bounded, so that `bank validate /dev/zero` or a huge file ends at once (BoundedFile).
    const BoundedFile::Result read = BoundedFile::read(path, BoundedFile::MaxBankSize);
    if (!read.ok()) {
        QString message = read.message;
        if (read.problem == BoundedFile::Problem::CannotOpen) {
            message = tr("cannot open the file: %1").arg(read.reason);
        } else if (read.problem == BoundedFile::Problem::TooLarge) {
            message = tr("the file is larger than %1, the most a question bank may be")
                          .arg(BoundedFile::sizeText(BoundedFile::MaxBankSize));
        }
        BankLoadResult result;
        result.problems.append({BankProblem::Severity::Error, path, 0, message});
        return result;
    }
    return loadData(read.data, path);
}

BankLoadResult BankLoader::loadData(const QByteArray &json, const QString &displayName)
{
    return BankReader(json, displayName, true).read();
}

} // namespace Waymark
