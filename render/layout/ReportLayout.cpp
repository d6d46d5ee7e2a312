#include "layout/ReportLayout.h"

#include <QStringList>

namespace Waymark {

namespace {

// The text items that pass keep, one line each, in painting order.
template<typename Keep>
QString joinedText(const QList<LaidOutItem> &items, Keep keep)
{
    QStringList lines;
    for (const LaidOutItem &item : items) {
        if (item.kind == LaidOutItem::Kind::Text && keep(item))
            lines.append(item.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString LaidOutPage::text() const
{
    return joinedText(items, [](const LaidOutItem &) { return true; });
}

QString LaidOutPage::blockText(int block) const
{
    return joinedText(items, [block](const LaidOutItem &item) { return item.block == block; });
}

} // namespace Waymark
