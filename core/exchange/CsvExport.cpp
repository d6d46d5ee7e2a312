#include "exchange/CsvExport.h"

#include "files/SafeSave.h"

namespace Waymark {

namespace {

QString yesNo(bool value)
{
    return value ? CsvExport::tr("Yes") : CsvExport::tr("No");
}

} // namespace

QString CsvExport::cell(const QString &text)
{
    QString value = text;
    // A spreadsheet runs a cell that starts like a formula ("=HYPERLINK(...)", "@SUM(...)"), and
    // "-" or "+" can start one too; the apostrophe makes it plain text and is not displayed.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));

    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvExport::table(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &text : row)
            cells.append(cell(text));
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvExport::answers(const Assessment &assessment, const QuestionBank &bank)
{
    QList<QStringList> rows;
    rows.append({tr("Section"), tr("Question ID"), tr("Question"), tr("Gate"), tr("Weight"),
                 tr("Answer"), tr("Evidence"), tr("Note"), tr("Flagged"), tr("Last changed")});
    for (const Question *question : bank.questionsFor(assessment.info.roleId)) {
        const Section *section = bank.section(question->sectionId);
        const Answer answer = assessment.answer(question->id);
        rows.append({section ? section->title : question->sectionId, question->id, question->text,
                     yesNo(question->gate), QString::number(question->weight),
                     ratingLabel(answer.rating), answer.evidence, answer.note,
                     answer.flagged ? tr("Yes") : QString(),
                     answer.updated.isValid()
                         ? answer.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString()});
    }
    return table(rows);
}

QByteArray CsvExport::actionPlan(const Assessment &assessment, const QuestionBank &bank)
{
    QList<QStringList> rows;
    rows.append(
        {tr("Question ID"), tr("Question"), tr("What"), tr("Who"), tr("Due"), tr("Status")});
    for (const Action &action : assessment.actions) {
        const Question *question = bank.question(action.questionId);
        rows.append({action.questionId, question ? question->text : QString(), action.what,
                     action.who,
                     action.due.isValid() ? action.due.toString(Qt::ISODate) : QString(),
                     actionStatusLabel(action.status)});
    }
    return table(rows);
}

SaveResult CsvExport::writeAnswers(const QString &path, const Assessment &assessment,
                                   const QuestionBank &bank, const ProtectedFiles &protectedFiles)
{
    return saveFileSafely(path, answers(assessment, bank), protectedFiles);
}

SaveResult CsvExport::writeActionPlan(const QString &path, const Assessment &assessment,
                                      const QuestionBank &bank,
                                      const ProtectedFiles &protectedFiles)
{
    return saveFileSafely(path, actionPlan(assessment, bank), protectedFiles);
}

} // namespace Waymark
