#pragma once

#include "models/schedule/BusySession.h"
#include "models/schedule/Offering.h"
#include "models/schedule/Schedule.h"
#include "models/schedule/Slot.h"

#include <QDate>
#include <QTimeZone>

#include <array>
#include <optional>

namespace companion {

struct SlotQuery
{
    QDate fromDate; // first local date in the viewer's zone
    QDate toDate; // last local date in the viewer's zone (inclusive)
    qint64 nowMs = 0; // milliseconds since the epoch
    QTimeZone viewerZone; // invalid = the schedule's zone
};

// Why a start of the grid (rule 2) is or is not offered: the rule of steps 4-7 that removed
// it, checked in that order (a start both past and booked is Past). Closed and Vacation are
// for days without any grid start (see DayExplanation).
enum class SlotReason {
    Offered,
    Past, // start < now
    Notice, // now <= start < now + minimum notice
    Window, // start > now + booking window
    Booked, // [start, start + duration) overlaps a session itself
    Buffer, // it overlaps only the buffers around a session (the offering's or the session's)
    Cap, // max_per_day or max_per_week reached on the start's teacher-local date / week
    Closed, // no availability long enough for one lesson in the day
    Vacation, // no grid start, and a teacher-local date of the day is in a vacation
};
inline constexpr int SlotReasonCount = int(SlotReason::Vacation) + 1;

// One viewer-local day of a query: how many grid starts it had and what became of them.
// `reason` is Offered when the day offers a slot. Otherwise: Vacation or Closed when it had
// no grid start (Vacation when a teacher-local date the day touches is blocked); Past when
// every start is past; else the rule that removed the most of the other starts (ties in the
// enum's order), so a day whose morning is past and whose evening is booked says Booked.
struct DayExplanation
{
    QDate date;
    int offered = 0;
    std::array<int, SlotReasonCount> removed {}; // grid starts per reason (index Offered unused)
    SlotReason reason = SlotReason::Closed;

    int removedBy(SlotReason why) const { return removed[size_t(why)]; }
};

// The slots of a query and, per viewer-local day, why it has them or not: one pass of the
// same rules, so the explanation cannot disagree with the slots.
struct SlotReport
{
    QList<Slot> slotList;
    QList<DayExplanation> days; // fromDate..toDate, one entry each
};

// The slot engine: which start times of an offering a student may book.
//
// Exact rules (tests/oracle/slot_oracle.py implements the same text independently):
// 1. Availability. For every local date D in the schedule's zone, Schedule::intervalsOn(D)
//    gives wall-clock intervals (none on a date in a block); each end is turned into an
//    instant with LocalTimeResolver (gap -> moved forward by the gap, overlap -> first
//    occurrence; "24:00" = D+1 00:00). So 09:00-17:00 stays 09:00-17:00 local on a DST day
//    (7 or 9 real hours). Intervals whose converted end is not after their start are
//    dropped; the rest, of all dates together, are sorted and merged where they touch or
//    overlap (previous end >= next start). Contiguous availability is ONE range across
//    local midnight: Mon 22:00-24:00 + Tue 00:00-02:00 is 22:00-02:00, whether either side
//    is a weekly rule or a date override, also on a DST night. A blocked date contributes
//    nothing, so the night before a vacation ends at 24:00. (models/Availability.h)
// 2. Grid. In each range [a, b): starts a, a+i, a+2i, ... (i = slot interval) while
//    start + duration <= b. A range is followed back to its real start however early it
//    began, so the grid never depends on the query's dates. Anchor rule for availability
//    that goes on for days (24/7): the grid restarts at every schedule-zone Monday 00:00
//    whose whole previous ISO week (the 7 days before it, 00:00 to 00:00) lies inside the
//    range; starts before that midnight keep the earlier anchor and may run past it. So
//    the anchor of any start is less than 14 days before it (the engine reads that far back)
//    and ranges shorter than a week always use their own start. Steps 3-7 only remove
//    starts, they never shift the grid (cal.com restarts it after each booking; here a
//    group session and the slots around it always sit on the same grid).
// 3. Query range. A start is kept when its local date in the viewer's zone lies in
//    [fromDate, toDate].
// 4. Notice and window. Dropped when start < now + minimum notice, or, with a booking
//    window of N days, when start > now + N x 24 h (exact milliseconds, zone-independent:
//    now = 10:00:00.500Z means the 10:00 slot has already started).
// 5. Busy time (in milliseconds: a session ending 10:00:00.500Z overlaps a 10:00 slot). Buffers stack: a
// candidate [s, s+d) is dropped when
//    [s - offering.before, s + d + offering.after) overlaps (half-open) the widened session
//    [start - session.before, end + session.after) of any session that is not cancelled —
//    i.e. the gap between two sessions is at least the earlier one's after-buffer plus the
//    later one's before-buffer. Buffers of a session come from the busy input (default 0),
//    because a session of another offering has its own.
// 6. Seats. A non-cancelled session of this offering (same non-empty offering id) that
//    starts exactly at s (to the millisecond) and has booked_seats < capacity (its `seats`, else the
//    offering's) is an open seat: it does not block candidate s (every other session still does), the slot
//    carries its session_id and seats_available = capacity - booked (the most free seats if several). Every
//    other slot has seats_available = offering.seats.
// 7. Caps, counted in the TEACHER's zone. Sessions counted = non-cancelled sessions of
//    this offering, by the schedule-zone local date of their start. A new-session slot is
//    dropped when its START's schedule-zone date (a night slot 23:30-01:00 Monday counts
//    for Monday) already has >= max_per_day sessions, or that date's ISO week
//    (Monday-Sunday in the schedule zone) has >= max_per_week.
//    Joining an open seat adds no session, so caps do not drop open-seat slots.
//    The busy input must hold the sessions of every week the query touches.
// Result: sorted by start, unique starts.
class SlotCalculator
{
public:
    // Returns std::nullopt and sets `error` for an unknown zone, fromDate > toDate, or a
    // range longer than MaxRangeDays.
    static std::optional<QList<Slot>> compute(const Schedule &schedule, const Offering &offering,
                                              const QList<BusySession> &busy, const SlotQuery &query,
                                              QString *error = nullptr);
    // The same slots with the reasons of every day of the query.
    static std::optional<SlotReport> explain(const Schedule &schedule, const Offering &offering,
                                             const QList<BusySession> &busy, const SlotQuery &query,
                                             QString *error = nullptr);

    static constexpr int MaxRangeDays = 400;
    // How far before the query's first date (plus two days) rule 2 reads the schedule.
    static constexpr int WalkBackDays = 14;
};

} // namespace companion
