#pragma once

#include "ical/CalendarEvent.h"
#include "models/Session.h"

#include <QLocale>
#include <QUrl>

namespace companion::ical {

// A teaching session as a calendar event, the one mapping the server's feed and the app's
// export share: UID "<session id>@<platform host>", the course as the title, and a
// description written from the viewer's side (who teaches, students, seats, their share).
struct SessionEvent
{
    // `platform`: the platform's address (the UID's host and the session link); `students`:
    // names of the booked students when known (the server knows; a client's cache may not).
    static CalendarEvent from(const Session &session, const QUrl &platform, const QStringList &students = {},
                              const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));
    // "https://host/sessions/<id>": where the session is on the platform.
    static QUrl sessionUrl(const QUrl &platform, const QString &sessionId);
    // The viewer's share of what the booked seats paid, in minor units, by the money rules
    // (85 % to a creator who teaches; 70 % to an S-T and 15 % to the course's creator).
    // nullopt when the viewer earns nothing from it or who created the course is unknown.
    static std::optional<qint64> viewerShare(const Session &session, int *percent = nullptr);
};

} // namespace companion::ical
