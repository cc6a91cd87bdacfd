#include "models/schedule/BookedSessions.h"

#include "models/schedule/Availability.h"
#include "models/time/LocalTimeResolver.h"

#include <QTimeZone>

#include <algorithm>

namespace companion {

QList<Session> sessionsLeftOutside(const Schedule &edited, const QList<Session> &sessions,
                                   const QString &teacherId, QDate firstDate, QDate lastDate, qint64 nowMs)
{
    QList<Session> outside;
    const QTimeZone zone(edited.timeZone.toUtf8());
    if (!zone.isValid() || !firstDate.isValid() || !lastDate.isValid() || firstDate > lastDate)
        return outside;
    const qint64 from = QDateTime(firstDate.addDays(-2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(lastDate.addDays(3), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const LocalTimeResolver teacher = LocalTimeResolver::forMs(zone, from, to);
    // A night session may run into the next day's hours: read one day either side.
    const QList<AvailabilityRange> ranges
        = availabilityRanges(edited, teacher, firstDate.addDays(-1), lastDate.addDays(1));
    const qint64 datesStart = teacher.toUtcMs(firstDate, 0);
    const qint64 datesEnd = teacher.toUtcMs(lastDate, 1440);
    for (const Session &session : sessions) {
        if (session.teacherId != teacherId || session.status != Session::Status::Scheduled)
            continue;
        const qint64 start = session.start.toMSecsSinceEpoch();
        const qint64 end = session.end.toMSecsSinceEpoch();
        if (end <= nowMs || start >= datesEnd || end <= datesStart)
            continue;
        const bool held = std::any_of(ranges.begin(), ranges.end(), [&](const AvailabilityRange &range) {
            return range.startMs <= start && end <= range.endMs;
        });
        if (!held)
            outside.append(session);
    }
    std::sort(outside.begin(), outside.end(),
              [](const Session &a, const Session &b) { return a.start < b.start; });
    return outside;
}

} // namespace companion
