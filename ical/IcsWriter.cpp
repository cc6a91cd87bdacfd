#include "ical/IcsWriter.h"

#include "ical/IcsTimeZones.h"
#include "ical/LibicalTime.h"

#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace companion::ical {

namespace {

Q_CONSTINIT QMutex libicalMutex;

constexpr char kProductId[] = "-//Companion//Companion Calendar Export//EN";

// A property of an iCalendar extension (X-…, or RFC 7986 names that libical 3 predates),
// with a typed value so libical escapes and labels it.
void addExtension(icalcomponent *component, const char *name, icalvalue *value)
{
    icalproperty *property = icalproperty_new(ICAL_X_PROPERTY);
    icalproperty_set_x_name(property, name);
    icalproperty_set_value(property, value);
    icalcomponent_add_property(component, property);
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), const QDateTime &instant,
                           const QByteArray &zoneId, const QTimeZone &zone)
{
    if (zoneId.isEmpty())
        return make(libical::utcTime(instant));
    icalproperty *property = make(libical::wallTime(instant, zone));
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId.constData()));
    return property;
}

icalcomponent *eventComponent(const CalendarEvent &event, const QByteArray &zoneId, const QDateTime &stamp)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    addText(vevent, icalproperty_new_uid, event.uid);
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(libical::utcTime(stamp)));
    const QTimeZone zone(zoneId);
    icalcomponent_add_property(vevent, timeProperty(icalproperty_new_dtstart, event.start, zoneId, zone));
    icalcomponent_add_property(vevent, timeProperty(icalproperty_new_dtend, event.end, zoneId, zone));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
    if (event.lastModified.isValid())
        icalcomponent_add_property(vevent,
                                   icalproperty_new_lastmodified(libical::utcTime(event.lastModified)));
    addText(vevent, icalproperty_new_summary, event.summary);
    addText(vevent, icalproperty_new_description, event.description);
    addText(vevent, icalproperty_new_location, event.location);
    addText(vevent, icalproperty_new_url, event.url);
    icalcomponent_add_property(vevent,
                               icalproperty_new_status(event.status == CalendarEvent::Status::Cancelled
                                                           ? ICAL_STATUS_CANCELLED
                                                           : ICAL_STATUS_CONFIRMED));
    for (QString category : event.categories)
        addText(vevent, icalproperty_new_categories, category.replace(QLatin1Char(','), QLatin1Char(' ')));
    if (!event.organizerEmail.isEmpty()) {
        icalproperty *organizer
            = icalproperty_new_organizer(("mailto:" + event.organizerEmail.toUtf8()).constData());
        if (!event.organizerName.isEmpty())
            icalproperty_add_parameter(organizer,
                                       icalparameter_new_cn(event.organizerName.toUtf8().constData()));
        icalcomponent_add_property(vevent, organizer);
    }
    // A session blocks the teacher's time.
    icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    return vevent;
}

struct Range
{
    QDateTime from;
    QDateTime to;
};

} // namespace

QByteArray IcsWriter::write(const CalendarHeader &header, const QList<CalendarEvent> &events)
{
    QMutexLocker lock(&libicalMutex);
    IcsTimeZones zones;

    // Which zone each event's times are written in, and the range each zone must cover.
    QList<QByteArray> eventZones;
    eventZones.reserve(events.size());
    QMap<QByteArray, Range> ranges; // sorted: the VTIMEZONEs come out in a stable order
    for (const CalendarEvent &event : events) {
        QByteArray zone = event.timeZone.toUtf8();
        const QTimeZone qzone(zone);
        if (!zones.usable(zone) || !IcsTimeZones::hasLocalForm(event.start, qzone)
            || !IcsTimeZones::hasLocalForm(event.end, qzone))
            zone.clear(); // written in UTC: still exact, only not labelled with the zone
        if (!zone.isEmpty()) {
            Range &range = ranges[zone];
            if (!range.from.isValid() || event.start < range.from)
                range.from = event.start;
            if (!range.to.isValid() || event.end > range.to)
                range.to = event.end;
        }
        eventZones.append(zone);
    }

    icalcomponent *calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_prodid(kProductId));
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!header.name.isEmpty()) {
        const QByteArray name = header.name.toUtf8();
        addExtension(calendar, "NAME", icalvalue_new_text(name.constData()));
        addExtension(calendar, "X-WR-CALNAME", icalvalue_new_text(name.constData()));
    }
    if (!header.timeZone.isEmpty())
        addExtension(calendar, "X-WR-TIMEZONE", icalvalue_new_text(header.timeZone.toUtf8().constData()));
    if (header.refreshMinutes > 0) {
        icaldurationtype refresh = icaldurationtype_null_duration();
        refresh.hours = static_cast<unsigned int>(header.refreshMinutes / 60);
        refresh.minutes = static_cast<unsigned int>(header.refreshMinutes % 60);
        addExtension(calendar, "REFRESH-INTERVAL", icalvalue_new_duration(refresh));
        addExtension(calendar, "X-PUBLISHED-TTL", icalvalue_new_duration(refresh));
    }

    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        // A day of margin: a client showing the event's day needs the offset around it.
        if (icalcomponent *vtimezone = zones.component(it.key(), it->from.addDays(-1), it->to.addDays(1)))
            icalcomponent_add_component(calendar, vtimezone);
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CalendarEvent &event = events.at(i);
        const QDateTime stamp = header.stamp.isValid() ? header.stamp
            : event.lastModified.isValid()             ? event.lastModified
                                                       : event.start;
        icalcomponent_add_component(calendar, eventComponent(event, eventZones.at(i), stamp));
    }

    char *text = icalcomponent_as_ical_string_r(calendar);
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return ics;
}

} // namespace companion::ical
