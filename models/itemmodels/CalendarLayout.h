#pragma once

#include "models/Session.h"
#include "models/schedule/Schedule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace companion {

// Something the calendar draws, as instants. Sessions and preview slots are cards;
// availability, vacation days and closed days are background blocks.
struct CalendarEntry
{
    enum class Kind { Session, Slot, Availability, Vacation, Closed };

    Kind kind = Kind::Session;
    QString id; // session id, or empty
    QString title; // course title, vacation reason, ...
    QString detail; // teacher name, seats, ...
    QString teacher; // who teaches a session
    QString status; // session status (scheduled | completed | no_show | cancelled)
    bool cancelled = false;
    bool own = true; // the viewer teaches it (a creator also sees S-Ts' sessions of her courses)
    bool fromOverride = false; // availability that comes from a date override
    // Set by annotateTimeOff(): a session that overlaps the viewer's vacation or closed day;
    // for a vacation / closed entry, how many active sessions others teach during it.
    bool onTimeOff = false;
    int othersTeaching = 0;
    qint64 startUtc = 0;
    qint64 endUtc = 0;

    bool isBackground() const { return kind != Kind::Session && kind != Kind::Slot; }
    bool isTimeOff() const { return kind == Kind::Vacation || kind == Kind::Closed; }
    // The viewer's own session that falls on the viewer's time off: a real conflict. (A
    // creator's vacation does not stop the S-Ts who teach her courses.)
    bool isConflict() const { return kind == Kind::Session && own && !cancelled && onTimeOff; }
    friend bool operator==(const CalendarEntry &, const CalendarEntry &) = default;
    static QString kindName(Kind kind);
    // A cached session; `viewerUserId` decides `own`.
    static CalendarEntry fromSession(const Session &session, const QString &viewerUserId);
};

// The schedule's availability for the instants of [fromUtc, toUtc), evaluated the way the
// slot engine does it: per local date in the schedule's (teacher's) zone with
// Schedule::intervalsOn, each end turned into an instant with LocalTimeResolver (RFC 5545
// gap/overlap rules), empty or reversed intervals dropped. Dates closed by a vacation
// block come back as Vacation entries and dates closed by an empty override as Closed
// entries, each covering that teacher-local day.
QList<CalendarEntry> availabilityEntries(const Schedule &schedule, qint64 fromUtc, qint64 toUtc);

// One piece of an entry inside one day column of the viewer's zone.
struct PlacedEntry
{
    int entry = 0; // index into the entries given to layoutWeek
    int day = 0; // 0 = first day of the range
    int startMinute = 0; // wall-clock minutes since the viewer's local midnight
    int endMinute = 0; // may be 1440 (runs to the end of the day)
    int column = 0; // side-by-side position among overlapping cards
    int columnCount = 1;
    bool continuesBefore = false; // started on an earlier day
    bool continuesAfter = false; // ends on a later day
};

// Places entries in the day columns [firstDate, firstDate + dayCount) of `viewerZone`.
// An entry that crosses the viewer's midnight is cut into one piece per day. Cards
// (sessions, slots) that overlap in time are laid side by side: each cluster of
// transitively overlapping cards gets the fewest columns a greedy sweep needs, and every
// card of the cluster shares its columnCount. Background entries take the full width.
// Result: background pieces first, then cards; both sorted by day and start.
// O(n log n) in the number of entries.
QList<PlacedEntry> layoutWeek(const QList<CalendarEntry> &entries, QDate firstDate, int dayCount,
                              const QTimeZone &viewerZone);

// The weekly template of a schedule as pieces of a Monday-first week (day = ISO weekday - 1),
// in the schedule's own wall clock; `entry` is the index of the rule in schedule.weekly.
// Overlapping rules of a day are laid side by side so each can be grabbed. A rule that
// ends at 24:00 where one of the next day starts at 00:00 (Sunday wraps to Monday) is one
// night range with it, like in the slot engine: continuesAfter / continuesBefore are set.
QList<PlacedEntry> layoutTemplate(const QList<WeeklyRule> &rules);

// The rule that continues rule `index` across midnight: direction +1 the next day's rule
// starting at 00:00 (when `index` ends at 24:00), -1 the previous day's ending at 24:00.
// -1 when there is none.
int nightPartner(const QList<WeeklyRule> &rules, int index, int direction);

// Marks sessions that overlap a vacation or closed entry (onTimeOff) and counts on each
// vacation / closed entry the active sessions someone else teaches then (othersTeaching).
// O(sessions x time-off entries).
void annotateTimeOff(QList<CalendarEntry> &entries);

// The instants where the days [firstDate, firstDate + dayCount) of `zone` begin, plus the
// end of the last one (dayCount + 1 values; a DST day is 23 or 25 hours long).
QList<qint64> dayBoundaries(QDate firstDate, int dayCount, const QTimeZone &zone);

// Minutes of availability in [fromUtc, toUtc) (overlapping entries counted once).
int availableMinutes(const QList<CalendarEntry> &entries, qint64 fromUtc, qint64 toUtc);

// Bookable time left in [fromUtc, toUtc), in minutes: the availability there minus the
// viewer's own active sessions and minus everything before `nowUtc`. Counted in instants,
// so a DST day counts the hours that really pass. Sessions someone else teaches (an S-T
// on a creator's calendar) do not take the viewer's time; cancelled ones free it again.
int freeMinutes(const QList<CalendarEntry> &entries, qint64 fromUtc, qint64 toUtc, qint64 nowUtc);

// Where a laid-out week's working day lies on the wall clock: from the earliest start to the
// latest end of its availability and the viewer's own active sessions (others' sessions
// only in a week without either). Pieces that continue from the day
// before (night sessions after midnight) do not pull the start to 00:00 unless there is
// nothing else. `known` is false when the week has neither.
struct WorkingSpan
{
    int startMinute = 8 * 60;
    int endMinute = 18 * 60;
    bool known = false;
};
WorkingSpan workingSpan(const QList<CalendarEntry> &entries, const QList<PlacedEntry> &pieces);

// The Monday on or before `date`.
QDate weekStartOf(QDate date);

} // namespace companion
