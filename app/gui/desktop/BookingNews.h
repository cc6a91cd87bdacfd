#pragma once

#include "app/gui/desktop/DeepLink.h"
#include "models/Session.h"

#include <QJsonObject>
#include <QObject>

namespace companion {

class DesktopNotifier;

// "New booking: …" and "Cancelled: …" after a sync, for the upcoming sessions the user
// teaches. It compares what a finished sync left in the cache with the picture it kept from
// the last one (in the profile's settings, per account): a new profile's first sync only
// takes the picture, so nobody gets fifty bubbles on the day they install Companion.
class BookingNews : public QObject
{
    Q_OBJECT
public:
    // More changes than this in one sync: one bubble says how many.
    static constexpr int maxBubbles = 3;

    BookingNews(DesktopNotifier *notifier, QString settingsPath, QObject *parent = nullptr);

    void setAccount(const QString &userId);
    // The sessions after a successful sync (every page of it).
    void synced(const QList<Session> &sessions);

    struct Change
    {
        enum class Kind { Booked, Cancelled };
        Kind kind;
        Session session;
        int newSeats = 0; // Booked: how many seats were taken since
    };
    // What changed between the picture `before` and `sessions` for `userId`'s upcoming
    // sessions at `nowMs`, earliest session first.
    static QList<Change> changes(const QJsonObject &before, const QList<Session> &sessions,
                                 const QString &userId, qint64 nowMs);
    static QJsonObject picture(const QList<Session> &sessions, const QString &userId, qint64 nowMs);

Q_SIGNALS:
    void openRequested(const companion::DeepLink &link);
    void announced(int changes);

private:
    void announce(const QList<Change> &changes);
    QString key() const;

    DesktopNotifier *m_notifier;
    QString m_settingsPath;
    QString m_userId;
};

} // namespace companion
