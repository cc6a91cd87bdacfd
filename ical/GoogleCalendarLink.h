#pragma once

#include "ical/CalendarEvent.h"

#include <QUrl>

namespace companion::ical {

// Google Calendar's "add event" template link for one event (calendar/render?action=TEMPLATE):
// UTC dates, title, details, location and the zone to show it in. It carries no UID, so later
// changes cannot reach the copy it makes; the .ics file and the subscription can.
struct GoogleCalendarLink
{
    static QUrl forEvent(const CalendarEvent &event);
    // Google's "add by URL" for a subscription: the https feed (Google rejects webcal:// there).
    static QUrl subscribe(const QUrl &httpsFeed);
};

} // namespace companion::ical
