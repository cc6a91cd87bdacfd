#pragma once

#include "models/Session.h"
#include "models/schedule/Schedule.h"

#include <QDate>
#include <QList>

namespace companion {

// The booked sessions an availability edit leaves outside the teacher's hours: closing a
// day, a vacation, or an override with other hours does not cancel anything, so the editor
// warns ("2 sessions, 4 students stay booked") before it saves.
// Counted: sessions `teacherId` teaches, still scheduled and not over at `nowMs`, that overlap
// the dates [firstDate, lastDate] in the schedule's zone (a night session from the day before
// counts when its date's end is closed) and that no contiguous range of `edited` (rule 1 of
// models/schedule/SlotCalculator.h) holds from start to end. Sorted by start. Empty for an
// unknown zone.
QList<Session> sessionsLeftOutside(const Schedule &edited, const QList<Session> &sessions,
                                   const QString &teacherId, QDate firstDate, QDate lastDate, qint64 nowMs);

} // namespace companion
