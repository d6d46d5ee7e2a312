#include "report/NameScrubber.h"

#include <QSet>

#include <algorithm>

namespace Waymark {

namespace {

// Words before or in a name that say what someone is, not who: left in the text, so that "Cllr
// Member A" still reads as a councillor.
const QStringList Titles = {
    QStringLiteral("cllr"),       QStringLiteral("councillor"), QStringLiteral("cyng"),
    QStringLiteral("cynghorydd"), QStringLiteral("mr"),         QStringLiteral("mrs"),
    QStringLiteral("ms"),         QStringLiteral("miss"),       QStringLiteral("mx"),
    QStringLiteral("dr"),         QStringLiteral("prof"),       QStringLiteral("professor"),
    QStringLiteral("sir"),        QStringLiteral("dame"),       QStringLiteral("lord"),
    QStringLiteral("lady"),       QStringLiteral("rev"),        QStringLiteral("revd"),
    QStringLiteral("the")};

// Between two pieces of a name: the hyphen or apostrophe it was written with, a space instead,
// or nothing (MaryAnn, OBrien).
const QString Joint = QStringLiteral("[-' ]?");

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u02BC' || c == U'`' ||
           c == U'\u00B4' || c == U'\u2032' || c == U'\uFF07';
}

bool isHyphen(char32_t c)
{
    return c == U'-' || (c >= U'\u2010' && c <= U'\u2015') || c == U'\u2043' || c == U'\u2212' ||
           c == U'\uFE63' || c == U'\uFF0D';
}

// Text as names are compared in it: decomposed, without accents or invisible format characters,
// case folded, every apostrophe one ', every hyphen or dash one -, every run of white space one
// space. Each unit remembers the stretch of the decomposed source it stands for (the accents and
// invisibles after it included), so that a name found in the folded text is cut from the source.
struct Folded
{
    QString text;
    QList<qsizetype> start;
    QList<qsizetype> end;

    void append(QChar unit, qsizetype from, qsizetype to)
    {
        text.append(unit);
        start.append(from);
        end.append(to);
    }
};

Folded fold(QStringView source)
{
    Folded folded;
    folded.text.reserve(source.size());
    for (qsizetype i = 0; i < source.size();) {
        char32_t c = source[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(c) && next < source.size() && source[next].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source[i], source[next]);
            ++next;
        }
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            if (!folded.end.isEmpty())
                folded.end.last() = next;
            i = next;
            continue;
        default:
            break;
        }
        if (QChar::isSpace(c)) {
            if (folded.text.endsWith(QLatin1Char(' ')))
                folded.end.last() = next;
            else
                folded.append(QLatin1Char(' '), i, next);
        } else if (isApostrophe(c)) {
            folded.append(QLatin1Char('\''), i, next);
        } else if (isHyphen(c)) {
            folded.append(QLatin1Char('-'), i, next);
        } else {
            const char32_t lower = QChar::toCaseFolded(c);
            if (lower == U'ß') {
                // Simple case folding keeps ß, but STRASSE and Straße are one name.
                folded.append(QLatin1Char('s'), i, next);
                folded.append(QLatin1Char('s'), i, next);
            } else if (QChar::requiresSurrogates(lower)) {
                folded.append(QChar(QChar::highSurrogate(lower)), i, next);
                folded.append(QChar(QChar::lowSurrogate(lower)), i, next);
            } else {
                folded.append(QChar(lower), i, next);
            }
        }
        i = next;
    }
    return folded;
}

// One way a name or a part of it may be written, as a pattern over folded text.
struct Spelling
{
    QString pattern;
    qsizetype letters = 0;
    QString label;
};

Spelling spellingOf(const QStringList &pieces, const QString &label)
{
    Spelling spelling;
    QStringList escaped;
    for (const QString &piece : pieces) {
        escaped.append(QRegularExpression::escape(piece));
        spelling.letters += piece.size();
    }
    spelling.pattern = escaped.join(Joint);
    spelling.label = label;
    return spelling;
}

} // namespace

NameScrubber::NameScrubber(const QList<std::pair<QString, QString>> &namesAndLabels)
{
    static const QRegularExpression notInAWord(QStringLiteral("[^\\p{L}\\p{N}'-]"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression joint(QStringLiteral("[-']"));
    QList<Spelling> spellings;
    for (const auto &[name, label] : namesAndLabels) {
        const QString folded = fold(name.normalized(QString::NormalizationForm_D)).text;
        QStringList whole;
        QStringList untitled;
        QList<QStringList> words;
        for (QString word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word.remove(notInAWord); // "(Ann)", "Jones,", "Cllr."
            const QStringList pieces = word.split(joint, Qt::SkipEmptyParts);
            if (pieces.isEmpty())
                continue;
            whole.append(pieces);
            if (pieces.size() == 1 && Titles.contains(pieces.first()))
                continue;
            untitled.append(pieces);
            words.append(pieces);
        }
        for (const QStringList &pieces : {whole, untitled}) {
            if (!pieces.isEmpty())
                spellings.append(spellingOf(pieces, label));
        }
        for (const QStringList &pieces : std::as_const(words)) {
            spellings.append(spellingOf(pieces, label));
            for (const QString &piece : pieces) {
                if (piece.size() >= 2 && !Titles.contains(piece))
                    spellings.append(spellingOf({piece}, label));
            }
        }
    }
    // A lone initial names nobody: keep only spellings of two letters or more.
    spellings.removeIf([](const Spelling &spelling) { return spelling.letters < 2; });
    // Longest first, so that at any one place the whole name wins over its parts.
    std::stable_sort(spellings.begin(), spellings.end(),
                     [](const Spelling &a, const Spelling &b) { return a.letters > b.letters; });
    QSet<QString> seen;
    QStringList groups;
    for (const Spelling &spelling : std::as_const(spellings)) {
        if (seen.contains(spelling.pattern))
            continue;
        seen.insert(spelling.pattern);
        groups.append(QStringLiteral("(%1)").arg(spelling.pattern));
        m_labels.append(spelling.label);
    }
    if (m_labels.isEmpty())
        return;
    m_pattern = QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(groups.join(u'|')),
        QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

QString NameScrubber::scrub(const QString &text) const
{
    if (isEmpty() || text.isEmpty())
        return text;
    const QString source = text.normalized(QString::NormalizationForm_D);
    const Folded folded = fold(source);
    QString result;
    qsizetype from = 0;
    bool named = false;
    QString previousLabel;
    for (auto matches = m_pattern.globalMatch(folded.text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        int group = 1;
        while (group < m_labels.size() && !match.hasCaptured(group))
            ++group;
        const QString &label = m_labels.at(group - 1);
        const qsizetype start = folded.start.at(match.capturedStart());
        const qsizetype end = folded.end.at(match.capturedEnd() - 1);
        const QStringView between = QStringView(source).mid(from, start - from);
        // "Ann Jones" written of Ann Smith-Jones reads as one member, not "Member A Member A".
        const bool sameMemberAgain =
            named && label == previousLabel && !between.isEmpty() && between.trimmed().isEmpty();
        if (!sameMemberAgain) {
            result += between;
            result += label;
        }
        from = end;
        named = true;
        previousLabel = label;
    }
    if (!named)
        return text;
    result += QStringView(source).mid(from);
    return result.normalized(QString::NormalizationForm_C);
}

} // namespace Waymark
