#include "bank/BankLibrary.h"

#include "bank/BankLoader.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::BankLibrary", text);
}

QString keyOf(const QString &bankId, const QString &version, const QString &jurisdiction = {})
{
    return bankId + QLatin1Char('\n') + version + QLatin1Char('\n') + jurisdiction;
}

} // namespace

BankLibrary::BankLibrary(const QString &languageCode)
    : m_language(languageCode)
{
}

BankLibrary::BankLibrary(QuestionBank latest, const QString &languageCode)
    : m_language(languageCode)
{
    m_latestVersion = latest.version;
    keep(std::move(latest), keyOf(QString(), QStringLiteral("latest")));
}

BankLibrary::~BankLibrary() = default;

const QuestionBank &BankLibrary::keep(QuestionBank bank, const QString &key)
{
    bank.translate(m_language);
    auto kept = std::make_unique<QuestionBank>(std::move(bank));
    const QuestionBank &reference = *kept;
    m_banks[key] = std::move(kept);
    // The latest is also found under its own id and version.
    if (key == keyOf(QString(), QStringLiteral("latest")))
        m_banks[keyOf(reference.id, reference.version)] =
            std::make_unique<QuestionBank>(reference);
    return reference;
}

const QuestionBank &BankLibrary::latest()
{
    const auto found = m_banks.find(keyOf(QString(), QStringLiteral("latest")));
    if (found != m_banks.end())
        return *found->second;
    BankLoadResult loaded = BankLoader::loadBuiltIn();
    // The built-in bank is part of the program and tested; if it ever failed to read, an empty
    // bank is safer than a crash, and every view shows nothing to answer.
    QuestionBank bank = loaded.bank.value_or(QuestionBank());
    m_latestVersion = bank.version;
    return keep(std::move(bank), keyOf(QString(), QStringLiteral("latest")));
}

void BankLibrary::add(const QuestionBank &bank)
{
    // Keyed by id and version, replacing an earlier copy; the applied forms made from the earlier
    // copy are dropped so that they are made again from this one.
    for (auto it = m_banks.begin(); it != m_banks.end();) {
        if (it->first.startsWith(keyOf(bank.id, bank.version)) &&
            it->first != keyOf(bank.id, bank.version))
            it = m_banks.erase(it);
        else
            ++it;
    }
    keep(bank, keyOf(bank.id, bank.version));
}

const QuestionBank *BankLibrary::find(const QString &bankId, const QString &version)
{
    const QString key = keyOf(bankId, version);
    const auto found = m_banks.find(key);
    if (found != m_banks.end())
        return found->second.get();
    const QuestionBank &newest = latest();
    if (bankId != newest.id || !BankLoader::builtInVersions().contains(version))
        return nullptr;
    BankLoadResult loaded = BankLoader::loadBuiltIn(version);
    if (!loaded.ok())
        return nullptr;
    return &keep(std::move(*loaded.bank), key);
}

const QuestionBank &BankLibrary::bank(const QString &bankId, const QString &version,
                                      QString *note)
{
    if (const QuestionBank *found = find(bankId, version))
        return *found;
    const QuestionBank &newest = latest();
    if (note) {
        *note = tr("This assessment was answered against %1 version %2, which this Waymark does "
                   "not have; it is shown against version %3, matching questions by their id.")
                    .arg(bankId, version, newest.version);
    }
    return newest;
}

const QuestionBank &BankLibrary::applied(const QString &bankId, const QString &version,
                                         const QString &jurisdiction, QString *note)
{
    const QuestionBank &source = bank(bankId, version, note);
    const QString key = keyOf(source.id, source.version, jurisdiction);
    const auto found = m_banks.find(key);
    if (found != m_banks.end())
        return *found->second;
    // A jurisdiction the bank does not know (a bank without jurisdictions applies everywhere)
    // falls back to the bank's first, so that the assessment still opens.
    QString applies = jurisdiction;
    if (!source.jurisdictions.isEmpty() && !source.hasJurisdiction(applies)) {
        applies = source.jurisdictions.constFirst().id;
        if (note && note->isEmpty()) {
            *note = tr("The question bank has no jurisdiction %1; the assessment is shown under "
                       "the law of %2.")
                        .arg(jurisdiction, source.jurisdictions.constFirst().title);
        }
    }
    auto kept = std::make_unique<QuestionBank>(source.inJurisdiction(applies));
    const QuestionBank &reference = *kept;
    m_banks[key] = std::move(kept);
    return reference;
}

const QuestionBank &BankLibrary::forAssessment(const AssessmentInfo &info, QString *note)
{
    return applied(info.bankId, info.bankVersion, info.jurisdiction, note);
}

} // namespace Waymark
