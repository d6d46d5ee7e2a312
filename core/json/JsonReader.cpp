#include "json/JsonReader.h"

#include <QStringDecoder>

#include <algorithm>

namespace Waymark {

namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// The offset of the first byte that is not UTF-8 in data (which QStringDecoder says has one), so
// that the message can point at it. Feeding chunks and then single bytes to a stateful decoder
// keeps this linear however long the line is.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    constexpr qsizetype Chunk = 4096;
    QStringDecoder chunks(QStringDecoder::Utf8);
    qsizetype start = 0;
    for (; start < data.size(); start += Chunk) {
        const QString ignored = chunks.decode(data.sliced(start, qMin(Chunk, data.size() - start)));
        if (chunks.hasError())
            break;
    }
    if (start >= data.size()) {
        // Only the end is incomplete: the file stops inside a character. Point at its first byte.
        qsizetype lead = data.size();
        while (lead > 0 && (uchar(data.at(lead - 1)) & 0xC0) == 0x80)
            --lead;
        return lead > 0 && uchar(data.at(lead - 1)) >= 0xC0 ? lead - 1 : lead;
    }
    QStringDecoder bytes(QStringDecoder::Utf8);
    const QString ignored = bytes.decode(data.first(start));
    for (qsizetype i = start; i < data.size(); ++i) {
        const QString ignoredByte = bytes.decode(data.sliced(i, 1));
        if (bytes.hasError())
            return i;
    }
    return data.size();
}

// 1-based line and column of a byte offset in text.
void lineAndColumn(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    int l = 1;
    qsizetype lineStart = 0;
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(end - lineStart + 1);
}

// Whether data holds nothing but white space, as QByteArray::trimmed() counts it, without the
// copy trimmed() would make of a file of up to 16 MiB.
bool isBlank(QByteArrayView data)
{
    return std::all_of(data.begin(), data.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

bool isUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    return !decoder.hasError();
}

} // namespace

JsonReader::Result JsonReader::read(const QByteArray &text, const Options &options)
{
    Result result;
    const qsizetype bom = text.startsWith(Utf8Bom) ? Utf8Bom.size() : 0;
    // The text after the mark, without a copy: text outlives every use of it here.
    const QByteArray data = QByteArray::fromRawData(text.constData() + bom, text.size() - bom);
    if (isBlank(data)) {
        result.outcome = Outcome::Empty;
        return result;
    }
    if (options.requireUtf8 && !isUtf8(data)) {
        result.outcome = Outcome::NotUtf8;
        lineAndColumn(text, bom + firstInvalidUtf8(data), &result.line, &result.column);
        return result;
    }
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.outcome = Outcome::NotJson;
        result.syntaxError = parseError.errorString();
        lineAndColumn(text, bom + parseError.offset, &result.line, &result.column);
        return result;
    }
    if (options.scan != Scan::None) {
        result.scan = JsonScan::scan(text, options.paths,
                                     options.scan == Scan::ProblemsAndLines ? JsonScan::Lines::Map
                                                                            : JsonScan::Lines::Skip,
                                     bom);
    }
    return result;
}

} // namespace Waymark
