#include "exchange/ExchangeFile.h"

#include "bank/BankLibrary.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeWriter.h"
#include "files/BoundedFile.h"
#include "files/SafeSave.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Waymark {

QString ExchangeProblem::toString() const
{
    if (field.isEmpty())
        return file + QLatin1String(": ") + message;
    return file + QLatin1String(": ") + field + QLatin1String(": ") + message;
}

QString ExchangeFile::formatName()
{
    return QStringLiteral("waymark-assessment");
}

QByteArray ExchangeFile::toJson(const Assessment &assessment, const QuestionBank *bank)
{
    return ExchangeWriter::toJson(assessment, bank);
}

QStringList ExchangeFile::exportProblems(const Assessment &assessment, const QuestionBank &bank)
{
    // Whatever Waymark exports, Waymark imports: the file is read back as an import reads it,
    // before it is written. All but the clock: the times are this computer's, and the file will
    // be read on another.
    const ExchangeReadResult read =
        ExchangeReader::read(toJson(assessment, &bank), bank, QString(), QDateTime());
    const ExchangeQuestionStates states = ExchangeWriter::questionStates(assessment, &bank);
    static const QRegularExpression listItem(
        QStringLiteral("^(answers|cleared|actions)\\[(\\d+)\\]"));
    QStringList problems;
    for (const ExchangeProblem &problem : read.problems) {
        // A member knows an answer by its question, not by its place in a file not yet written.
        QString where = problem.field;
        const QRegularExpressionMatch item = listItem.match(where);
        if (item.hasMatch()) {
            const int index = item.captured(2).toInt();
            const QStringList &ids =
                item.captured(1) == QLatin1String("answers") ? states.answered : states.cleared;
            if (item.captured(1) == QLatin1String("actions"))
                where += QStringLiteral(" (%1)").arg(
                    QCoreApplication::translate("Waymark::ExchangeFile", "action %1")
                        .arg(index + 1));
            else if (index < ids.size())
                where += QStringLiteral(" (%1)").arg(ids.at(index));
        }
        problems.append(where.isEmpty() ? problem.message
                                        : where + QStringLiteral(": ") + problem.message);
    }
    return problems;
}

SaveResult ExchangeFile::write(const QString &path, const Assessment &assessment,
                               const QuestionBank *bank, const ProtectedFiles &protectedFiles)
{
    return saveFileSafely(path, toJson(assessment, bank), protectedFiles);
}

ExchangeReadResult ExchangeFile::fromJson(const QByteArray &data, const QuestionBank &bank,
                                          const QString &displayName)
{
    return ExchangeReader::read(data, bank, displayName,
                                QDateTime::currentDateTimeUtc().addSecs(MaxClockAheadSecs));
}

namespace {

// The bytes of an exchange file: never more than MaxFileSize, and only from an ordinary file: a
// huge file, a device that never ends or a FIFO nobody writes to is refused at once
// (BoundedFile). On failure, the problem.
std::optional<QByteArray> readBytes(const QString &path, ExchangeReadResult &failed)
{
    const BoundedFile::Result read = BoundedFile::read(path, ExchangeFile::MaxFileSize);
    if (read.ok())
        return read.data;
    QString message = read.message;
    if (read.problem == BoundedFile::Problem::CannotOpen) {
        message = QCoreApplication::translate("Waymark::ExchangeFile", "cannot open the file: %1")
                      .arg(read.reason);
    } else if (read.problem == BoundedFile::Problem::CannotRead) {
        message = QCoreApplication::translate("Waymark::ExchangeFile", "cannot read the file: %1")
                      .arg(read.reason);
    } else if (read.problem == BoundedFile::Problem::TooLarge) {
        message = QCoreApplication::translate(
            "Waymark::ExchangeFile", "the file is larger than 16 MiB, the most an exchange "
                                     "file may be; it cannot be a Waymark assessment");
    }
    failed.problems.append({path, QString(), message});
    return std::nullopt;
}

} // namespace

ExchangeReadResult ExchangeFile::read(const QString &path, const QuestionBank &bank)
{
    ExchangeReadResult failed;
    const std::optional<QByteArray> data = readBytes(path, failed);
    return data ? fromJson(*data, bank, path) : failed;
}

ExchangeReadResult ExchangeFile::fromJson(const QByteArray &data, BankLibrary &banks,
                                          const QString &displayName)
{
    const ExchangeReader::BankChooser choose =
        [&banks](const QString &version) -> const QuestionBank & {
        const QuestionBank &latest = banks.latest();
        return version.isEmpty() ? latest : banks.bank(latest.id, version);
    };
    return ExchangeReader::read(data, choose, displayName,
                                QDateTime::currentDateTimeUtc().addSecs(MaxClockAheadSecs));
}

ExchangeReadResult ExchangeFile::read(const QString &path, BankLibrary &banks)
{
    ExchangeReadResult failed;
    const std::optional<QByteArray> data = readBytes(path, failed);
    return data ? fromJson(*data, banks, path) : failed;
}

} // namespace Waymark
