#include "pdf/PdfDocumentInfo.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Waymark {

namespace {

// A PDF hex string of text as UTF-16BE after a byte order mark: any text, no escaping.
QByteArray utf16Hex(const QString &text)
{
    QByteArray out("<FEFF");
    out.reserve(6 + text.size() * 4);
    for (QChar c : text)
        out.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper());
    out.append('>');
    return out;
}

// The bytes of a PDF literal string "(...)", its escapes undone.
QByteArray unescapeLiteral(const QByteArray &token)
{
    QByteArray bytes;
    for (qsizetype i = 1; i + 1 < token.size(); ++i) {
        char c = token.at(i);
        if (c == '\\' && i + 2 < token.size()) {
            c = token.at(++i);
            if (c >= '0' && c <= '7') {
                int value = 0;
                int digits = 0;
                while (digits < 3 && i + 1 < token.size() && token.at(i) >= '0' &&
                       token.at(i) <= '7') {
                    value = value * 8 + (token.at(i) - '0');
                    ++i;
                    ++digits;
                }
                --i;
                bytes.append(char(value));
                continue;
            }
            switch (c) {
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case '\n':
                continue; // a line continued
            default:
                break; // ( ) \ stand for themselves
            }
        }
        bytes.append(c);
    }
    return bytes;
}

// The text of a PDF string object, literal "(...)" or hex "<...>": UTF-16BE after a byte order
// mark, else taken as Latin-1 (near enough to PDFDocEncoding for a producer's name).
QString decodePdfString(const QByteArray &token)
{
    const QByteArray bytes = token.startsWith('<')
                                 ? QByteArray::fromHex(token.mid(1, token.size() - 2))
                                 : unescapeLiteral(token);
    if (bytes.startsWith("\xFE\xFF")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            text.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
        return text;
    }
    return QString::fromLatin1(bytes);
}

// The writer's producer and creation date, from its own information dictionary `number
// generation obj`; either is left empty when it is not there or not as a writer puts it.
void readWritersInfo(const QByteArray &pdf, const QString &number, const QString &generation,
                     QString *producer, QByteArray *creationDate)
{
    const QByteArray header = "\n" + number.toLatin1() + ' ' + generation.toLatin1() + " obj";
    const qsizetype objectAt = pdf.indexOf(header);
    const qsizetype endAt = objectAt < 0 ? -1 : pdf.indexOf("endobj", objectAt);
    if (endAt <= objectAt)
        return;
    const QString object = QString::fromLatin1(pdf.mid(objectAt, endAt - objectAt));
    // Literal strings with balanced, unescaped brackets, or hex strings: what a writer puts
    // there; anything else is left out rather than copied wrongly.
    const QString value = QStringLiteral("\\s*(\\((?:[^()\\\\]|\\\\.)*\\)|<[0-9A-Fa-f\\s]*>)");
    const QRegularExpressionMatch p =
        QRegularExpression(QStringLiteral("/Producer") + value).match(object);
    const QRegularExpressionMatch d =
        QRegularExpression(QStringLiteral("/CreationDate") + value).match(object);
    if (p.hasMatch())
        *producer = decodePdfString(p.captured(1).toLatin1());
    // A date is plain ASCII, so it is copied as it is, but only when it looks like one.
    if (d.hasMatch() && QRegularExpression(QStringLiteral("^\\(D:[0-9Z+\\-']+\\)$"))
                            .match(d.captured(1))
                            .hasMatch())
        *creationDate = d.captured(1).toLatin1();
}

} // namespace

QByteArray PdfDocumentInfo::addTo(const QByteArray &pdf) const
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return {};
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    const QRegularExpressionMatch prev =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(tail);
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(tail);
    const QRegularExpressionMatch info =
        QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R")).match(tail);
    if (!prev.hasMatch() || !size.hasMatch() || !root.hasMatch())
        return {};

    QString producer;
    QByteArray creationDate;
    if (info.hasMatch())
        readWritersInfo(pdf, info.captured(1), info.captured(2), &producer, &creationDate);
    if (creationDate.isEmpty()) {
        creationDate =
            "(D:" +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
            "Z)";
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const QByteArray number = size.captured(1).toLatin1();
    const qsizetype objectOffset = out.size();
    out.append(number + " 0 obj\n<<");
    const auto entry = [&out](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        out.append("\n/").append(key).append(' ').append(utf16Hex(value));
    };
    entry("Title", title);
    entry("Author", author);
    entry("Subject", subject);
    entry("Keywords", keywords);
    entry("Creator", creator);
    entry("Producer", producer);
    out.append("\n/CreationDate ").append(creationDate);
    out.append("\n>>\nendobj\n");

    const qsizetype xrefOffset = out.size();
    out.append("xref\n" + number + " 1\n");
    out.append(QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n\r\n");
    out.append("trailer\n<< /Size " + QByteArray::number(number.toLongLong() + 1) + " /Root " +
               root.captured(1).toLatin1() + " /Info " + number + " 0 R /Prev " +
               prev.captured(1).toLatin1());
    if (id.hasMatch())
        out.append(" /ID " + id.captured(1).toLatin1());
    out.append(" >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n");
    return out;
}

} // namespace Waymark
