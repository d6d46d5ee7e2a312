#pragma once
// Golden files: a folder of inputs (NAME.json), each with NAME.expected beside it holding exactly
// what a test must get from it, one line each, written by hand and checked line by line. A new
// input without its .expected fails the test, which prints what it got, to check and write.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace GoldenFiles {

inline QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// One data row per input in folder, in name order, in a column "name" (the file name). A folder
// with fewer than atLeast inputs fails: a glob that matches nothing must not pass as a test.
inline void addRows(const QString &folder, int atLeast)
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= atLeast);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// Compares what the test got from input with input's .expected lines (blank lines aside).
inline void compare(const QStringList &actual, const QString &input)
{
    const QFileInfo info(input);
    const QString expectedPath =
        info.dir().filePath(info.completeBaseName() + QStringLiteral(".expected"));
    QVERIFY2(QFile::exists(expectedPath),
             qPrintable(QStringLiteral("missing %1; the test got:\n%2")
                            .arg(expectedPath, actual.join(QLatin1Char('\n')))));
    const QStringList expected =
        QString::fromUtf8(read(expectedPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(actual, expected);
}

} // namespace GoldenFiles
