#include "models/time/RelativeWhen.h"

#include "models/time/DateText.h"

#include <QCoreApplication>

namespace companion {

QString RelativeWhen::format(const QDateTime &start, const QDateTime &now, const QTimeZone &zone,
                             const QLocale &locale)
{
    const QDateTime local = start.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const qint64 days = today.daysTo(local.date());
    const QString time = DateText::format(local.time(), locale);
    if (days == 0)
        return QCoreApplication::translate("RelativeWhen", "Today at %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("RelativeWhen", "Tomorrow at %1").arg(time);
    if (days == -1)
        return QCoreApplication::translate("RelativeWhen", "Yesterday at %1").arg(time);
    // Within a week the weekday names the day unambiguously; beyond it the date does.
    const QString day = qAbs(days) < 7
        ? locale.standaloneDayName(local.date().dayOfWeek(), QLocale::LongFormat)
        : DateText::format(local.date(), DateText::Style::WeekdayDate, locale);
    return days > 0
        ? QCoreApplication::translate("RelativeWhen", "%1 at %2 (in %n day(s))", nullptr, int(days))
              .arg(day, time)
        : QCoreApplication::translate("RelativeWhen", "%1 at %2 (%n day(s) ago)", nullptr, int(-days))
              .arg(day, time);
}

} // namespace companion
