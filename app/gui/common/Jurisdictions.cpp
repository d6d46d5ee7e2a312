#include "common/Jurisdictions.h"

#include "bank/BankLibrary.h"

#include <QComboBox>

namespace Waymark {

QComboBox *makeJurisdictionCombo(const QuestionBank &latest, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const Jurisdiction &jurisdiction : latest.jurisdictions)
        combo->addItem(jurisdiction.title, jurisdiction.id);
    // A bank that does not distinguish jurisdictions still records the default one.
    if (combo->count() == 0)
        combo->addItem(AssessmentInfo::defaultJurisdiction(),
                       AssessmentInfo::defaultJurisdiction());
    return combo;
}

void chooseJurisdiction(QComboBox *combo, const QString &jurisdictionId)
{
    combo->setCurrentIndex(qMax(0, combo->findData(jurisdictionId)));
}

QString jurisdictionTitle(BankLibrary &banks, const QuestionBank &bank,
                          const QString &jurisdictionId)
{
    for (const QuestionBank *source : {&bank, &banks.latest()}) {
        if (const Jurisdiction *jurisdiction = source->jurisdiction(jurisdictionId))
            return jurisdiction->title;
    }
    return jurisdictionId;
}

} // namespace Waymark
