#include "models/Availability.h"

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
std::pair<QDate, int> wallClock(const LocalTimeResolver &zone, qint64 utc)
{
    const qint64 local = utc + zone.offsetAt(utc);
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
            const AvailabilityRange piece { teacher.toUtc(date, interval.startMinute),
                                            teacher.toUtc(date, interval.endMinute), overridden };
            if (piece.endUtc > piece.startUtc)
                pieces.append(piece);
        }
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const AvailabilityRange &x, const AvailabilityRange &y) { return x.startUtc < y.startUtc; });
    QList<AvailabilityRange> merged;
    for (const AvailabilityRange &piece : std::as_const(pieces)) {
        if (!merged.isEmpty() && piece.startUtc <= merged.last().endUtc) {
            merged.last().endUtc = std::max(merged.last().endUtc, piece.endUtc);
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
    const qint64 spanStart = teacher.toUtc(firstDate, 0);
    const qint64 spanEnd = teacher.toUtc(lastDate.addDays(1), 0);
    const qint64 limitStart = teacher.toUtc(walkFirst, 0);
    const qint64 limitEnd = teacher.toUtc(walkEnd, 0);
    // One extra date either side shows whether a range goes on past the walk limits.
    for (const AvailabilityRange &range :
         availabilityRanges(schedule, teacher, walkFirst.addDays(-1), walkEnd)) {
        if (range.endUtc <= spanStart || range.startUtc >= spanEnd)
            continue;
        JoinedAvailability joined;
        joined.range = range;
        joined.continuesBefore = range.startUtc < limitStart;
        joined.continuesAfter = range.endUtc > limitEnd;
        joined.range.startUtc = std::max(range.startUtc, limitStart);
        joined.range.endUtc = std::min(range.endUtc, limitEnd);
        std::tie(joined.startDate, joined.startMinute) = wallClock(teacher, joined.range.startUtc);
        std::tie(joined.endDate, joined.endMinute) = wallClock(teacher, joined.range.endUtc);
        if (joined.endMinute == 0) {
            joined.endDate = joined.endDate.addDays(-1);
            joined.endMinute = 1440;
        }
        result.append(joined);
    }
    return result;
}

} // namespace companion
