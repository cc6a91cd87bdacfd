#include "models/time/LocalTimeResolver.h"

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace companion {

namespace {
constexpr qint64 SecondsPerDay = 86400;
// Offsets are within ±26 h of UTC, so two days of slack cover every local time whose
// date lies inside the caller's window.
constexpr qint64 WindowSlack = 2 * SecondsPerDay;

// Seconds of an instant in milliseconds, rounded toward the past (also before 1970).
qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

int zoneOffset(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}
} // namespace

LocalTimeResolver::LocalTimeResolver(const QTimeZone &zone, qint64 fromSecs, qint64 toSecs)
    : m_zone(zone)
    , m_windowStart(fromSecs - WindowSlack)
    , m_windowEnd(toSecs + WindowSlack)
{
    m_offsetAtStart = zoneOffset(m_zone, m_windowStart);
    int previous = m_offsetAtStart;
    const auto transitions
        = m_zone.transitions(QDateTime::fromSecsSinceEpoch(m_windowStart, QTimeZone::utc()),
                             QDateTime::fromSecsSinceEpoch(m_windowEnd, QTimeZone::utc()));
    for (const QTimeZone::OffsetData &data : transitions) {
        const qint64 at = data.atUtc.toSecsSinceEpoch();
        // Qt also reports transitions that only rename the zone or flip the DST flag
        // (e.g. a "permanent DST" change); they do not move the clock, so skip them.
        if (at <= m_windowStart || at > m_windowEnd || data.offsetFromUtc == previous)
            continue;
        m_transitions.push_back({ at, previous, data.offsetFromUtc });
        previous = data.offsetFromUtc;
    }
}

int LocalTimeResolver::offsetAtSecs(qint64 utc) const
{
    if (utc < m_windowStart || utc > m_windowEnd)
        return zoneOffset(m_zone, utc);
    // The last transition at or before `utc` decides the offset.
    const auto next = std::upper_bound(m_transitions.begin(), m_transitions.end(), utc,
                                       [](qint64 value, const Transition &t) { return value < t.atUtc; });
    return next == m_transitions.begin() ? m_offsetAtStart : std::prev(next)->offsetAfter;
}

qint64 LocalTimeResolver::toUtcSecs(QDate date, int minuteOfDay) const
{
    const qint64 local = QDate(1970, 1, 1).daysTo(date) * SecondsPerDay + qint64(minuteOfDay) * 60;
    // Every offset the zone uses near this local time is a candidate; a candidate is valid
    // when the instant it gives really has that offset. Several valid ones = ambiguous
    // (take the earliest); none = the time falls in a gap.
    std::vector<int> candidates { offsetAtSecs(local - SecondsPerDay) };
    for (const Transition &t : m_transitions) {
        if (t.atUtc > local - WindowSlack && t.atUtc < local + WindowSlack)
            candidates.push_back(t.offsetAfter);
    }
    candidates.push_back(offsetAtSecs(local + SecondsPerDay));
    std::optional<qint64> earliest;
    for (int offset : candidates) {
        const qint64 utc = local - offset;
        if (offsetAtSecs(utc) == offset && (!earliest || utc < *earliest))
            earliest = utc;
    }
    if (earliest)
        return *earliest;
    // In a gap: find the transition whose jump skipped this wall-clock time and read the
    // time with the offset from before the jump.
    for (const Transition &t : m_transitions) {
        if (t.offsetAfter > t.offsetBefore && local >= t.atUtc + t.offsetBefore
            && local < t.atUtc + t.offsetAfter)
            return local - t.offsetBefore;
    }
    // Outside the cached window (never for a well-formed query): ask Qt directly.
    const int before = zoneOffset(m_zone, local - SecondsPerDay);
    return local - before;
}

QDate LocalTimeResolver::localDateOfSecs(qint64 utc) const
{
    const qint64 local = utc + offsetAtSecs(utc);
    // Floor division: dates before 1970 have negative local seconds.
    const qint64 days = local >= 0 ? local / SecondsPerDay : -((-local + SecondsPerDay - 1) / SecondsPerDay);
    return QDate(1970, 1, 1).addDays(days);
}

LocalTimeResolver LocalTimeResolver::forMs(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    return LocalTimeResolver(zone, floorSeconds(fromMs), floorSeconds(toMs) + 1);
}

int LocalTimeResolver::offsetAtMs(qint64 utcMs) const
{
    return offsetAtSecs(floorSeconds(utcMs));
}

QDate LocalTimeResolver::localDateOfMs(qint64 utcMs) const
{
    return localDateOfSecs(floorSeconds(utcMs));
}

} // namespace companion
