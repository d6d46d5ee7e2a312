#pragma once

#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace Waymark {

// The local files among what was dropped on a window; links and other URLs are left out.
inline QStringList droppedFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace Waymark
