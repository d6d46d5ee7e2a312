#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFile;

namespace Waymark {

// Reading a file that someone named (on the command line, in a dialog, as a backup to restore)
// without trusting it. A file is read only when it is an ordinary file no larger than the limit
// for its kind; a folder, a device (/dev/zero never ends), a pipe or FIFO (it may never open, or
// never end) and a socket are refused before a byte is read, and so is a larger file. Whatever
// was named, Waymark's memory stays bounded and the command ends at once.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::BoundedFile)

public:
    // The limits of docs/cli.md, "Files Waymark reads". The built-in bank with its Welsh is
    // 0.4 MiB, so a partnership's bank of 16 MiB would be forty times larger.
    static constexpr qint64 MaxBankSize = 16 * 1024 * 1024;
    // A backup to restore: a database of 1,000 full Lead Member assessments, a large council's
    // members over a decade, is 47 MiB (docs/performance.md); 1 GiB leaves twenty times that.
    static constexpr qint64 MaxDatabaseSize = qint64(1024) * 1024 * 1024;

    enum class Problem
    {
        None,
        CannotOpen, // missing, no permission
        NotAFile,   // a folder, a device, a FIFO or a socket
        TooLarge,
        CannotRead,
    };

    struct Result
    {
        Problem problem = Problem::None;
        QByteArray data;
        // Why, for CannotOpen and CannotRead: the system's own words ("No such file or
        // directory"), so that callers can keep their established messages.
        QString reason;
        // What is wrong, translated, without the file's name (callers put it in front).
        QString message;

        bool ok() const { return problem == Problem::None; }
    };

    // Opens file (path) for reading when it is an ordinary file of at most limit bytes. The
    // check is made on what was opened, so a file swapped for a FIFO in between cannot hang it.
    static Result open(QFile &file, const QString &path, qint64 limit);

    // Reads the whole file under the same conditions; a file that grows past the limit while
    // it is read is refused as too large.
    static Result read(const QString &path, qint64 limit);

    // A limit as messages show it: "16 MiB", "1 GiB".
    static QString sizeText(qint64 bytes);
};

} // namespace Waymark
