#pragma once
// Small builders for slot engine tests (tst_slot_calculator, tst_slot_reasons): rules, schedules,
// offerings, busy sessions and queries from text.
#include "models/schedule/SlotCalculator.h"
#include "models/time/InstantFormat.h"

#include <QTimeZone>

namespace companion::test {

inline WeeklyRule rule(int day, const char *start, const char *end)
{
    return { day,
             { *instant::parseMinuteOfDay(QLatin1String(start)),
               *instant::parseMinuteOfDay(QLatin1String(end)) } };
}

inline Schedule schedule(const char *zone, QList<WeeklyRule> weekly)
{
    Schedule s;
    s.id = QStringLiteral("sch");
    s.timeZone = QString::fromLatin1(zone);
    s.weekly = weekly;
    return s;
}

inline Offering offering(int duration, int interval = 0)
{
    Offering o;
    o.id = QStringLiteral("off");
    o.durationMinutes = duration;
    o.slotIntervalMinutes = interval;
    return o;
}

inline BusySession session(const char *id, const char *start, const char *end, const char *offeringId = "off")
{
    BusySession s;
    s.id = QString::fromLatin1(id);
    s.offeringId = QString::fromLatin1(offeringId);
    s.startMs = *instant::parseMs(QLatin1String(start));
    s.endMs = *instant::parseMs(QLatin1String(end));
    return s;
}

inline SlotQuery query(QDate from, QDate to, const char *now, const char *viewerZone = nullptr)
{
    SlotQuery q { from, to, *instant::parseMs(QLatin1String(now)), {} };
    if (viewerZone)
        q.viewerZone = QTimeZone(viewerZone);
    return q;
}

} // namespace companion::test
