#include "ical/SessionCalendar.h"

#include "ical/IcsWriter.h"
#include "ical/SessionEvent.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace companion::ical {

QList<Session> SessionCalendar::select(const QList<Session> &sessions, const Selection &selection,
                                       const QString &ownerId, const QString &ownerZone)
{
    QTimeZone zone(ownerZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    // Day bounds through QDateTime in the zone: a day that starts in a DST gap still has one.
    const QDateTime from
        = selection.from.isValid() ? QDateTime(selection.from, QTime(0, 0), zone) : QDateTime();
    const QDateTime to
        = selection.to.isValid() ? QDateTime(selection.to.addDays(1), QTime(0, 0), zone) : QDateTime();
    QList<Session> chosen;
    for (const Session &session : sessions) {
        if (!selection.includeCancelled && session.status == Session::Status::Cancelled)
            continue;
        if (selection.onlyMine && session.teacherId != ownerId)
            continue;
        if (session.viewerRole == u"student") // a booking of one's own is not teaching
            continue;
        if ((from.isValid() && session.end <= from) || (to.isValid() && session.start >= to))
            continue;
        chosen.append(session);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Session &a, const Session &b) { return a.start < b.start; });
    return chosen;
}

QByteArray SessionCalendar::write(const QList<Session> &sessions, const Owner &owner, const QUrl &platform,
                                  const QDateTime &stamp, const QHash<QString, QStringList> &students,
                                  const QLocale &locale)
{
    CalendarHeader header;
    header.name = owner.name.isEmpty()
        ? QCoreApplication::translate("SessionCalendar", "Companion sessions")
        : QCoreApplication::translate("SessionCalendar", "Companion — %1").arg(owner.name);
    header.timeZone = owner.timeZone;
    header.stamp = stamp;
    QList<CalendarEvent> events;
    events.reserve(sessions.size());
    for (const Session &session : sessions)
        events.append(SessionEvent::from(session, platform, students.value(session.id), locale));
    return IcsWriter::write(header, events);
}

} // namespace companion::ical
