#include "text/NameMatching.h"

namespace Waymark::NameMatching {

QString comparable(const QString &name)
{
    // Decomposed before case folding so that a precomposed capital and a decomposed one fold
    // alike, then composed again so that both keyboards' spellings end up as one string.
    return name.normalized(QString::NormalizationForm_D)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C)
        .simplified();
}

} // namespace Waymark::NameMatching
