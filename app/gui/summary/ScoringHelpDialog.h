#pragma once

#include <QDialog>

namespace Waymark {

// "How scoring works": the rules of docs/scoring.md in plain words, so that a member can see why
// a section is Red or why the gateway is not passed.
class ScoringHelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScoringHelpDialog(QWidget *parent = nullptr);

    // The explanation as HTML, every sentence translatable.
    static QString explanationHtml();
};

} // namespace Waymark
