#pragma once

#include "text/ControlCharacters.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace Waymark::Cli {

// The one way waymark-cli shows text it did not write itself — names, titles and notes from a
// database, a question bank's texts, file names, values typed on the command line — so that
// stored text can neither drive the terminal (escape sequences, BEL, C1 controls) nor reorder
// what a line says (bidi controls): each control character is shown as \uXXXX, the escape JSON
// uses; letters, accents and emoji print as they are. A newline is escaped too, so that a field
// stays on its line, unless the text is meant to span lines. docs/cli.md documents the form.
QString visible(QStringView text, Newlines newlines = Newlines::Escape);

// stdout or stderr as waymark-cli writes them: everything passes through visible() with its
// newlines kept. Every place that shows stored text calls visible() itself; this catches what
// any message composed elsewhere (core, Qt) quotes, so that no raw control character reaches the
// terminal whoever wrote the message.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE *file);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    // Stateful: QTextStream may split a UTF-8 sequence between two writes.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace Waymark::Cli
