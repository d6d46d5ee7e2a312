#include "bank/BankValidator.h"

#include "json/JsonValueText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Waymark {

namespace {

using JsonValueText::quoted;

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

class Checker
{
    // The validator's context, so that lupdate files these texts where they are looked up.
    Q_DECLARE_TR_FUNCTIONS(Waymark::BankValidator)

public:
    Checker(const QuestionBank &bank, const QString &file)
        : m_bank(bank)
        , m_file(file)
    {
    }

    QList<BankProblem> run()
    {
        checkRoles();
        checkJurisdictions();
        checkSections();
        checkGlossary();
        checkMapping();
        checkTranslations();
        if (!m_bank.sections.isEmpty())
            checkRoleCoverage();
        return m_problems;
    }

private:
    const QuestionBank &m_bank;
    QString m_file;
    QList<BankProblem> m_problems;
    QSet<QString> m_glossaryNames; // every term and alias, case-folded; filled on first use

    void error(int line, const QString &message)
    {
        m_problems.append({BankProblem::Severity::Error, m_file, line, message});
    }

    void warning(int line, const QString &message)
    {
        m_problems.append({BankProblem::Severity::Warning, m_file, line, message});
    }

    void checkId(const QString &kind, const QString &id, int line)
    {
        if (!id.isEmpty() && !isValidId(id)) {
            error(line, tr("%1 id %2 may use only letters, digits, \"-\", \"_\" and \".\", and "
                           "no spaces")
                            .arg(kind, quoted(id)));
        }
    }

    void checkRoles()
    {
        QHash<QString, int> firstLine;
        for (const Role &role : m_bank.roles) {
            checkId(tr("role"), role.id, role.line);
            if (role.id.isEmpty())
                continue;
            if (firstLine.contains(role.id)) {
                error(role.line, tr("duplicate role id %1 (first used on line %2)")
                                     .arg(quoted(role.id))
                                     .arg(firstLine.value(role.id)));
            } else {
                firstLine.insert(role.id, role.line);
            }
        }
    }

    void checkJurisdictions()
    {
        QHash<QString, int> firstLine;
        for (const Jurisdiction &jurisdiction : m_bank.jurisdictions) {
            checkId(tr("jurisdiction"), jurisdiction.id, jurisdiction.line);
            if (jurisdiction.id.isEmpty())
                continue;
            if (firstLine.contains(jurisdiction.id)) {
                error(jurisdiction.line, tr("duplicate jurisdiction id %1 (first used on line %2)")
                                             .arg(quoted(jurisdiction.id))
                                             .arg(firstLine.value(jurisdiction.id)));
            } else {
                firstLine.insert(jurisdiction.id, jurisdiction.line);
            }
        }
    }

    QString jurisdictionList() const
    {
        QStringList ids;
        for (const Jurisdiction &jurisdiction : m_bank.jurisdictions)
            ids.append(jurisdiction.id);
        return ids.isEmpty() ? tr("none; add a \"jurisdictions\" list to the bank")
                             : ids.join(QStringLiteral(", "));
    }

    // A question's jurisdictions and overrides name the bank's jurisdictions, and an override
    // is for a jurisdiction the question applies in.
    void checkQuestionJurisdictions(const Question &question)
    {
        for (const QString &id : question.jurisdictions) {
            if (!m_bank.hasJurisdiction(id)) {
                error(question.line,
                      tr("question %1: unknown jurisdiction %2 (the bank's jurisdictions are: %3)")
                          .arg(question.id, quoted(id), jurisdictionList()));
            }
        }
        QStringList overridden = question.byJurisdiction.keys();
        overridden.sort();
        for (const QString &id : qAsConst(overridden)) {
            const int line = question.byJurisdiction.value(id).line;
            if (!m_bank.hasJurisdiction(id)) {
                error(line, tr("question %1: \"byJurisdiction\" names unknown jurisdiction %2 "
                               "(the bank's jurisdictions are: %3)")
                                .arg(question.id, quoted(id), jurisdictionList()));
            } else if (!question.appliesIn(id)) {
                error(line, tr("question %1: \"byJurisdiction\" gives %2, where the question "
                               "does not apply")
                                .arg(question.id, quoted(id)));
            }
        }
        static const QStringList subjects = {QStringLiteral("council"),
                                             QStringLiteral("partnership"),
                                             QStringLiteral("organisation")};
        if (!question.subject.isEmpty() && !subjects.contains(question.subject)) {
            error(question.line, tr("question %1: \"subject\" must be \"council\", "
                                    "\"partnership\" or \"organisation\", not %2")
                                     .arg(question.id, quoted(question.subject)));
        }
    }

    // Every earlier id is listed once, points only at questions the bank has, and says a change
    // that fits what it points at.
    void checkMapping()
    {
        const BankMapping &mapping = m_bank.mapping;
        if (mapping.fromVersion.isEmpty())
            return;
        if (mapping.fromVersion == m_bank.version) {
            error(mapping.line, tr("the mapping is from version %1, which is this bank's own "
                                   "version")
                                    .arg(quoted(mapping.fromVersion)));
        }
        QHash<QString, int> firstLine;
        for (const QuestionMapping &entry : mapping.questions) {
            if (entry.from.isEmpty())
                continue;
            if (firstLine.contains(entry.from)) {
                error(entry.line, tr("mapping: question %1 of version %2 is listed twice (first "
                                     "on line %3)")
                                      .arg(quoted(entry.from), mapping.fromVersion)
                                      .arg(firstLine.value(entry.from)));
            } else {
                firstLine.insert(entry.from, entry.line);
            }
            for (const QString &id : entry.to) {
                if (!m_bank.question(id)) {
                    error(entry.line, tr("mapping: question %1 is said to become %2, which is not "
                                         "in the bank")
                                          .arg(quoted(entry.from), quoted(id)));
                }
            }
            using Change = QuestionMapping::Change;
            const bool retired = entry.change == Change::Retired;
            if (retired != entry.to.isEmpty()) {
                error(entry.line,
                      retired ? tr("mapping: question %1 is retired, so \"to\" must be empty")
                                    .arg(quoted(entry.from))
                              : tr("mapping: question %1 becomes nothing, so its change must be "
                                   "\"retired\"")
                                    .arg(quoted(entry.from)));
            }
            if (entry.change == Change::Split && entry.to.size() < 2) {
                error(entry.line, tr("mapping: question %1 is split, so \"to\" must list two or "
                                     "more questions")
                                      .arg(quoted(entry.from)));
            }
            if ((entry.change == Change::Same || entry.change == Change::Reworded ||
                 entry.change == Change::Moved || entry.change == Change::Merged) &&
                entry.to.size() != 1) {
                error(entry.line,
                      tr("mapping: question %1 is %2, so \"to\" must list exactly "
                         "one question")
                          .arg(quoted(entry.from), quoted(QuestionMapping::keyOf(entry.change))));
            }
        }
    }

    QString roleList() const
    {
        QStringList ids;
        for (const Role &role : m_bank.roles)
            ids.append(role.id);
        return ids.join(QStringLiteral(", "));
    }

    void checkSections()
    {
        QHash<QString, int> sectionLines;
        QHash<QString, int> questionLines;
        const bool hasAllQuestionsRole = m_bank.hasRole(BankValidator::allQuestionsRole());
        for (const Section &section : m_bank.sections) {
            checkId(tr("section"), section.id, section.line);
            if (!section.id.isEmpty()) {
                if (sectionLines.contains(section.id)) {
                    error(section.line, tr("duplicate section id %1 (first used on line %2)")
                                            .arg(quoted(section.id))
                                            .arg(sectionLines.value(section.id)));
                } else {
                    sectionLines.insert(section.id, section.line);
                }
            }
            for (const Question &question : section.questions) {
                checkId(tr("question"), question.id, question.line);
                if (!question.id.isEmpty()) {
                    if (questionLines.contains(question.id)) {
                        error(question.line, tr("duplicate question id %1 (first used on line %2)")
                                                 .arg(quoted(question.id))
                                                 .arg(questionLines.value(question.id)));
                    } else {
                        questionLines.insert(question.id, question.line);
                    }
                }
                checkQuestionRoles(question, hasAllQuestionsRole);
                checkQuestionJurisdictions(question);
                checkAcronyms(question);
            }
        }
    }

    void checkQuestionRoles(const Question &question, bool hasAllQuestionsRole)
    {
        QSet<QString> seen;
        for (const QString &roleId : question.roles) {
            if (roleId.isEmpty())
                continue;
            if (!m_bank.hasRole(roleId)) {
                error(question.line, tr("question %1: unknown role %2 (the bank's roles are: %3)")
                                         .arg(question.id, quoted(roleId), roleList()));
            } else if (seen.contains(roleId)) {
                error(question.line,
                      tr("question %1: role %2 is listed twice").arg(question.id, quoted(roleId)));
            }
            seen.insert(roleId);
        }
        if (hasAllQuestionsRole && !question.roles.isEmpty() &&
            !question.roles.contains(BankValidator::allQuestionsRole())) {
            error(question.line, tr("question %1 does not list %2 in \"roles\"; the Lead Member "
                                    "sees every question")
                                     .arg(question.id, quoted(BankValidator::allQuestionsRole())));
        }
    }

    bool inGlossary(const QString &acronym)
    {
        if (m_glossaryNames.isEmpty()) {
            for (const GlossaryEntry &entry : m_bank.glossary) {
                m_glossaryNames.insert(entry.term.toCaseFolded());
                for (const QString &alias : entry.aliases)
                    m_glossaryNames.insert(alias.toCaseFolded());
            }
        }
        const QString key = acronym.toCaseFolded();
        return m_glossaryNames.contains(key) || m_glossaryNames.contains(key + QLatin1Char('s'));
    }

    void checkAcronyms(const Question &question)
    {
        QList<std::pair<const char *, const QString *>> fields = {
            {"text", &question.text},
            {"why", &question.why},
            {"howToKnow", &question.howToKnow},
            {"levels.fullyMet", &question.levels.fullyMet},
            {"levels.mostlyMet", &question.levels.mostlyMet},
            {"levels.partiallyMet", &question.levels.partiallyMet},
            {"levels.notMet", &question.levels.notMet},
        };
        // What a question says under another jurisdiction's law is read by members too.
        for (const QuestionOverride &over : question.byJurisdiction) {
            for (const auto &[field, text] :
                 {std::pair<const char *, const std::optional<QString> *>{"text", &over.text},
                  {"why", &over.why},
                  {"howToKnow", &over.howToKnow}}) {
                if (*text)
                    fields.append({field, &**text});
            }
            if (over.levels) {
                fields.append({"levels.fullyMet", &over.levels->fullyMet});
                fields.append({"levels.mostlyMet", &over.levels->mostlyMet});
                fields.append({"levels.partiallyMet", &over.levels->partiallyMet});
                fields.append({"levels.notMet", &over.levels->notMet});
            }
        }
        QSet<QString> reported;
        for (const auto &[field, text] : qAsConst(fields)) {
            for (const QString &acronym : BankValidator::acronymsIn(*text)) {
                if (reported.contains(acronym) || inGlossary(acronym))
                    continue;
                reported.insert(acronym);
                error(question.line, tr("question %1: %2 is used in \"%3\" but is not in the "
                                        "glossary")
                                         .arg(question.id, quoted(acronym), QLatin1String(field)));
            }
        }
    }

    void checkGlossary()
    {
        QHash<QString, int> firstLine;
        for (const GlossaryEntry &entry : m_bank.glossary) {
            QStringList names = entry.aliases;
            names.prepend(entry.term);
            for (const QString &name : names) {
                if (name.isEmpty())
                    continue;
                const QString key = name.toCaseFolded();
                if (firstLine.contains(key)) {
                    error(entry.line, tr("glossary: %1 is defined twice (first on line %2)")
                                          .arg(quoted(name))
                                          .arg(firstLine.value(key)));
                } else {
                    firstLine.insert(key, entry.line);
                }
            }
        }
    }

    // Each translated item must name something the bank has: a translation of a question that
    // was renamed or removed would otherwise be silently lost.
    void checkTranslations()
    {
        QStringList languages = m_bank.translations.keys();
        languages.sort();
        for (const QString &language : qAsConst(languages)) {
            const BankTranslation &translation = m_bank.translations.value(language);
            const QString code = quoted(language);
            for (auto it = translation.roles.constBegin(); it != translation.roles.constEnd();
                 ++it) {
                if (!m_bank.hasRole(it.key()))
                    error(it->line, tr("translations %1: role %2 is not in the bank")
                                        .arg(code, quoted(it.key())));
            }
            for (auto it = translation.sections.constBegin(); it != translation.sections.constEnd();
                 ++it) {
                if (!m_bank.section(it.key()))
                    error(it->line, tr("translations %1: section %2 is not in the bank")
                                        .arg(code, quoted(it.key())));
            }
            for (auto it = translation.jurisdictions.constBegin();
                 it != translation.jurisdictions.constEnd(); ++it) {
                if (!m_bank.hasJurisdiction(it.key()))
                    error(it->line, tr("translations %1: jurisdiction %2 is not in the bank")
                                        .arg(code, quoted(it.key())));
            }
            for (auto it = translation.questions.constBegin();
                 it != translation.questions.constEnd(); ++it) {
                const Question *question = m_bank.question(it.key());
                if (!question) {
                    error(it->line, tr("translations %1: question %2 is not in the bank")
                                        .arg(code, quoted(it.key())));
                    continue;
                }
                QStringList overridden = it->byJurisdiction.keys();
                overridden.sort();
                for (const QString &id : qAsConst(overridden)) {
                    if (!question->byJurisdiction.contains(id))
                        error(it->line, tr("translations %1: question %2 has no \"byJurisdiction\" "
                                           "%3 to translate")
                                            .arg(code, quoted(it.key()), quoted(id)));
                }
            }
            for (auto it = translation.glossary.constBegin(); it != translation.glossary.constEnd();
                 ++it) {
                if (!hasGlossaryTerm(it.key()))
                    error(it->line, tr("translations %1: glossary term %2 is not in the bank (name "
                                       "an entry by its English \"term\")")
                                        .arg(code, quoted(it.key())));
            }
        }
    }

    bool hasGlossaryTerm(const QString &term) const
    {
        for (const GlossaryEntry &entry : m_bank.glossary) {
            if (entry.term == term)
                return true;
        }
        return false;
    }

    void checkRoleCoverage()
    {
        for (const Role &role : m_bank.roles) {
            if (!role.id.isEmpty() && m_bank.questionsFor(role.id).isEmpty())
                warning(role.line, tr("role %1 has no questions").arg(quoted(role.id)));
        }
    }
};

} // namespace

QList<BankProblem> BankValidator::validate(const QuestionBank &bank, const QString &file)
{
    return Checker(bank, file).run();
}

QStringList BankValidator::acronymsIn(const QString &text)
{
    // Two or more capitals or digits starting with a capital, with an optional plural "s".
    static const QRegularExpression pattern(
        QStringLiteral("\\b([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?\\b"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString acronym = it.next().captured(1);
        if (!found.contains(acronym))
            found.append(acronym);
    }
    return found;
}

} // namespace Waymark
