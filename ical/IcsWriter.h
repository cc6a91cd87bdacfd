#pragma once

#include "ical/CalendarEvent.h"

#include <QByteArray>
#include <QList>

namespace companion::ical {

// Writes an iCalendar (RFC 5545) calendar with libical: VCALENDAR (PUBLISH, NAME/X-WR-CALNAME,
// REFRESH-INTERVAL/X-PUBLISHED-TTL, X-WR-TIMEZONE), a VTIMEZONE for each zone the events use
// (truncated to their range) and one VEVENT per event. libical escapes the text values and
// folds lines at 75 octets on UTF-8 boundaries; lines end in CRLF. Safe to call from any
// thread (libical's zone loading is not, so calls are serialised).
class IcsWriter
{
public:
    static QByteArray write(const CalendarHeader &header, const QList<CalendarEvent> &events);
};

} // namespace companion::ical
