#pragma once

#include "models/Session.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QUrl>

namespace companion::ical {

// A teacher's sessions as one .ics calendar: which sessions an export holds and the file.
struct SessionCalendar
{
    struct Selection
    {
        QDate from; // first day, in the owner's zone; invalid: no lower bound
        QDate to; // last day, inclusive; invalid: no upper bound
        bool includeCancelled = false;
        bool onlyMine = false; // only what the owner teaches, not an S-T's session of their course
    };
    // The sessions that overlap the selected days (as the owner's zone counts them), by start.
    static QList<Session> select(const QList<Session> &sessions, const Selection &selection,
                                 const QString &ownerId, const QString &ownerZone);
    // How many `select` would return, without copying or sorting them (the export dialog's
    // count follows every sync).
    static qsizetype count(const QList<Session> &sessions, const Selection &selection, const QString &ownerId,
                           const QString &ownerZone);

    struct Owner
    {
        QString name;
        QString timeZone;
    };
    // The calendar file: named for its owner, shown in the owner's zone, DTSTAMP `stamp`
    // (invalid: each event's last change). `students`: booked names by session id, when known.
    static QByteArray write(const QList<Session> &sessions, const Owner &owner, const QUrl &platform,
                            const QDateTime &stamp, const QHash<QString, QStringList> &students = {},
                            const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));
};

} // namespace companion::ical
