#include "models/Slot.h"

#include "models/InstantFormat.h"

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
    const int startOffset = offsetAt(viewerZone, startUtc);
    const int endOffset = offsetAt(viewerZone, endUtc);
    QJsonObject json {
        { QStringLiteral("start"), instant::toUtcString(startUtc) },
        { QStringLiteral("end"), instant::toUtcString(endUtc) },
        { QStringLiteral("local_start"), instant::toLocalString(startUtc, startOffset) },
        { QStringLiteral("local_end"), instant::toLocalString(endUtc, endOffset) },
        { QStringLiteral("local_date"), instant::toLocalString(startUtc, startOffset).left(10) },
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
    for (const Slot &slot : slotList)
        array.append(slot.toJson(viewerZone));
    return QJsonObject {
        { QStringLiteral("time_zone"), QString::fromUtf8(viewerZone.id()) },
        { QStringLiteral("schedule_time_zone"), scheduleZone },
        { QStringLiteral("slots"), array },
    };
}

} // namespace companion
