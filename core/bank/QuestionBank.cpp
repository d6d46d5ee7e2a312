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

// Replaces an override's field with its translation, when the translation gives one.
void takeOverride(const QHash<QString, QString> &fields, const char *field,
                  std::optional<QString> &target)
{
    const QString value = fields.value(QLatin1String(field)).trimmed();
    if (!value.isEmpty() && target)
        target = value;
}

void translateOverride(const QHash<QString, QString> &fields, QuestionOverride &over)
{
    takeOverride(fields, "text", over.text);
    takeOverride(fields, "why", over.why);
    takeOverride(fields, "howToKnow", over.howToKnow);
    takeOverride(fields, "statutoryBasis", over.statutoryBasis);
    if (over.levels) {
        TranslatedItem levels;
        levels.fields = fields;
        take(levels, "levels.fullyMet", over.levels->fullyMet);
        take(levels, "levels.mostlyMet", over.levels->mostlyMet);
        take(levels, "levels.partiallyMet", over.levels->partiallyMet);
        take(levels, "levels.notMet", over.levels->notMet);
    }
}

} // namespace

std::optional<QuestionMapping::Change> QuestionMapping::changeFromKey(const QString &key)
{
    static const QHash<QString, Change> changes = {
        {QStringLiteral("same"), Change::Same},     {QStringLiteral("reworded"), Change::Reworded},
        {QStringLiteral("merged"), Change::Merged}, {QStringLiteral("split"), Change::Split},
        {QStringLiteral("moved"), Change::Moved},   {QStringLiteral("retired"), Change::Retired},
    };
    const auto found = changes.constFind(key);
    return found == changes.constEnd() ? std::nullopt : std::optional<Change>(*found);
}

QString QuestionMapping::keyOf(Change change)
{
    switch (change) {
    case Change::Same:
        return QStringLiteral("same");
    case Change::Reworded:
        return QStringLiteral("reworded");
    case Change::Merged:
        return QStringLiteral("merged");
    case Change::Split:
        return QStringLiteral("split");
    case Change::Moved:
        return QStringLiteral("moved");
    case Change::Retired:
        return QStringLiteral("retired");
    }
    return QString();
}

const QuestionMapping *BankMapping::of(const QString &earlierId) const
{
    for (const QuestionMapping &entry : questions) {
        if (entry.from == earlierId)
            return &entry;
    }
    return nullptr;
}

QStringList BankMapping::earlierIdsOf(const QString &questionId) const
{
    QStringList earlier;
    for (const QuestionMapping &entry : questions) {
        if (entry.to.contains(questionId))
            earlier.append(entry.from);
    }
    return earlier;
}

bool QuestionBank::hasJurisdiction(const QString &jurisdictionId) const
{
    return jurisdiction(jurisdictionId) != nullptr;
}

const Jurisdiction *QuestionBank::jurisdiction(const QString &jurisdictionId) const
{
    for (const Jurisdiction &candidate : jurisdictions) {
        if (candidate.id == jurisdictionId)
            return &candidate;
    }
    return nullptr;
}

QString QuestionBank::jurisdictionTitle(const QString &jurisdictionId) const
{
    const Jurisdiction *found = jurisdiction(jurisdictionId);
    return found ? found->title : QString();
}

QuestionBank QuestionBank::inJurisdiction(const QString &jurisdictionId) const
{
    if (jurisdictions.isEmpty())
        return *this;
    QuestionBank applied = *this;
    applied.appliedJurisdiction = jurisdictionId;
    applied.sections.clear();
    if (!hasJurisdiction(jurisdictionId)) {
        applied.buildIndex();
        return applied;
    }
    for (const Section &section : sections) {
        Section kept = section;
        kept.questions.clear();
        for (const Question &question : section.questions) {
            if (!question.appliesIn(jurisdictionId))
                continue;
            Question resolved = question;
            const auto over = question.byJurisdiction.constFind(jurisdictionId);
            if (over != question.byJurisdiction.constEnd()) {
                resolved.text = over->text.value_or(question.text);
                resolved.why = over->why.value_or(question.why);
                resolved.howToKnow = over->howToKnow.value_or(question.howToKnow);
                resolved.statutoryBasis = over->statutoryBasis.value_or(question.statutoryBasis);
                resolved.levels = over->levels.value_or(question.levels);
                resolved.source = over->source.value_or(question.source);
                resolved.gate = over->gate.value_or(question.gate);
            }
            resolved.byJurisdiction.clear();
            kept.questions.append(resolved);
        }
        if (!kept.questions.isEmpty())
            applied.sections.append(kept);
    }
    // A translation of an override becomes the question's own, so that translating the applied
    // bank later says what the override says.
    for (BankTranslation &translation : applied.translations) {
        for (auto item = translation.questions.begin(); item != translation.questions.end();
             ++item) {
            const auto fields = item->byJurisdiction.constFind(jurisdictionId);
            if (fields != item->byJurisdiction.constEnd()) {
                for (auto field = fields->constBegin(); field != fields->constEnd(); ++field)
                    item->fields.insert(field.key(), field.value());
            }
            item->byJurisdiction.clear();
        }
    }
    applied.buildIndex();
    return applied;
}

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
    for (Jurisdiction &jurisdiction : jurisdictions)
        take(translation.jurisdictions.value(jurisdiction.id), "title", jurisdiction.title);
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
            for (auto over = question.byJurisdiction.begin(); over != question.byJurisdiction.end();
                 ++over)
                translateOverride(q.byJurisdiction.value(over.key()), *over);
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
