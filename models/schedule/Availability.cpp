#include "models/schedule/Availability.h"

#include <QTimeZone>

#include <algorithm>

namespace companion {

namespace {

constexpr qint64 SecondsPerDay = 86400;

qint64 naiveMidnight(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date) * SecondsPerDay;
}

// Schedule-zone wall clock of an instant: (date, minute of day).
std::pair<QDate, int> wallClock(const LocalTimeResolver &zone, qint64 utcMs)
{
    const qint64 local = utcMs / 1000 + zone.offsetAtMs(utcMs); // whole minutes here, so exact
    const qint64 days = local >= 0 ? local / SecondsPerDay : -((-local + SecondsPerDay - 1) / SecondsPerDay);
    return { QDate(1970, 1, 1).addDays(days), int((local - days * SecondsPerDay) / 60) };
}

} // namespace

QList<AvailabilityRange> availabilityRanges(const Schedule &schedule, const LocalTimeResolver &teacher,
                                            QDate firstDate, QDate lastDate)
{
    QList<AvailabilityRange> pieces;
    for (QDate date = firstDate; date <= lastDate; date = date.addDays(1)) {
        const QList<LocalInterval> intervals = schedule.intervalsOn(date);
        if (intervals.isEmpty())
            continue;
        const bool overridden = std::any_of(schedule.overrides.cbegin(), schedule.overrides.cend(),
                                            [date](const DateOverride &entry) { return entry.date == date; });
        for (const LocalInterval &interval : intervals) {
            const AvailabilityRange piece { teacher.toUtcMs(date, interval.startMinute),
                                            teacher.toUtcMs(date, interval.endMinute), overridden };
            if (piece.endMs > piece.startMs)
                pieces.append(piece);
        }
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const AvailabilityRange &x, const AvailabilityRange &y) { return x.startMs < y.startMs; });
    QList<AvailabilityRange> merged;
    for (const AvailabilityRange &piece : std::as_const(pieces)) {
        if (!merged.isEmpty() && piece.startMs <= merged.last().endMs) {
            merged.last().endMs = std::max(merged.last().endMs, piece.endMs);
            merged.last().fromOverride = merged.last().fromOverride || piece.fromOverride;
        } else {
            merged.append(piece);
        }
    }
    return merged;
}

QList<JoinedAvailability> joinedAvailability(const Schedule &schedule, QDate firstDate, QDate lastDate)
{
    QList<JoinedAvailability> result;
    const QTimeZone zone(schedule.timeZone.toUtf8());
    if (!zone.isValid() || !firstDate.isValid() || !lastDate.isValid() || firstDate > lastDate)
        return result;
    const QDate walkFirst = firstDate.addDays(-MaxWalkDays);
    const QDate walkEnd = lastDate.addDays(MaxWalkDays + 1); // exclusive
    const LocalTimeResolver teacher(zone, naiveMidnight(walkFirst) - 2 * SecondsPerDay,
                                    naiveMidnight(walkEnd) + 2 * SecondsPerDay);
    const qint64 spanStart = teacher.toUtcMs(firstDate, 0);
    const qint64 spanEnd = teacher.toUtcMs(lastDate.addDays(1), 0);
    const qint64 limitStart = teacher.toUtcMs(walkFirst, 0);
    const qint64 limitEnd = teacher.toUtcMs(walkEnd, 0);
    // One extra date either side shows whether a range goes on past the walk limits.
    for (const AvailabilityRange &range :
         availabilityRanges(schedule, teacher, walkFirst.addDays(-1), walkEnd)) {
        if (range.endMs <= spanStart || range.startMs >= spanEnd)
            continue;
        JoinedAvailability joined;
        joined.range = range;
        joined.continuesBefore = range.startMs < limitStart;
        joined.continuesAfter = range.endMs > limitEnd;
        joined.range.startMs = std::max(range.startMs, limitStart);
        joined.range.endMs = std::min(range.endMs, limitEnd);
        std::tie(joined.startDate, joined.startMinute) = wallClock(teacher, joined.range.startMs);
        std::tie(joined.endDate, joined.endMinute) = wallClock(teacher, joined.range.endMs);
        if (joined.endMinute == 0) {
            joined.endDate = joined.endDate.addDays(-1);
            joined.endMinute = 1440;
        }
        result.append(joined);
    }
    return result;
}

} // namespace companion
