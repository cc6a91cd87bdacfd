#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace companion {

// One bookable start time. Instants are milliseconds since the epoch (UTC).
struct Slot
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int seatsAvailable = 1;
    QString sessionId; // set when booking this slot takes a free seat of an existing session

    // {"start": "2025-03-30T07:00:00Z", "end": "...Z",   // RFC 3339 UTC, ".sss" when not 0
    //  "local_start": "2025-03-30T09:00:00+02:00", "local_end": "...", // in the viewer's zone
    //  "local_date": "2025-03-30", "seats_available": 1, "session_id": "ses_1"?}
    QJsonObject toJson(const QTimeZone &viewerZone) const;
    // The same with the viewer's UTC offsets (seconds) at start and end already known.
    QJsonObject toJson(int startOffset, int endOffset) const;
    friend bool operator==(const Slot &, const Slot &) = default;
};

// The CLI's and /api/slotList' reply body:
// {"time_zone": viewer zone, "schedule_time_zone": teacher zone, "slots": [Slot...]}
QJsonObject slotListToJson(const QList<Slot> &slotList, const QTimeZone &viewerZone,
                           const QString &scheduleZone);

} // namespace companion
