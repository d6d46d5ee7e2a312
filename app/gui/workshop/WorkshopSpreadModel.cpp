#include "workshop/WorkshopSpreadModel.h"

namespace Waymark {

WorkshopSpreadModel::WorkshopSpreadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkshopSpreadModel::setSpread(const WorkshopSpread &spread)
{
    bool sameRows = spread.questions.size() == m_spread.questions.size();
    for (int i = 0; sameRows && i < spread.questions.size(); ++i)
        sameRows = spread.questions.at(i).question == m_spread.questions.at(i).question;
    if (!sameRows) {
        beginResetModel();
        m_spread = spread;
        endResetModel();
        return;
    }
    m_spread = spread;
    if (!m_spread.questions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkshopSpreadModel::rowOf(const QString &questionId) const
{
    for (int row = 0; row < m_spread.questions.size(); ++row) {
        if (m_spread.questions.at(row).question->id == questionId)
            return row;
    }
    return -1;
}

int WorkshopSpreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spread.questions.size());
}

int WorkshopSpreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkshopSpreadModel::rangeText(const QuestionSpread &spread)
{
    if (!spread.lowest || !spread.highest)
        return tr("none rated");
    if (*spread.lowest == *spread.highest)
        return QString::number(*spread.lowest);
    return tr("%1–%2").arg(*spread.lowest).arg(*spread.highest);
}

QString WorkshopSpreadModel::disagreementText(const QuestionSpread &spread)
{
    if (!spread.disagreement())
        return QString();
    return tr("Disagree (%1 apart)").arg(spread.spread().value_or(0));
}

QString WorkshopSpreadModel::agreedText(Rating agreed)
{
    return agreed == Rating::Unanswered ? tr("not agreed yet") : ratingLabel(agreed);
}

QVariant WorkshopSpreadModel::countFor(const QuestionSpread &spread, int column) const
{
    switch (column) {
    case Fully3Column:
        return spread.rated[3];
    case Mostly2Column:
        return spread.rated[2];
    case Partly1Column:
        return spread.rated[1];
    case NotMet0Column:
        return spread.rated[0];
    case DontKnowColumn:
        return spread.dontKnow;
    case NotApplicableColumn:
        return spread.notApplicable;
    case UnansweredColumn:
        return spread.unanswered;
    default:
        return QVariant();
    }
}

QVariant WorkshopSpreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_spread.questions.size())
        return QVariant();
    const QuestionSpread &spread = m_spread.questions.at(index.row());
    const Question &question = *spread.question;
    switch (role) {
    case QuestionIdRole:
        return question.id;
    case SectionIdRole:
        return question.sectionId;
    case GateRole:
        return question.gate;
    case DisagreementRole:
        return spread.disagreement();
    case ApplicableRole:
        return spread.applicable;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
        case QuestionColumn:
            return index.row(); // bank order, which "1.10" after "1.9" needs
        case RangeColumn:
            return spread.spread().value_or(-1);
        case DisagreeColumn:
            return spread.spread().value_or(-1);
        case AgreedColumn:
            return int(spread.agreed);
        default:
            return countFor(spread, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Fully3Column && index.column() <= UnansweredColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn)
            return question.text;
        if (index.column() == AgreedColumn && !spread.agreedNote.isEmpty())
            return spread.agreedNote;
        return QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return question.gate ? tr("%1 (gate)").arg(question.id) : question.id;
        case QuestionColumn:
            return question.text;
        case RangeColumn:
            return rangeText(spread);
        case DisagreeColumn:
            return disagreementText(spread);
        case AgreedColumn:
            // Short in the table, where every row says it; the panel says it in full.
            return spread.agreed == Rating::Unanswered ? tr("not yet") : ratingLabel(spread.agreed);
        default:
            return countFor(spread, index.column());
        }
    default:
        return QVariant();
    }
}

QVariant WorkshopSpreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Id");
        case QuestionColumn:
            return tr("Question");
        case Fully3Column:
            return tr("3");
        case Mostly2Column:
            return tr("2");
        case Partly1Column:
            return tr("1");
        case NotMet0Column:
            return tr("0");
        case DontKnowColumn:
            return tr("DK");
        case NotApplicableColumn:
            return tr("N/A");
        case UnansweredColumn:
            return tr("Blank");
        case RangeColumn:
            return tr("Range");
        case DisagreeColumn:
            return tr("Disagree?");
        case AgreedColumn:
            return tr("Agreed");
        default:
            return QVariant();
        }
    }
    // The short headers in full, for a tooltip and a screen reader.
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case Fully3Column:
            return tr("How many answered %1").arg(ratingLabel(Rating::FullyMet));
        case Mostly2Column:
            return tr("How many answered %1").arg(ratingLabel(Rating::MostlyMet));
        case Partly1Column:
            return tr("How many answered %1").arg(ratingLabel(Rating::PartiallyMet));
        case NotMet0Column:
            return tr("How many answered %1").arg(ratingLabel(Rating::NotMet));
        case DontKnowColumn:
            return tr("How many answered %1").arg(ratingLabel(Rating::DontKnow));
        case NotApplicableColumn:
            return tr("How many answered %1").arg(ratingLabel(Rating::NotApplicable));
        case UnansweredColumn:
            return tr("How many have not answered yet");
        case RangeColumn:
            return tr("The lowest and the highest rating given");
        case DisagreeColumn:
            return tr("Members' ratings are two or more levels apart");
        case AgreedColumn:
            return tr("The rating the room agreed");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return QVariant();
}

WorkshopSpreadFilter::WorkshopSpreadFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkshopSpreadModel::SortRole);
}

void WorkshopSpreadFilter::setDisagreementsOnly(bool only)
{
    m_disagreementsOnly = only;
    invalidateFilter();
}

void WorkshopSpreadFilter::setSection(const QString &sectionId)
{
    m_section = sectionId;
    invalidateFilter();
}

void WorkshopSpreadFilter::setGatesOnly(bool only)
{
    m_gatesOnly = only;
    invalidateFilter();
}

bool WorkshopSpreadFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Asked of somebody, or already agreed (a member may have left after the room agreed it).
    const bool agreed = index.siblingAtColumn(WorkshopSpreadModel::AgreedColumn)
                            .data(WorkshopSpreadModel::SortRole)
                            .toInt() != int(Rating::Unanswered);
    if (index.data(WorkshopSpreadModel::ApplicableRole).toInt() == 0 && !agreed)
        return false;
    if (m_disagreementsOnly && !index.data(WorkshopSpreadModel::DisagreementRole).toBool())
        return false;
    if (m_gatesOnly && !index.data(WorkshopSpreadModel::GateRole).toBool())
        return false;
    return m_section.isEmpty() ||
           index.data(WorkshopSpreadModel::SectionIdRole).toString() == m_section;
}

} // namespace Waymark
