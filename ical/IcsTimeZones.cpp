#include "ical/IcsTimeZones.h"

#include "ical/LibicalTime.h"

#include <algorithm>

namespace companion::ical {

IcsTimeZones::~IcsTimeZones() = default;

bool IcsTimeZones::usable(const QByteArray &zone)
{
    if (const auto known = m_known.constFind(zone); known != m_known.cend())
        return *known;
    // The id must be a real IANA name for both: Qt converts the instants, libical writes the
    // rules, and both read the same system tzdata.
    // UTC has no VTIMEZONE in libical: such times are written with "Z".
    icaltimezone *builtin = zone.isEmpty() ? nullptr : icaltimezone_get_builtin_timezone(zone.constData());
    const bool ok = builtin && icaltimezone_get_component(builtin) && QTimeZone::isTimeZoneIdAvailable(zone);
    m_known.insert(zone, ok);
    return ok;
}

icalcomponent *IcsTimeZones::component(const QByteArray &zone, const QDateTime &from, const QDateTime &to)
{
    if (!usable(zone))
        return nullptr;
    icaltimezone *builtin = icaltimezone_get_builtin_timezone(zone.constData());
    icalcomponent *source = builtin ? icaltimezone_get_component(builtin) : nullptr;
    if (!source)
        return nullptr;
    icalcomponent *vtimezone = icalcomponent_new_clone(source);
    // The observance in force at `from` is kept (moved to start there), later ones up to `to`.
    icaltimezone_truncate_vtimezone(vtimezone, libical::utcTime(from), libical::utcTime(to), 0);
    if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.constData());
    // X-LIC-LOCATION is libical's own bookkeeping, meaningless to other clients.
    for (icalproperty *x = icalcomponent_get_first_property(vtimezone, ICAL_X_PROPERTY); x;) {
        icalproperty *next = icalcomponent_get_next_property(vtimezone, ICAL_X_PROPERTY);
        if (qstrcmp(icalproperty_get_x_name(x), "X-LIC-LOCATION") == 0) {
            icalcomponent_remove_property(vtimezone, x);
            icalproperty_free(x);
        }
        x = next;
    }
    oneOnsetPerObservance(vtimezone);
    return vtimezone;
}

void IcsTimeZones::oneOnsetPerObservance(icalcomponent *vtimezone)
{
    // Truncation keeps later onsets as RDATEs, in UTC. ical.js then ignores the observance's
    // DTSTART, and RFC 5545 (3.6.5) wants local times there anyway. Each onset as its own
    // STANDARD/DAYLIGHT with only a DTSTART (in the local time before it, as TZOFFSETFROM
    // says) reads the same everywhere.
    QList<icalcomponent *> observances;
    for (icalcomponent *observance = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT);
         observance; observance = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT))
        observances.append(observance);
    for (icalcomponent *observance : std::as_const(observances)) {
        icalproperty *from = icalcomponent_get_first_property(observance, ICAL_TZOFFSETFROM_PROPERTY);
        const int offsetBefore = from ? icalproperty_get_tzoffsetfrom(from) : 0;
        QList<icalproperty *> rdates;
        for (icalproperty *rdate = icalcomponent_get_first_property(observance, ICAL_RDATE_PROPERTY); rdate;
             rdate = icalcomponent_get_next_property(observance, ICAL_RDATE_PROPERTY))
            rdates.append(rdate);
        for (icalproperty *rdate : std::as_const(rdates))
            icalcomponent_remove_property(observance, rdate);
        for (icalproperty *rdate : std::as_const(rdates)) {
            icaltimetype onset = icalproperty_get_rdate(rdate).time;
            if (icaltime_is_utc(onset))
                onset = icaltime_from_timet_with_zone(icaltime_as_timet(onset) + offsetBefore, 0, nullptr);
            icalproperty_free(rdate);
            icalcomponent *copy = icalcomponent_new_clone(observance);
            icalcomponent_set_dtstart(copy, onset);
            icalcomponent_add_component(vtimezone, copy);
        }
    }
}

bool IcsTimeZones::hasLocalForm(const QDateTime &instant, const QTimeZone &zone)
{
    // How far clocks went back at a transition (0 when they went forward).
    const auto setBack = [&zone](const QDateTime &at) {
        return std::max(0, zone.offsetFromUtc(at.addSecs(-1)) - zone.offsetFromUtc(at));
    };
    const QTimeZone::OffsetData previous = zone.previousTransition(instant.addSecs(1));
    if (previous.atUtc.isValid() && previous.atUtc.secsTo(instant) < setBack(previous.atUtc))
        return false; // the second pass through the repeated wall times
    const QTimeZone::OffsetData next = zone.nextTransition(instant);
    if (next.atUtc.isValid() && instant.secsTo(next.atUtc) <= setBack(next.atUtc))
        return false; // the first pass: the same wall time comes again after the transition
    return true;
}

} // namespace companion::ical
