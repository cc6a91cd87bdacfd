#include "models/schedule/ScheduleText.h"

#include "models/time/InstantFormat.h"

#include <QCoreApplication>

namespace companion::ScheduleText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ScheduleText", text);
}

QString weekday(const Schedule &schedule, int day)
{
    QList<LocalInterval> on;
    for (const WeeklyRule &rule : schedule.weekly)
        if (rule.dayOfWeek == day)
            on << rule.interval;
    return intervals(on);
}

QString exceptions(const Schedule &schedule)
{
    const qsizetype dates = schedule.overrides.size();
    const qsizetype blocks = schedule.blocks.size();
    return (dates == 1 ? tr("1 date exception") : tr("%1 date exceptions").arg(dates)) + QStringLiteral(" · ")
        + (blocks == 1 ? tr("1 time-off period") : tr("%1 time-off periods").arg(blocks));
}
} // namespace

QString intervals(const QList<LocalInterval> &intervals)
{
    QStringList parts;
    for (const LocalInterval &interval : intervals)
        parts << instant::minuteOfDayToString(interval.startMinute) + QStringLiteral("–")
                + instant::minuteOfDayToString(interval.endMinute);
    return parts.isEmpty() ? tr("closed") : parts.join(QStringLiteral(", "));
}

QStringList describe(const Schedule &schedule, const QLocale &locale)
{
    QStringList lines;
    for (int day = 1; day <= 7; ++day)
        lines << locale.dayName(day, QLocale::ShortFormat) + QStringLiteral("  ") + weekday(schedule, day);
    lines << exceptions(schedule);
    return lines;
}

QStringList differences(const Schedule &mine, const Schedule &theirs, const QLocale &locale)
{
    QStringList out;
    for (int day = 1; day <= 7; ++day) {
        const QString a = weekday(mine, day);
        const QString b = weekday(theirs, day);
        if (a != b)
            out << tr("%1: yours %2 · theirs %3").arg(locale.dayName(day, QLocale::ShortFormat), a, b);
    }
    if (mine.overrides != theirs.overrides || mine.blocks != theirs.blocks)
        out << tr("Exceptions: yours %1 · theirs %2").arg(exceptions(mine), exceptions(theirs));
    if (mine.timeZone != theirs.timeZone)
        out << tr("Time zone: yours %1 · theirs %2").arg(mine.timeZone, theirs.timeZone);
    return out;
}

} // namespace companion::ScheduleText
