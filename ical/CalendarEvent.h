#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace companion::ical {

// One VEVENT as Companion publishes it: everything the writer needs, already decided
// (the texts, the UID, which zone the times are shown in). Times are instants; the writer
// picks their local form.
struct CalendarEvent
{
    enum class Status { Confirmed, Cancelled };

    QString uid; // stable forever: "<session id>@<platform host>"
    QDateTime start; // any time spec; the instant is what counts
    QDateTime end;
    QString timeZone; // IANA id the times are written in (the teacher's); empty: UTC
    int sequence = 0; // the session's version: clients replace an event with a higher one
    QDateTime lastModified;
    QString summary;
    QString description;
    QString location;
    QString url;
    Status status = Status::Confirmed;
    QStringList categories; // a comma inside one becomes a space (libical writes them as a list)
    // ORGANIZER, which iTIP's PUBLISH requires: who holds the session, and an address replies
    // would go to (an event with no ATTENDEE asks for none).
    QString organizerName;
    QString organizerEmail;
};

// The VCALENDAR around the events.
struct CalendarHeader
{
    QString name; // NAME and X-WR-CALNAME
    QString timeZone; // X-WR-TIMEZONE: the zone a client should show the calendar in
    int refreshMinutes = 60; // REFRESH-INTERVAL and X-PUBLISHED-TTL
    // DTSTAMP of every event: the export instant for a file; invalid means "each event's
    // LAST-MODIFIED", which keeps a feed byte-identical while nothing changes (cheap ETags).
    QDateTime stamp;
};

} // namespace companion::ical
