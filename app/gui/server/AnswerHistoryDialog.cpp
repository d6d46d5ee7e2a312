#include "server/AnswerHistoryDialog.h"

#include "walkthrough/AssessmentDocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Waymark {

AnswerHistoryDialog::AnswerHistoryDialog(AssessmentDocument &document, const QString &questionId,
                                         const QList<AnswerChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_questionId(questionId)
{
    setObjectName(QStringLiteral("answerHistoryDialog"));
    setWindowTitle(tr("Earlier versions of the answer to %1").arg(questionId));
    resize(760, 420);
    auto *intro =
        new QLabel(tr("Every version the council's server kept, newest first. Choose one "
                      "and press Enter (Restore) to put it back; Undo takes it away again."),
                   this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Versions of the answer"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Changed by"), tr("Rating"), tr("Evidence"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Each change's "new" side is a version; a deletion leaves none.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->change == QLatin1String("delete"))
            continue;
        Answer version;
        version.rating = ratingFromKey(it->newRating).value_or(Rating::Unanswered);
        version.evidence = it->newEvidence;
        version.note = it->newNote;
        version.flagged = it->newFlagged;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            QLocale().toString(it->changedAt.toLocalTime(), QLocale::ShortFormat),
            it->changedBy,
            version.rating == Rating::Unanswered ? tr("None") : ratingLabel(version.rating),
            version.evidence,
            version.note,
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_versions.append(version);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setEnabled(false);
    // Choose a version, press Enter.
    m_restore->setDefault(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, &AnswerHistoryDialog::restoreChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    if (m_versions.isEmpty()) {
        auto *none = new QLabel(tr("The server has no earlier versions of this answer."), this);
        none->setObjectName(QStringLiteral("noHistoryLabel"));
        layout->addWidget(none);
    }
    layout->addWidget(buttons);
    m_table->setFocus();
    if (!m_versions.isEmpty())
        m_table->selectRow(0);
}

void AnswerHistoryDialog::restoreChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_versions.size())
        return;
    m_document.restoreAnswer(m_questionId, m_versions.at(row));
    accept();
}

} // namespace Waymark
