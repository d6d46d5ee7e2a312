#pragma once

#include "json/JsonScan.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Waymark {

// The one way Waymark reads a JSON file a person handed it (a question bank, an exchange file):
// QJsonDocument parses, and JsonScan finds what it keeps quiet about. A byte order mark at the
// start, which Windows editors often write and JSON does not allow, is skipped, as QJsonDocument
// itself skips it. Every position is a 1-based line and column (counting bytes) in the text as
// given, byte order mark included, so that a person can find it in an editor.
class JsonReader
{
public:
    // What to look for beyond what QJsonDocument refuses.
    enum class Scan
    {
        // Nothing: a text whose every byte is checked elsewhere (the built-in bank at start-up,
        // which its tests read with Scan::ProblemsAndLines), read in a fraction of the time.
        None,
        // Duplicate keys and characters no text may hold (JsonScan).
        Problems,
        // Those, and the line of every value, for messages that give a line.
        ProblemsAndLines,
    };

    struct Options
    {
        Scan scan = Scan::ProblemsAndLines;
        JsonScan::Paths paths = JsonScan::Paths::Pointer;
        // Refuse bytes that are not UTF-8, which QJsonDocument quietly turns into U+FFFD.
        bool requireUtf8 = false;
    };

    enum class Outcome
    {
        Read,
        Empty,   // nothing but white space
        NotUtf8, // with requireUtf8: line and column of the first byte that is not
        NotJson, // line and column of the fault, and what QJsonDocument says of it
    };

    struct Result
    {
        Outcome outcome = Outcome::Read;
        QJsonDocument document; // when read
        JsonScan scan;          // when read, what Options::scan asked for
        int line = 0;
        int column = 0;
        QString syntaxError; // QJsonParseError::errorString(), for NotJson

        bool ok() const { return outcome == Outcome::Read; }
    };

    static Result read(const QByteArray &text, const Options &options);
};

} // namespace Waymark
