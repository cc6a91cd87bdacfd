#include "models/schedule/SlotCalculator.h"

#include "models/schedule/Availability.h"
#include "models/time/LocalTimeResolver.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace companion {

namespace {

constexpr qint64 MsPerDay = 86400 * 1000LL;
constexpr qint64 MsPerMinute = 60 * 1000LL;

qint64 naiveMidnightMs(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date) * MsPerDay;
}

struct Range
{
    qint64 start;
    qint64 end;
};

// Non-cancelled sessions widened by their own buffers, sorted by widened start, with a
// running maximum of the widened ends: "does [a, b) overlap any of them" is then one
// binary search.
class BusyIndex
{
public:
    // `widened` false: the sessions themselves, without buffers (to tell Booked from Buffer).
    BusyIndex(const QList<BusySession> &sessions, bool widened)
    {
        for (const BusySession &s : sessions) {
            if (!s.cancelled)
                m_ranges.push_back({ s.startMs - (widened ? s.bufferBeforeMinutes * MsPerMinute : 0),
                                     s.endMs + (widened ? s.bufferAfterMinutes * MsPerMinute : 0) });
        }
        std::sort(m_ranges.begin(), m_ranges.end(),
                  [](const Range &x, const Range &y) { return x.start < y.start; });
        qint64 maxEnd = std::numeric_limits<qint64>::min();
        for (const Range &range : m_ranges)
            m_maxEnd.push_back(maxEnd = std::max(maxEnd, range.end));
    }

    bool overlaps(qint64 a, qint64 b) const
    {
        const auto firstAtOrAfter
            = std::lower_bound(m_ranges.begin(), m_ranges.end(), b,
                               [](const Range &r, qint64 value) { return r.start < value; });
        const auto count = firstAtOrAfter - m_ranges.begin();
        return count > 0 && m_maxEnd[count - 1] > a;
    }

private:
    std::vector<Range> m_ranges;
    std::vector<qint64> m_maxEnd;
};

bool overlapsWidened(const BusySession &s, qint64 a, qint64 b)
{
    return a < s.endMs + s.bufferAfterMinutes * MsPerMinute
        && b > s.startMs - s.bufferBeforeMinutes * MsPerMinute;
}

int isoWeekKey(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return year * 100 + week;
}

// The reason a day without slots gives (see DayExplanation).
SlotReason dayReason(const DayExplanation &day, bool touchesVacation)
{
    if (day.offered > 0)
        return SlotReason::Offered;
    int total = 0;
    for (const int count : day.removed)
        total += count;
    if (total == 0)
        return touchesVacation ? SlotReason::Vacation : SlotReason::Closed;
    if (day.removedBy(SlotReason::Past) == total)
        return SlotReason::Past;
    SlotReason most = SlotReason::Notice;
    for (int r = int(SlotReason::Notice); r <= int(SlotReason::Cap); ++r) {
        if (day.removed[r] > day.removedBy(most))
            most = SlotReason(r);
    }
    return most;
}

// Both public entry points: `days` (when given) gets one explanation per query date.
std::optional<QList<Slot>> computeSlots(const Schedule &schedule, const Offering &offering,
                                        const QList<BusySession> &busy, const SlotQuery &query,
                                        QString *error, QList<DayExplanation> *days)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<Slot>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QTimeZone teacherZone(schedule.timeZone.toUtf8());
    if (!teacherZone.isValid())
        return fail(QStringLiteral("unknown schedule time zone \"%1\"").arg(schedule.timeZone));
    const QTimeZone viewerZone = query.viewerZone.isValid() ? query.viewerZone : teacherZone;
    if (!query.fromDate.isValid() || !query.toDate.isValid() || query.fromDate > query.toDate)
        return fail(QStringLiteral("the date range is empty or invalid"));
    if (query.fromDate.daysTo(query.toDate) > SlotCalculator::MaxRangeDays)
        return fail(
            QStringLiteral("the date range is longer than %1 days").arg(SlotCalculator::MaxRangeDays));

    const qint64 duration = offering.durationMinutes * MsPerMinute;
    const qint64 step = offering.effectiveSlotIntervalMinutes() * MsPerMinute;

    // Every instant whose viewer-local date is in range lies within a day of these naive
    // bounds: candidate starts are only generated in [rangeStart, rangeEnd).
    const qint64 rangeStart = naiveMidnightMs(query.fromDate) - MsPerDay;
    const qint64 rangeEnd = naiveMidnightMs(query.toDate.addDays(1)) + MsPerDay;
    // Schedule dates read (rule 1): two days either side of the range cover every offset
    // pair (<= 26 h apart); WalkBackDays more before it find the grid anchor of a range that
    // began earlier (rule 2), and the duration's days more after it the real end of a range
    // that a long slot runs into.
    const qint64 durationDays = (duration + MsPerDay - 1) / MsPerDay;
    const QDate scanFirst = query.fromDate.addDays(-2 - SlotCalculator::WalkBackDays);
    const QDate scanLast = query.toDate.addDays(3 + durationDays);
    // Caps look at whole ISO weeks around the range, hence at least 10 extra days.
    const LocalTimeResolver teacher(teacherZone,
                                    std::min(rangeStart - 10 * MsPerDay, naiveMidnightMs(scanFirst)),
                                    std::max(rangeEnd + 10 * MsPerDay, naiveMidnightMs(scanLast.addDays(1))));
    const LocalTimeResolver viewer(viewerZone, rangeStart, rangeEnd);

    // 1-2: joined availability ranges, then the grid of each from its anchors.
    std::vector<qint64> starts;
    for (const AvailabilityRange &range : availabilityRanges(schedule, teacher, scanFirst, scanLast)) {
        if (range.endMs - range.startMs < duration || range.startMs >= rangeEnd
            || range.endMs - duration < rangeStart)
            continue;
        // Anchors: the range's start, then every Monday 00:00 (schedule zone) inside it whose
        // whole previous ISO week lies in the range.
        std::vector<qint64> anchors { range.startMs };
        QDate monday = teacher.localDateOfMs(range.startMs);
        monday = monday.addDays((8 - monday.dayOfWeek()) % 7);
        for (;; monday = monday.addDays(7)) {
            const qint64 midnight = teacher.toUtcMs(monday, 0);
            if (midnight >= range.endMs)
                break;
            if (midnight > range.startMs && teacher.toUtcMs(monday.addDays(-7), 0) >= range.startMs)
                anchors.push_back(midnight);
        }
        for (size_t k = 0; k < anchors.size(); ++k) {
            const qint64 anchor = anchors[k];
            const qint64 segmentEnd
                = std::min(k + 1 < anchors.size() ? anchors[k + 1] : range.endMs, rangeEnd);
            qint64 start = anchor;
            if (start < rangeStart)
                start += (rangeStart - start + step - 1) / step * step;
            for (; start < segmentEnd && start + duration <= range.endMs; start += step)
                starts.push_back(start);
        }
    }
    std::sort(starts.begin(), starts.end()); // already sorted: ranges are disjoint
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    // Sessions of this offering: cap counts and open seats.
    QHash<QDate, int> perDay;
    QHash<int, int> perWeek;
    std::map<qint64, QList<const BusySession *>> openSeats;
    for (const BusySession &s : busy) {
        if (s.cancelled || offering.id.isEmpty() || s.offeringId != offering.id)
            continue;
        const QDate day = teacher.localDateOfMs(s.startMs);
        ++perDay[day];
        ++perWeek[isoWeekKey(day)];
        if (s.bookedSeats < s.seats.value_or(offering.seats))
            openSeats[s.startMs].append(&s);
    }
    const BusyIndex busyIndex(busy, true);
    const BusyIndex sessionIndex(busy, false);
    if (days) {
        days->clear();
        for (QDate date = query.fromDate; date <= query.toDate; date = date.addDays(1))
            days->append(DayExplanation { date, 0, {}, SlotReason::Closed });
    }

    const qint64 earliest = query.nowMs + offering.minimumNoticeMinutes * MsPerMinute;
    const qint64 latest = offering.bookingWindowDays ? query.nowMs + *offering.bookingWindowDays * MsPerDay
                                                     : std::numeric_limits<qint64>::max();

    QList<Slot> slotList;
    for (const qint64 start : starts) {
        // 3-4: range, notice, window.
        const QDate viewerDate = viewer.localDateOfMs(start);
        if (viewerDate < query.fromDate || viewerDate > query.toDate)
            continue;
        DayExplanation *day = days ? &(*days)[query.fromDate.daysTo(viewerDate)] : nullptr;
        const auto removed = [day](SlotReason why) {
            if (day)
                ++day->removed[size_t(why)];
        };
        if (start < earliest || start > latest) {
            removed(start < query.nowMs    ? SlotReason::Past
                        : start < earliest ? SlotReason::Notice
                                           : SlotReason::Window);
            continue;
        }

        Slot slot { start, start + duration, offering.seats, {} };
        const qint64 testStart = start - offering.bufferBeforeMinutes * MsPerMinute;
        const qint64 testEnd = start + duration + offering.bufferAfterMinutes * MsPerMinute;
        const auto open = openSeats.find(start);
        if (open == openSeats.end()) {
            // 5: busy. 7: caps.
            if (busyIndex.overlaps(testStart, testEnd)) {
                removed(sessionIndex.overlaps(start, start + duration) ? SlotReason::Booked
                                                                       : SlotReason::Buffer);
                continue;
            }
            const QDate teacherDate = teacher.localDateOfMs(start);
            if ((offering.maxPerDay && perDay.value(teacherDate) >= *offering.maxPerDay)
                || (offering.maxPerWeek && perWeek.value(isoWeekKey(teacherDate)) >= *offering.maxPerWeek)) {
                removed(SlotReason::Cap);
                continue;
            }
        } else {
            // 6: an open seat. The rare path, so a plain scan that skips the open sessions.
            const QList<const BusySession *> &own = open->second;
            const auto other = [&](const BusySession &s) { return !s.cancelled && !own.contains(&s); };
            const bool blocked = std::any_of(busy.begin(), busy.end(), [&](const BusySession &s) {
                return other(s) && overlapsWidened(s, testStart, testEnd);
            });
            if (blocked) {
                const bool booked = std::any_of(busy.begin(), busy.end(), [&](const BusySession &s) {
                    return other(s) && start < s.endMs && start + duration > s.startMs;
                });
                removed(booked ? SlotReason::Booked : SlotReason::Buffer);
                continue;
            }
            slot.seatsAvailable = 0;
            for (const BusySession *s : own) {
                const int free = s->seats.value_or(offering.seats) - s->bookedSeats;
                if (free > slot.seatsAvailable || (free == slot.seatsAvailable && s->id < slot.sessionId)) {
                    slot.seatsAvailable = free;
                    slot.sessionId = s->id;
                }
            }
        }
        slotList.append(slot);
        if (day)
            ++day->offered;
    }
    if (days) {
        for (DayExplanation &day : *days) {
            // The teacher-local dates this viewer day touches; any on vacation explains an empty day.
            const QDate first = teacher.localDateOfMs(viewer.toUtcMs(day.date, 0));
            const QDate last = teacher.localDateOfMs(viewer.toUtcMs(day.date, 1440) - 1);
            const bool vacation
                = std::any_of(schedule.blocks.begin(), schedule.blocks.end(), [&](const DateBlock &block) {
                      return block.firstDate <= last && block.lastDate >= first;
                  });
            day.reason = dayReason(day, vacation);
        }
    }
    return slotList;
}

} // namespace

std::optional<QList<Slot>> SlotCalculator::compute(const Schedule &schedule, const Offering &offering,
                                                   const QList<BusySession> &busy, const SlotQuery &query,
                                                   QString *error)
{
    return computeSlots(schedule, offering, busy, query, error, nullptr);
}

std::optional<SlotReport> SlotCalculator::explain(const Schedule &schedule, const Offering &offering,
                                                  const QList<BusySession> &busy, const SlotQuery &query,
                                                  QString *error)
{
    SlotReport report;
    auto found = computeSlots(schedule, offering, busy, query, error, &report.days);
    if (!found)
        return std::nullopt;
    report.slotList = std::move(*found);
    return report;
}

} // namespace companion
