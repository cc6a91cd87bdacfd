#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

struct icalcomponent_impl;

namespace companion::ical {

// The VTIMEZONEs of one export, from the system's tzdata through libical, under plain IANA
// TZIDs ("Europe/Berlin", not libical's "/freeassociation.sourceforge.net/…", which Outlook and
// Thunderbird do not recognise) and truncated to the exported range. Not thread-safe: libical's
// zone loading is not (IcsWriter serialises every use).
class IcsTimeZones
{
public:
    IcsTimeZones() = default;
    ~IcsTimeZones();
    IcsTimeZones(const IcsTimeZones &) = delete;
    IcsTimeZones &operator=(const IcsTimeZones &) = delete;

    // Whether times can be written in `zone` (QTimeZone and libical both know it).
    bool usable(const QByteArray &zone);
    // A new VTIMEZONE for `zone` covering [from, to] (the caller owns it), or nullptr.
    icalcomponent_impl *component(const QByteArray &zone, const QDateTime &from, const QDateTime &to);

    // Whether `instant` has a wall time in `zone` that every reader maps back to it. In the
    // hour repeated when clocks go back it has not: RFC 5545 reads a repeated wall time as its
    // first pass, libical (Evolution) and others as the second. Such instants go out in UTC.
    static bool hasLocalForm(const QDateTime &instant, const QTimeZone &zone);

private:
    static void oneOnsetPerObservance(icalcomponent_impl *vtimezone);

    QHash<QByteArray, bool> m_known;
};

} // namespace companion::ical
