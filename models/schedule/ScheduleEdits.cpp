#include "models/schedule/ScheduleEdits.h"

#include "models/time/DateText.h"
#include "models/time/LocalTimeResolver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace companion::ScheduleEdits {

namespace {
ScheduleEdit refused(const QString &message)
{
    return ScheduleEdit { std::nullopt, message, false };
}

ScheduleEdit edited(Schedule schedule)
{
    return ScheduleEdit { std::move(schedule), {}, false };
}

void sortOverrides(Schedule &schedule)
{
    std::sort(schedule.overrides.begin(), schedule.overrides.end(),
              [](const DateOverride &a, const DateOverride &b) { return a.date < b.date; });
}

// One entry per date: the new one replaces what the date had.
Schedule withOverride(Schedule schedule, DateOverride entry)
{
    schedule.overrides.removeIf([&entry](const DateOverride &old) { return old.date == entry.date; });
    schedule.overrides.append(std::move(entry));
    sortOverrides(schedule);
    return schedule;
}

QList<LocalInterval> merged(QList<LocalInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    QList<LocalInterval> out;
    for (const LocalInterval &interval : std::as_const(intervals)) {
        if (!out.isEmpty() && interval.startMinute <= out.last().endMinute)
            out.last().endMinute = std::max(out.last().endMinute, interval.endMinute);
        else
            out.append(interval);
    }
    return out;
}
} // namespace

int snapped(int minute, int days)
{
    return std::clamp(int(std::lround(minute / double(SnapMinutes))) * SnapMinutes, 0, days * 1440);
}

ScheduleEdit addRule(const Schedule &schedule, int dayOfWeek, int startMinute, int endMinute)
{
    const int start = snapped(std::min(startMinute, endMinute));
    const int end = snapped(std::max(startMinute, endMinute), 2);
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return refused(QCoreApplication::translate("ScheduleEdits", "Pick a weekday."));
    if (end - start < SnapMinutes)
        return refused(QCoreApplication::translate("ScheduleEdits", "A block needs at least 15 minutes."));
    if (start >= 1440)
        return refused(QCoreApplication::translate(
            "ScheduleEdits", "A block starts on its day and ends by the next day's midnight."));
    Schedule out = schedule;
    if (end <= 1440) {
        out.weekly.append(WeeklyRule { dayOfWeek, LocalInterval { start, end } });
    } else {
        out.weekly.append(WeeklyRule { dayOfWeek, LocalInterval { start, 1440 } });
        out.weekly.append(WeeklyRule { dayOfWeek % 7 + 1, LocalInterval { 0, end - 1440 } });
    }
    return edited(std::move(out));
}

ScheduleEdit changeRule(const Schedule &schedule, int index, int dayOfWeek, int startMinute, int endMinute)
{
    if (index < 0 || index >= schedule.weekly.size())
        return refused(QCoreApplication::translate("ScheduleEdits", "That block no longer exists."));
    const int start = snapped(startMinute);
    const int end = snapped(endMinute);
    if (dayOfWeek < 1 || dayOfWeek > 7 || end - start < SnapMinutes)
        return refused(QCoreApplication::translate("ScheduleEdits",
                                                   "A block needs at least 15 minutes within one day."));
    const WeeklyRule changed { dayOfWeek, { start, end } };
    if (schedule.weekly[index] == changed)
        return ScheduleEdit { std::nullopt, {}, true };
    Schedule out = schedule;
    out.weekly[index] = changed;
    return edited(std::move(out));
}

ScheduleEdit removeRule(const Schedule &schedule, int index)
{
    if (index < 0 || index >= schedule.weekly.size())
        return refused(QCoreApplication::translate("ScheduleEdits", "That block no longer exists."));
    Schedule out = schedule;
    out.weekly.removeAt(index);
    return edited(std::move(out));
}

ScheduleEdit setOverride(const Schedule &schedule, QDate date, int startMinute, int endMinute)
{
    if (!date.isValid())
        return refused(QCoreApplication::translate("ScheduleEdits", "Enter a date as YYYY-MM-DD."));
    DateOverride entry { date, {} };
    if (startMinute != endMinute) {
        const int start = snapped(std::min(startMinute, endMinute));
        const int end = snapped(std::max(startMinute, endMinute));
        if (end - start < SnapMinutes)
            return refused(QCoreApplication::translate("ScheduleEdits", "Hours need at least 15 minutes."));
        entry.intervals.append(LocalInterval { start, end });
    }
    return edited(withOverride(schedule, std::move(entry)));
}

ScheduleEdit addHours(const Schedule &schedule, qint64 startUtcSecs, qint64 endUtcSecs)
{
    if (endUtcSecs - startUtcSecs < SnapMinutes * 60)
        return refused(QCoreApplication::translate("ScheduleEdits", "A block needs at least 15 minutes."));
    const QTimeZone zone(schedule.timeZone.toUtf8());
    if (!zone.isValid())
        return refused(QCoreApplication::translate("ScheduleEdits", "Your teaching zone is not known yet."));
    const LocalTimeResolver teacher(zone, startUtcSecs - 2 * 86400, endUtcSecs + 2 * 86400);
    auto wallMinute = [&teacher](qint64 utc) {
        const qint64 local = utc + teacher.offsetAtSecs(utc);
        return int(((local % 86400) + 86400) % 86400 / 60);
    };
    const QDate date = teacher.localDateOfSecs(startUtcSecs);
    const int start = wallMinute(startUtcSecs);
    int end = wallMinute(endUtcSecs);
    const QDate endDate = teacher.localDateOfSecs(endUtcSecs);
    if (endDate != date) {
        if (endDate == date.addDays(1) && end == 0)
            end = 1440;
        else
            return refused(
                QCoreApplication::translate(
                    "ScheduleEdits",
                    "Those hours run past midnight in your teaching zone (%1); add them in two parts.")
                    .arg(schedule.timeZone));
    }
    if (end <= start)
        return refused(QCoreApplication::translate(
            "ScheduleEdits", "Those hours fall into a clock change in your teaching zone."));
    for (const DateBlock &block : schedule.blocks) {
        if (block.contains(date))
            return refused(QCoreApplication::translate("ScheduleEdits",
                                                       "%1 is part of a vacation; remove the vacation first.")
                               .arg(DateText::format(date, DateText::Style::Date)));
    }
    QList<LocalInterval> intervals = schedule.intervalsOn(date);
    intervals.append(LocalInterval { start, end });
    return edited(withOverride(schedule, DateOverride { date, merged(intervals) }));
}

ScheduleEdit removeOverride(const Schedule &schedule, int index)
{
    if (index < 0 || index >= schedule.overrides.size())
        return refused(QCoreApplication::translate("ScheduleEdits", "That date no longer exists."));
    Schedule out = schedule;
    out.overrides.removeAt(index);
    return edited(std::move(out));
}

ScheduleEdit addBlock(const Schedule &schedule, QDate firstDate, QDate lastDate, const QString &reason)
{
    if (!firstDate.isValid() || !lastDate.isValid())
        return refused(QCoreApplication::translate("ScheduleEdits", "Enter both dates as YYYY-MM-DD."));
    if (lastDate < firstDate)
        return refused(QCoreApplication::translate("ScheduleEdits", "The last day comes before the first."));
    Schedule out = schedule;
    out.blocks.append(DateBlock { firstDate, lastDate, reason.trimmed() });
    std::sort(out.blocks.begin(), out.blocks.end(),
              [](const DateBlock &a, const DateBlock &b) { return a.firstDate < b.firstDate; });
    return edited(std::move(out));
}

ScheduleEdit removeBlock(const Schedule &schedule, int index)
{
    if (index < 0 || index >= schedule.blocks.size())
        return refused(QCoreApplication::translate("ScheduleEdits", "That vacation no longer exists."));
    Schedule out = schedule;
    out.blocks.removeAt(index);
    return edited(std::move(out));
}

} // namespace companion::ScheduleEdits
