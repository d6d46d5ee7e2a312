#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace Waymark {

// The one way Waymark writes a file (exchange files, CSV exports, reports): through QSaveFile, so
// that a failed or interrupted save leaves any existing file at path exactly as it was, and with
// owner-only permissions (0600) from the moment the file appears, because assessments hold
// safeguarding notes about a council's children's services.
//
// On failure returns false and, when errorMessage is given, sets it to a translated message that
// names the path and the reason.
bool saveFileSafely(const QString &path, const QByteArray &data, QString *errorMessage);

// The same, for output produced piece by piece: writer writes to the device and returns false to
// abandon the save (the device's errorString() is then reported if it has one).
bool saveFileSafely(const QString &path, const std::function<bool(QIODevice &)> &writer,
                    QString *errorMessage);

} // namespace Waymark
