#pragma once

#include "models/schedule/Schedule.h"
#include "models/time/LocalTimeResolver.h"

#include <QDate>
#include <QList>

namespace companion {

// One stretch of contiguous availability as instants (milliseconds since the epoch), rule 1 of
// models/SlotCalculator.h: a night 22:00-24:00 Monday + 00:00-02:00 Tuesday is one range.
struct AvailabilityRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool fromOverride = false; // at least one piece comes from a date override

    friend bool operator==(const AvailabilityRange &, const AvailabilityRange &) = default;
};

// Rule 1 for the schedule-local dates [firstDate, lastDate]: each date's
// Schedule::intervalsOn, both ends turned into instants with `teacher` (the schedule's
// zone), empty or reversed ones dropped; then all of them pooled, sorted by start and
// merged where they touch or overlap (previous end >= next start), across local midnight
// too. A blocked date contributes nothing. Only the given dates are read: a range that
// touches the start of firstDate or the end of lastDate may really continue beyond.
QList<AvailabilityRange> availabilityRanges(const Schedule &schedule, const LocalTimeResolver &teacher,
                                            QDate firstDate, QDate lastDate);

// For the availability editor: a joined range with the schedule-zone wall clock of its
// ends, so a night shows as one block across the day boundary.
struct JoinedAvailability
{
    AvailabilityRange range;
    QDate startDate; // schedule-local wall clock of the start ...
    int startMinute = 0; // ... 0..1439
    QDate endDate; // schedule-local wall clock of the end ...
    int endMinute = 0; // ... 1..1440: an end at midnight is 24:00 of the date before
    bool continuesBefore = false; // clipped at the walk limit before firstDate
    bool continuesAfter = false; // clipped at the walk limit after lastDate

    friend bool operator==(const JoinedAvailability &, const JoinedAvailability &) = default;
};

// Every joined range that overlaps the schedule-local days [firstDate 00:00, lastDate + 1
// 00:00), sorted by start. Ranges are followed past the span to their real ends, at most
// MaxWalkDays days either way: a range still going on at firstDate - MaxWalkDays 00:00
// (or lastDate + MaxWalkDays + 1 00:00) is clipped there and marked continuesBefore
// (continuesAfter). Empty for an unknown zone or firstDate > lastDate.
QList<JoinedAvailability> joinedAvailability(const Schedule &schedule, QDate firstDate, QDate lastDate);
inline constexpr int MaxWalkDays = 7;

} // namespace companion
