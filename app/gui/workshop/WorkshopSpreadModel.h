#pragma once

#include "workshop/WorkshopSpread.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Waymark {

// The workshop's spread as a table: one row per question, in bank order, with how many members
// gave each answer, the lowest and highest rating, whether they disagree (in words) and what the
// room agreed. It shows no member's name, so it reads the same whether names are shown or not.
class WorkshopSpreadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        QuestionColumn,
        Fully3Column,
        Mostly2Column,
        Partly1Column,
        NotMet0Column,
        DontKnowColumn,
        NotApplicableColumn,
        UnansweredColumn,
        RangeColumn,
        DisagreeColumn,
        AgreedColumn,
        ColumnCount
    };

    enum Role
    {
        QuestionIdRole = Qt::UserRole + 1, // QString
        SortRole,                          // numbers as numbers, bank order for ids
        SectionIdRole,                     // QString
        GateRole,                          // bool
        DisagreementRole,                  // bool
        ApplicableRole                     // int: members the question applies to
    };

    explicit WorkshopSpreadModel(QObject *parent = nullptr);

    // Replaces what the table shows; keeps the rows (and so the selection) when only the counts
    // or the agreed answers changed.
    void setSpread(const WorkshopSpread &spread);
    const WorkshopSpread &spread() const { return m_spread; }
    // The row of a question; -1 when there is none.
    int rowOf(const QString &questionId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "2–3", or "none rated".
    static QString rangeText(const QuestionSpread &spread);
    // "Disagree (3 apart)" or empty: the flag in words, never a colour alone.
    static QString disagreementText(const QuestionSpread &spread);
    // The agreed answer as the table shows it: "Mostly met", or "not agreed yet".
    static QString agreedText(Rating agreed);

private:
    QVariant countFor(const QuestionSpread &spread, int column) const;

    WorkshopSpread m_spread;
};

// What the spread table shows of the model: the filters the facilitator chooses (disagreements
// only, one section, statutory gates only). Questions no member was asked (and nobody agreed) are
// left out, since nobody in the room can speak to them.
class WorkshopSpreadFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkshopSpreadFilter(QObject *parent = nullptr);

    void setDisagreementsOnly(bool only);
    void setSection(const QString &sectionId); // empty: every section
    void setGatesOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_disagreementsOnly = false;
    bool m_gatesOnly = false;
    QString m_section;
};

} // namespace Waymark
