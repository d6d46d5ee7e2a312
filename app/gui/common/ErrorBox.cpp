#include "common/ErrorBox.h"

#include <QMessageBox>

namespace Waymark {

void showErrorBox(QWidget *parent, const QString &objectName, const QString &title,
                  const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    box.exec();
}

} // namespace Waymark
