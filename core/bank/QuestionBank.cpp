#include "bank/QuestionBank.h"

namespace Waymark {

QString LevelDescriptors::forRating(Rating rating) const
{
    switch (rating) {
    case Rating::FullyMet:
        return fullyMet;
    case Rating::MostlyMet:
        return mostlyMet;
    case Rating::PartiallyMet:
        return partiallyMet;
    case Rating::NotMet:
        return notMet;
    default:
        return QString();
    }
}

void QuestionBank::buildIndex()
{
    m_questionIndex.clear();
    for (int s = 0; s < sections.size(); ++s) {
        for (int q = 0; q < sections[s].questions.size(); ++q)
            m_questionIndex.insert(sections[s].questions[q].id, Position{s, q});
    }
}

const Question *QuestionBank::question(const QString &questionId) const
{
    const auto it = m_questionIndex.constFind(questionId);
    if (it == m_questionIndex.constEnd())
        return nullptr;
    return &sections.at(it->section).questions.at(it->question);
}

const Section *QuestionBank::section(const QString &sectionId) const
{
    for (const Section &candidate : sections) {
        if (candidate.id == sectionId)
            return &candidate;
    }
    return nullptr;
}

const Role *QuestionBank::role(const QString &roleId) const
{
    for (const Role &candidate : roles) {
        if (candidate.id == roleId)
            return &candidate;
    }
    return nullptr;
}

QList<const Question *> QuestionBank::questions() const
{
    QList<const Question *> all;
    all.reserve(questionCount());
    for (const Section &s : sections) {
        for (const Question &q : s.questions)
            all.append(&q);
    }
    return all;
}

QList<const Question *> QuestionBank::questionsFor(const QString &roleId) const
{
    QList<const Question *> applicable;
    for (const Section &s : sections) {
        for (const Question &q : s.questions) {
            if (q.appliesTo(roleId))
                applicable.append(&q);
        }
    }
    return applicable;
}

int QuestionBank::questionCount() const
{
    int count = 0;
    for (const Section &s : sections)
        count += s.questions.size();
    return count;
}

namespace {

// Replaces target with the translation's value for a field, when it has a non-blank one.
bool take(const TranslatedItem &item, const char *field, QString &target)
{
    const QString value = item.fields.value(QLatin1String(field)).trimmed();
    if (value.isEmpty())
        return false;
    target = value;
    return true;
}

} // namespace

bool QuestionBank::translate(const QString &languageCode)
{
    if (languageCode == language)
        return true;
    const auto found = translations.constFind(languageCode);
    if (found == translations.constEnd())
        return false;
    const BankTranslation &translation = *found;

    TranslatedItem bankItem;
    bankItem.fields = translation.fields;
    take(bankItem, "title", title);
    take(bankItem, "description", description);
    for (Role &role : roles) {
        const TranslatedItem item = translation.roles.value(role.id);
        take(item, "title", role.title);
        take(item, "description", role.description);
    }
    for (Section &section : sections) {
        const TranslatedItem item = translation.sections.value(section.id);
        take(item, "title", section.title);
        take(item, "summary", section.summary);
        for (Question &question : section.questions) {
            const TranslatedItem q = translation.questions.value(question.id);
            question.textTranslated = take(q, "text", question.text);
            take(q, "why", question.why);
            take(q, "howToKnow", question.howToKnow);
            take(q, "statutoryBasis", question.statutoryBasis);
            take(q, "levels.fullyMet", question.levels.fullyMet);
            take(q, "levels.mostlyMet", question.levels.mostlyMet);
            take(q, "levels.partiallyMet", question.levels.partiallyMet);
            take(q, "levels.notMet", question.levels.notMet);
        }
    }
    for (GlossaryEntry &entry : glossary) {
        const auto item = translation.glossary.constFind(entry.term);
        if (item == translation.glossary.constEnd())
            continue;
        QStringList names = item->aliases;
        names << entry.term << entry.aliases;
        take(*item, "term", entry.term);
        take(*item, "definition", entry.definition);
        // The English names follow the translated ones, so that a question still in English
        // finds the entry; none repeats the term or another alias.
        entry.aliases.clear();
        for (const QString &name : qAsConst(names)) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty() || trimmed.compare(entry.term, Qt::CaseInsensitive) == 0 ||
                entry.aliases.contains(trimmed, Qt::CaseInsensitive))
                continue;
            entry.aliases.append(trimmed);
        }
    }
    language = languageCode;
    return true;
}

const GlossaryEntry *QuestionBank::glossaryEntry(const QString &termOrAlias) const
{
    for (const GlossaryEntry &entry : glossary) {
        if (entry.term.compare(termOrAlias, Qt::CaseInsensitive) == 0)
            return &entry;
        for (const QString &alias : entry.aliases) {
            if (alias.compare(termOrAlias, Qt::CaseInsensitive) == 0)
                return &entry;
        }
    }
    return nullptr;
}

} // namespace Waymark
