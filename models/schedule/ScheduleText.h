#pragma once

#include "models/schedule/Schedule.h"

#include <QLocale>
#include <QStringList>

namespace companion {

// A schedule as lines a person reads, for the outbox and the conflict view.
namespace ScheduleText {

// "09:00–12:00, 14:00–17:00", or "closed" for no intervals.
QString intervals(const QList<LocalInterval> &intervals);
// A weekday's weekly hours (1 = Monday): "09:00–12:00, 14:00–17:00" or "closed".
QString weekday(const Schedule &schedule, int dayOfWeek);
// One line per weekday ("Mon  09:00–12:00"), then "2 date exceptions · 1 time-off period".
QStringList describe(const Schedule &schedule, const QLocale &locale = QLocale());
// The weekdays (and the exception, time-off and zone summaries) where two schedules differ:
// "Mon: yours 09:00–12:00 · theirs closed".
QStringList differences(const Schedule &mine, const Schedule &theirs, const QLocale &locale = QLocale());

} // namespace ScheduleText

} // namespace companion
