#include "models/schedule/Slot.h"

#include "models/time/InstantFormat.h"
#include "models/time/LocalTimeResolver.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion {

namespace {
int offsetAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}
} // namespace

QJsonObject Slot::toJson(const QTimeZone &viewerZone) const
{
    return toJson(offsetAt(viewerZone, startMs), offsetAt(viewerZone, endMs));
}

QJsonObject Slot::toJson(int startOffset, int endOffset) const
{
    const QString localStart = instant::toLocalStringMs(startMs, startOffset);
    QJsonObject json {
        { QStringLiteral("start"), instant::toUtcStringMs(startMs) },
        { QStringLiteral("end"), instant::toUtcStringMs(endMs) },
        { QStringLiteral("local_start"), localStart },
        { QStringLiteral("local_end"), instant::toLocalStringMs(endMs, endOffset) },
        { QStringLiteral("local_date"), localStart.left(10) },
        { QStringLiteral("seats_available"), seatsAvailable },
    };
    if (!sessionId.isEmpty())
        json.insert(QStringLiteral("session_id"), sessionId);
    return json;
}

QJsonObject slotListToJson(const QList<Slot> &slotList, const QTimeZone &viewerZone,
                           const QString &scheduleZone)
{
    QJsonArray array;
    if (!slotList.isEmpty()) {
        // One resolver for the whole list: QTimeZone::offsetFromUtc per slot is the slow part.
        const auto viewer
            = LocalTimeResolver::forMs(viewerZone, slotList.first().startMs, slotList.last().endMs);
        for (const Slot &slot : slotList)
            array.append(slot.toJson(viewer.offsetAtMs(slot.startMs), viewer.offsetAtMs(slot.endMs)));
    }
    return QJsonObject {
        { QStringLiteral("time_zone"), QString::fromUtf8(viewerZone.id()) },
        { QStringLiteral("schedule_time_zone"), scheduleZone },
        { QStringLiteral("slots"), array },
    };
}

} // namespace companion
