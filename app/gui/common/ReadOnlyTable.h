#pragma once

#include "common/FittedView.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

namespace Waymark {

// A read-only table of a view that shows results (comparison, trend): as tall as its rows (see
// FittedView), so the page scrolls as one, with rows selected whole and Tab moving on to the next
// control instead of from cell to cell. It does not scroll itself, so as the keys move through it,
// it scrolls the page it is on to keep the current cell in sight.
class ReadOnlyTable : public FittedView<QTableView>
{
public:
    explicit ReadOnlyTable(QWidget *parent)
        : FittedView<QTableView>(parent)
    {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setTabKeyNavigation(false);
        setWordWrap(true);
        setAlternatingRowColors(true);
        verticalHeader()->setVisible(false);
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        FittedView<QTableView>::currentChanged(current, previous);
        if (!hasFocus() || !current.isValid())
            return;
        for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
            auto *page = qobject_cast<QScrollArea *>(up);
            if (!page || !page->widget())
                continue;
            const QRect rect = visualRect(current);
            const QPoint centre = viewport()->mapTo(page->widget(), rect.center());
            page->ensureVisible(centre.x(), centre.y(), 0, rect.height() / 2 + 4);
            return;
        }
    }

    int fittedHeight() const override
    {
        int height =
            horizontalHeader()->sizeHint().height() + verticalHeader()->length() + 2 * frameWidth();
        if (horizontalScrollBar()->maximum() > 0)
            height += horizontalScrollBar()->sizeHint().height();
        return height;
    }
};

// A cell of a results table: text the member reads, never edits.
inline QStandardItem *readOnlyCell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// A change in words after an arrow: the arrows (▲ ▼) are for the eye; a screen reader hears the
// words alone.
inline QStandardItem *changeCell(const QString &text)
{
    QStandardItem *item = readOnlyCell(text);
    QString spoken = text;
    spoken.remove(QChar(0x25B2)).remove(QChar(0x25BC));
    item->setData(spoken.trimmed(), Qt::AccessibleTextRole);
    return item;
}

// A view that is one scrolling page: a frameless scroll area filling the view, named for a screen
// reader; returns the layout of the page inside it.
inline QVBoxLayout *scrolledPage(QWidget *view, const QString &objectName,
                                 const QString &accessibleName)
{
    auto *scroll = new QScrollArea(view);
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    return layout;
}

} // namespace Waymark
