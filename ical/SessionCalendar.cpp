#include "ical/SessionCalendar.h"

#include "ical/IcsWriter.h"
#include "ical/SessionEvent.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace companion::ical {

namespace {

// A selection made concrete for one owner: its days as instants.
class Chooser
{
public:
    Chooser(const SessionCalendar::Selection &selection, const QString &ownerId, const QString &ownerZone)
        : m_selection(selection)
        , m_ownerId(ownerId)
    {
        QTimeZone zone(ownerZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        // Day bounds through QDateTime in the zone: a day that starts in a DST gap still has one.
        if (selection.from.isValid())
            m_from = QDateTime(selection.from, QTime(0, 0), zone);
        if (selection.to.isValid())
            m_to = QDateTime(selection.to.addDays(1), QTime(0, 0), zone);
    }

    bool takes(const Session &session) const
    {
        if (!m_selection.includeCancelled && session.status == Session::Status::Cancelled)
            return false;
        if (m_selection.onlyMine && session.teacherId != m_ownerId)
            return false;
        if (session.viewerRole == u"student") // a booking of one's own is not teaching
            return false;
        return !(m_from.isValid() && session.end <= m_from) && !(m_to.isValid() && session.start >= m_to);
    }

private:
    const SessionCalendar::Selection &m_selection;
    const QString &m_ownerId;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace

qsizetype SessionCalendar::count(const QList<Session> &sessions, const Selection &selection,
                                 const QString &ownerId, const QString &ownerZone)
{
    const Chooser chooser(selection, ownerId, ownerZone);
    return std::count_if(sessions.cbegin(), sessions.cend(),
                         [&chooser](const Session &session) { return chooser.takes(session); });
}

QList<Session> SessionCalendar::select(const QList<Session> &sessions, const Selection &selection,
                                       const QString &ownerId, const QString &ownerZone)
{
    const Chooser chooser(selection, ownerId, ownerZone);
    QList<Session> chosen;
    for (const Session &session : sessions) {
        if (chooser.takes(session))
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
