#include "models/Slot.h"

#include "models/InstantFormat.h"
#include "models/LocalTimeResolver.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion {

namespace {
int offsetAt(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}
} // namespace

QJsonObject Slot::toJson(const QTimeZone &viewerZone) const
{
    return toJson(offsetAt(viewerZone, startUtc), offsetAt(viewerZone, endUtc));
}

QJsonObject Slot::toJson(int startOffset, int endOffset) const
{
    const QString localStart = instant::toLocalString(startUtc, startOffset);
    QJsonObject json {
        { QStringLiteral("start"), instant::toUtcString(startUtc) },
        { QStringLiteral("end"), instant::toUtcString(endUtc) },
        { QStringLiteral("local_start"), localStart },
        { QStringLiteral("local_end"), instant::toLocalString(endUtc, endOffset) },
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
        const LocalTimeResolver viewer(viewerZone, slotList.first().startUtc, slotList.last().endUtc);
        for (const Slot &slot : slotList)
            array.append(slot.toJson(viewer.offsetAt(slot.startUtc), viewer.offsetAt(slot.endUtc)));
    }
    return QJsonObject {
        { QStringLiteral("time_zone"), QString::fromUtf8(viewerZone.id()) },
        { QStringLiteral("schedule_time_zone"), scheduleZone },
        { QStringLiteral("slots"), array },
    };
}

} // namespace companion
