#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "files/SafeSave.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Waymark {

// CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads Welsh and other
// non-ASCII text correctly), CRLF line ends, RFC 4180 quoting, and a leading apostrophe on any
// cell that a spreadsheet would otherwise run as a formula (one starting with =, +, -, @, tab or
// carriage return), because answers and notes are free text that someone else may open.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::CsvExport)

public:
    // One row per question that applies to the assessment's role, in bank order: Section,
    // Question ID, Question, Gate, Weight, Answer, Evidence, Note, Flagged, Last changed (local
    // time, "yyyy-MM-dd HH:mm").
    static QByteArray answers(const Assessment &assessment, const QuestionBank &bank);

    // One row per action, in plan order: Question ID, Question, What, Who, Due, Status.
    static QByteArray actionPlan(const Assessment &assessment, const QuestionBank &bank);

    // The same, saved with saveFileSafely(), never over one of the protected files.
    static SaveResult writeAnswers(const QString &path, const Assessment &assessment,
                                   const QuestionBank &bank,
                                   const ProtectedFiles &protectedFiles = {});
    static SaveResult writeActionPlan(const QString &path, const Assessment &assessment,
                                      const QuestionBank &bank,
                                      const ProtectedFiles &protectedFiles = {});

    // Building blocks, public for tests: one cell, guarded and quoted; a table with BOM and CRLF.
    static QString cell(const QString &text);
    static QByteArray table(const QList<QStringList> &rows);
};

} // namespace Waymark
