#include "store/StoreEngine.h"

namespace Waymark {

StoreError StoreEngine::locatedFailure(StoreError failure, const QString &location,
                                       const QStringList &backups)
{
    if (!failure.message.contains(location))
        failure.message = QStringLiteral("%1: %2").arg(location, failure.message);
    if (failure.kind == StoreError::Kind::Corrupt && !backups.isEmpty() &&
        !failure.message.contains(backups.constFirst()))
        failure.message +=
            QLatin1Char(' ') + tr("The latest backup is %1.").arg(backups.constFirst());
    return failure;
}

} // namespace Waymark
