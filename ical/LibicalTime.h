#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <libical/ical.h>

// Qt instants as libical times; private to this library (only its .cpp files include it).
namespace companion::ical::libical {

inline icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// The wall time of `instant` in `zone`, with no zone attached (a TZID parameter names it).
inline icaltimetype wallTime(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    icaltimetype time = icaltime_null_time();
    time.year = local.date().year();
    time.month = local.date().month();
    time.day = local.date().day();
    time.hour = local.time().hour();
    time.minute = local.time().minute();
    time.second = local.time().second();
    return time;
}

} // namespace companion::ical::libical
