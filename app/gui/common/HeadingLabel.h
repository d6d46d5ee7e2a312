#pragma once

#include <QFont>
#include <QLabel>

namespace Waymark {

// A bold, wrapping label that heads a part of a view. Bold by weight, not colour, so that dark
// and high-contrast themes keep it readable.
inline QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

} // namespace Waymark
