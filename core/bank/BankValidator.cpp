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
        checkSections();
        checkGlossary();
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
        const std::pair<const char *, const QString *> fields[] = {
            {"text", &question.text},
            {"why", &question.why},
            {"howToKnow", &question.howToKnow},
            {"levels.fullyMet", &question.levels.fullyMet},
            {"levels.mostlyMet", &question.levels.mostlyMet},
            {"levels.partiallyMet", &question.levels.partiallyMet},
            {"levels.notMet", &question.levels.notMet},
        };
        QSet<QString> reported;
        for (const auto &[field, text] : fields) {
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
            for (auto it = translation.questions.constBegin();
                 it != translation.questions.constEnd(); ++it) {
                if (!m_bank.question(it.key()))
                    error(it->line, tr("translations %1: question %2 is not in the bank")
                                        .arg(code, quoted(it.key())));
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
