#include "glossary/GlossaryPanel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Waymark {

namespace {

constexpr int TermRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

GlossaryPanel::GlossaryPanel(const QuestionBank &bank, QWidget *parent)
    : QWidget(parent)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("glossaryPanel"));
    setAccessibleName(tr("Jargon buster"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setPlaceholderText(tr("Search the jargon buster"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the jargon buster"));
    m_search->setAccessibleDescription(
        tr("Type a word to list the terms that mention it. Press Down to move to the list."));
    m_search->installEventFilter(this);

    m_model = new QStandardItemModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Terms"));
    m_list->setAccessibleDescription(tr("Choose a term to read what it means."));

    auto *listLabel = new QLabel(tr("&Terms"), this);
    listLabel->setBuddy(m_list);

    m_definition = new QTextBrowser(this);
    m_definition->setObjectName(QStringLiteral("glossaryDefinition"));
    m_definition->setReadOnly(true);
    m_definition->setOpenLinks(false);
    m_definition->setAccessibleName(tr("Meaning"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_definition, 2);

    fill();
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryPanel::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GlossaryPanel::showCurrent);
    showCurrent();
}

void GlossaryPanel::fill()
{
    QList<const GlossaryEntry *> entries;
    for (const GlossaryEntry &entry : m_bank.glossary)
        entries.append(&entry);
    // Alphabetical, whatever the capitals, as a printed glossary is.
    std::stable_sort(
        entries.begin(), entries.end(), [](const GlossaryEntry *a, const GlossaryEntry *b) {
            return QString::localeAwareCompare(a->term.toCaseFolded(), b->term.toCaseFolded()) < 0;
        });
    for (const GlossaryEntry *entry : std::as_const(entries)) {
        const QString label = entry->aliases.isEmpty()
                                  ? entry->term
                                  : tr("%1 — %2").arg(entry->term, entry->aliases.first());
        auto *item = new QStandardItem(label);
        item->setEditable(false);
        item->setData(entry->term, TermRole);
        item->setData(
            QStringList{entry->term, entry->aliases.join(QLatin1Char('\n')), entry->definition}
                .join(QLatin1Char('\n')),
            SearchTextRole);
        item->setToolTip(entry->definition);
        m_model->appendRow(item);
    }
}

QString GlossaryPanel::currentTerm() const
{
    return m_list->currentIndex().data(TermRole).toString();
}

void GlossaryPanel::showCurrent()
{
    const GlossaryEntry *entry = m_bank.glossaryEntry(currentTerm());
    if (!entry) {
        if (m_filter->rowCount() == 0 && !m_search->text().isEmpty()) {
            m_definition->setHtml(
                QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        tr("No term mentions \"%1\". Try a shorter word.").arg(m_search->text()))));
        } else {
            m_definition->setHtml(
                QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Choose a term to read what it means in plain words."))));
        }
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(entry->term));
    if (!entry->aliases.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Also called: %1").arg(entry->aliases.join(QStringLiteral(", ")))));
    }
    html += QStringLiteral("<p>%1</p>").arg(esc(entry->definition));
    m_definition->setHtml(html);
}

void GlossaryPanel::filterChanged(const QString &text)
{
    m_filter->setFilterFixedString(text.simplified());
    // Keep something chosen while there are matches, so the definition never goes stale.
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

bool GlossaryPanel::showTerm(const QString &term)
{
    const GlossaryEntry *entry = m_bank.glossaryEntry(term);
    if (!entry)
        return false;
    m_search->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(TermRole).toString() == entry->term) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            m_list->setFocus(Qt::OtherFocusReason);
            showCurrent();
            return true;
        }
    }
    return false;
}

bool GlossaryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Waymark
