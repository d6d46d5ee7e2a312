#include "TerminalText.h"

namespace Waymark::Cli {

QString visible(QStringView text, Newlines newlines)
{
    return escapeControlCharacters(text, newlines);
}

TerminalDevice::TerminalDevice(FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = visible(text, Newlines::Keep).toUtf8();
    if (std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file) != size_t(shown.size()) ||
        std::fflush(m_file) != 0)
        return -1;
    return size;
}

} // namespace Waymark::Cli
