#pragma once

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace companion {

// Turns wall-clock times in one IANA zone into instants and back, following RFC 5545
// §3.3.5 (the rule iCalendar and this engine share):
//  - a nonexistent local time (spring-forward gap) is read with the UTC offset in force
//    *before* the gap, i.e. it moves forward by the gap's length (02:30 -> 03:30 for a 1 h
//    gap, 02:15 -> 02:45 on Lord Howe's 30 min gap);
//  - an ambiguous local time (fall-back overlap) means its *first* occurrence.
// Why not QDateTime(date, time, zone): for gap times Qt 6.4 picks a direction that depends
// on the backend and version, and it offers no way to choose the occurrence of an
// ambiguous time. So we read the zone's transitions once for a window and do the
// arithmetic ourselves; outside the window we fall back to QTimeZone::offsetFromUtc.
class LocalTimeResolver
{
public:
    // `fromSecs`/`toSecs` (seconds since the epoch) bound the instants the caller will ask
    // about; a day or two of slack either side is added here.
    LocalTimeResolver(const QTimeZone &zone, qint64 fromSecs, qint64 toSecs);
    // The same window given in milliseconds since the epoch.
    static LocalTimeResolver forMs(const QTimeZone &zone, qint64 fromMs, qint64 toMs);

    const QTimeZone &zone() const { return m_zone; }
    // UTC offset in seconds at an instant given in seconds / in milliseconds.
    int offsetAtSecs(qint64 utcSecs) const;
    int offsetAtMs(qint64 utcMs) const;
    // The instant of a local wall-clock time; minuteOfDay may be 1440 (= next day 00:00).
    qint64 toUtcSecs(QDate date, int minuteOfDay) const;
    qint64 toUtcMs(QDate date, int minuteOfDay) const { return toUtcSecs(date, minuteOfDay) * 1000; }
    // The local calendar date of an instant given in seconds / in milliseconds.
    QDate localDateOfSecs(qint64 utcSecs) const;
    QDate localDateOfMs(qint64 utcMs) const;

private:
    struct Transition
    {
        qint64 atUtc;
        int offsetBefore;
        int offsetAfter;
    };

    QTimeZone m_zone;
    qint64 m_windowStart;
    qint64 m_windowEnd;
    int m_offsetAtStart = 0;
    std::vector<Transition> m_transitions; // sorted by atUtc, only real offset changes
};

} // namespace companion
