#pragma once

#include "common/FittedView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace Waymark {

// A read-only table of a view that shows results (comparison, trend): as tall as its rows (see
// FittedView), so the page scrolls as one, with rows selected whole and Tab moving on to the next
// control instead of from cell to cell.
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
    int fittedHeight() const override
    {
        int height =
            horizontalHeader()->sizeHint().height() + verticalHeader()->length() + 2 * frameWidth();
        if (horizontalScrollBar()->maximum() > 0)
            height += horizontalScrollBar()->sizeHint().height();
        return height;
    }
};

} // namespace Waymark
