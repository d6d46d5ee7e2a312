#pragma once

#include "assessment/Assessment.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Waymark {

class AssessmentDocument;

// The action plan of an open assessment as a table: one row per action, in plan order. Edits go
// through the document, so each one is undoable and saved at once; the table follows the
// document's actionsChanged() whoever made the change (this table, Undo, another view).
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuestionColumn,
        WhatColumn,
        WhoColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        ActionIdRole = Qt::UserRole + 1, // qint64
        SortRole                         // the real value: bank order, date, workflow order
    };

    explicit ActionTableModel(AssessmentDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit of a text was not made, and why (AssessmentDocument::textRefusal()).
    void editRefused(const QString &message);

public:
    // The row of an action; -1 when the plan has none with that id.
    int rowOf(qint64 actionId) const;

    // A date as the table shows it: the locale's long date without the weekday ("1 June 2026").
    static QString dateText(const QDate &date);
    static QString dateFormat();

private:
    void sync();

    AssessmentDocument *m_document;
    QList<Action> m_actions; // what the views were last told about
};

} // namespace Waymark
