#pragma once

#include "bank/QuestionBank.h"

#include <QString>

class QComboBox;
class QWidget;

namespace Waymark {

class BankLibrary;

// The laws an assessment or a workshop can be made under (England, Wales), as the app offers and
// names them: always the latest bank's, whose titles are in the app's language.

// A choice of the latest bank's jurisdictions; each item's data is the jurisdiction's id. The
// caller gives it its object and accessible names.
QComboBox *makeJurisdictionCombo(const QuestionBank &latest, QWidget *parent);
// Chooses the jurisdiction of that id; one the combo does not have leaves the first chosen.
void chooseJurisdiction(QComboBox *combo, const QString &jurisdictionId);

// A jurisdiction's title: as the bank names it, else as the latest bank does (a bank of format 1
// has none of its own), else its id.
QString jurisdictionTitle(BankLibrary &banks, const QuestionBank &bank,
                          const QString &jurisdictionId);

} // namespace Waymark
