#include "models/schedule/ScheduleText.h"

#include "models/time/InstantFormat.h"

#include <QCoreApplication>

namespace companion::ScheduleText {

QString weekday(const Schedule &schedule, int dayOfWeek)
{
    QList<LocalInterval> on;
    for (const WeeklyRule &rule : schedule.weekly)
        if (rule.dayOfWeek == dayOfWeek)
            on << rule.interval;
    return intervals(on);
}

namespace {
QString exceptions(const Schedule &schedule)
{
    const qsizetype dates = schedule.overrides.size();
    const qsizetype blocks = schedule.blocks.size();
    return QCoreApplication::translate("ScheduleText", "%n date exception(s)", nullptr, int(dates))
        + QStringLiteral(" · ")
        + QCoreApplication::translate("ScheduleText", "%n time-off period(s)", nullptr, int(blocks));
}
} // namespace

QString intervals(const QList<LocalInterval> &intervals)
{
    QStringList parts;
    for (const LocalInterval &interval : intervals)
        parts << instant::minuteOfDayToString(interval.startMinute) + QStringLiteral("–")
                + instant::minuteOfDayToString(interval.endMinute);
    return parts.isEmpty() ? QCoreApplication::translate("ScheduleText", "closed")
                           : parts.join(QStringLiteral(", "));
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
            out << QCoreApplication::translate("ScheduleText", "%1: yours %2 · theirs %3")
                       .arg(locale.dayName(day, QLocale::ShortFormat), a, b);
    }
    if (mine.overrides != theirs.overrides || mine.blocks != theirs.blocks)
        out << QCoreApplication::translate("ScheduleText", "Exceptions: yours %1 · theirs %2")
                   .arg(exceptions(mine), exceptions(theirs));
    if (mine.timeZone != theirs.timeZone)
        out << QCoreApplication::translate("ScheduleText", "Time zone: yours %1 · theirs %2")
                   .arg(mine.timeZone, theirs.timeZone);
    return out;
}

} // namespace companion::ScheduleText
