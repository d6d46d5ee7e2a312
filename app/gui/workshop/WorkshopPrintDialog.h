#pragma once

#include "report/WorkshopPackComposer.h"

#include <QDialog>

class QCheckBox;

namespace Waymark {

// The two choices before the workshop pack is previewed or saved: members anonymised (Member A,
// B, …) and each member's own review as an appendix.
class WorkshopPrintDialog : public QDialog
{
    Q_OBJECT

public:
    // goText names what the OK button does: "Show the preview", "Save the PDF…".
    WorkshopPrintDialog(const QString &goText, bool anonymised, QWidget *parent = nullptr);

    WorkshopPackOptions options() const;

private:
    QCheckBox *m_anonymise = nullptr;
    QCheckBox *m_reviews = nullptr;
};

} // namespace Waymark
