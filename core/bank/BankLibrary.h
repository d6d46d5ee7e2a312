#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

#include <QString>

#include <map>
#include <memory>

namespace Waymark {

// The question banks an assessment can have been answered against: the built-in bank in every
// version Waymark ships (BankLoader::builtInVersions()) and any bank added (a partnership's own).
// Each assessment is shown, scored and printed against its own bank and version, as that bank
// applies under the assessment's jurisdiction, so that an assessment made against 1.0.0 keeps
// its meaning when 2.0.0 arrives.
//
// Banks are read on first use and kept; the references handed out stay valid for the library's
// life. One library is used from one thread.
class BankLibrary
{
public:
    // languageCode: the language every bank handed out is translated into ("en": as written).
    explicit BankLibrary(const QString &languageCode = QStringLiteral("en"));
    // With the latest built-in bank already read (the app reads it while Qt starts).
    BankLibrary(QuestionBank latest, const QString &languageCode);
    ~BankLibrary();
    BankLibrary(const BankLibrary &) = delete;
    BankLibrary &operator=(const BankLibrary &) = delete;

    // The latest built-in bank, with every jurisdiction's overrides: what a new assessment is
    // made against.
    const QuestionBank &latest();

    // Adds a bank of one's own; it is used for assessments of its id and version.
    void add(const QuestionBank &bank);

    // The bank of that id and version. A version (or id) it does not have gives the latest
    // built-in bank, with a note saying so, because an assessment must still open.
    const QuestionBank &bank(const QString &bankId, const QString &version,
                             QString *note = nullptr);
    // The same bank as it applies under a jurisdiction's law (QuestionBank::inJurisdiction).
    const QuestionBank &applied(const QString &bankId, const QString &version,
                                const QString &jurisdiction, QString *note = nullptr);
    // The bank an assessment was answered against, under its jurisdiction.
    const QuestionBank &forAssessment(const AssessmentInfo &info, QString *note = nullptr);

private:
    const QuestionBank *find(const QString &bankId, const QString &version);
    const QuestionBank &keep(QuestionBank bank, const QString &key);

    QString m_language;
    std::map<QString, std::unique_ptr<QuestionBank>> m_banks; // by key: id, version, jurisdiction
    QString m_latestVersion;
};

} // namespace Waymark
