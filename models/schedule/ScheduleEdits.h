#pragma once

#include "models/schedule/Schedule.h"

#include <QDate>
#include <QString>

#include <optional>

namespace companion {

// One edit of a schedule: the edited copy, or why it was refused (a message for people).
// `unchanged` says the edit asked for what the schedule already holds.
struct ScheduleEdit
{
    std::optional<Schedule> schedule;
    QString error;
    bool unchanged = false;

    bool ok() const { return schedule.has_value() || unchanged; }
};

// The edits a teacher makes to a schedule, as pure functions of the schedule: no I/O, no
// clock, no zone but the schedule's own. Minutes are wall-clock minutes in the schedule's
// zone, snapped to a 15-minute grid; the editor and the CLI share these rules.
namespace ScheduleEdits {

constexpr int SnapMinutes = 15;

// To the grid, within one day or, for the end of a night range, `days` days (up to 48:00).
int snapped(int minute, int days = 1);

// A weekly block; an end past 24:00 (up to 48:00) is a night range, stored as two rules that
// touch at midnight (the slot engine and the editor treat touching rules as one range).
ScheduleEdit addRule(const Schedule &schedule, int dayOfWeek, int startMinute, int endMinute);
ScheduleEdit changeRule(const Schedule &schedule, int index, int dayOfWeek, int startMinute, int endMinute);
ScheduleEdit removeRule(const Schedule &schedule, int index);
// Replaces whatever `date` had; startMinute == endMinute closes the day.
ScheduleEdit setOverride(const Schedule &schedule, QDate date, int startMinute, int endMinute);
// Extra hours between two instants: kept as an override of the teacher's local date that
// also keeps the hours the date already had. Refused across the teacher's midnight, in a
// clock change, or on a vacation.
ScheduleEdit addHours(const Schedule &schedule, qint64 startUtcSecs, qint64 endUtcSecs);
ScheduleEdit removeOverride(const Schedule &schedule, int index);
ScheduleEdit addBlock(const Schedule &schedule, QDate firstDate, QDate lastDate, const QString &reason);
ScheduleEdit removeBlock(const Schedule &schedule, int index);

} // namespace ScheduleEdits

} // namespace companion
