#pragma once

#include <QByteArray>
#include <QString>

namespace Waymark {

// What a PDF's document information dictionary says about it.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;

    // Appends an incremental update to a finished PDF whose document information dictionary
    // holds these entries, keeping the writer's producer and creation date. Qt 6.4's QPdfWriter
    // sets only title and creator and has no setters for the rest. Empty when pdf does not end
    // in a classic cross-reference table and trailer.
    QByteArray addTo(const QByteArray &pdf) const;
};

} // namespace Waymark
