#pragma once

#include <QString>

class QWidget;

namespace Waymark {

// Tells the member that something failed and waits until they have read it: a warning with one
// OK button. The object name lets tests tell one window's boxes from another's.
void showErrorBox(QWidget *parent, const QString &objectName, const QString &title,
                  const QString &message);

} // namespace Waymark
