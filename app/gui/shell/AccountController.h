#pragma once

#include "models/itemmodels/SessionListModel.h"
#include "models/schedule/Offering.h"
#include "services/storage/AccountReader.h"
#include "services/sync/SyncEngine.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqml.h>

namespace companion {

class AppContext;
class Storage;

// The QML singleton `Account`: the signed-in account's data for the screens, held
// once in memory. It opens the account's cache and outbox once the session knows
// who is signed in, keeps them synced, and re-reads (on the storage thread, through
// AccountReader) only what a sync or an edit changed: the sessions, the working
// schedule, the offerings. Screens read these in memory and follow the typed
// signals; an edit updates the working schedule here at once, then the outbox.
class AccountController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Account)
    QML_SINGLETON
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(Connection connection READ connection NOTIFY connectionChanged)
    Q_PROPERTY(bool settled READ settled NOTIFY settledChanged)
    Q_PROPERTY(companion::SyncEngine *sync READ sync NOTIFY readyChanged)
    Q_PROPERTY(companion::SessionListModel *sessions READ sessions CONSTANT)
    // Home's two lists, upcoming only: the sessions the user teaches, then (for a creator)
    // the ones S-Ts teach for the user's courses.
    Q_PROPERTY(companion::SessionListModel *upcomingTeaching READ upcomingTeaching CONSTANT)
    Q_PROPERTY(companion::SessionListModel *upcomingOfCourses READ upcomingOfCourses CONSTANT)
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged)
    // The cache was read since signing in: "no sessions" is then the truth, not "not yet".
    Q_PROPERTY(bool dataLoaded READ dataLoaded NOTIFY sessionsChanged)
public:
    // Where the screens stand, from the session, the open account and the sync: the one
    // place QML asks "signed in? offline? any data?". Online and Offline mean the
    // account is open (ready, so sync() and storage() are set).
    enum class Connection {
        SignedOut, // nobody is signed in yet (also while restoring or signing in)
        Opening, // signed in, the account's cache is not open (yet)
        Online, // open and the last sync reached the server
        Offline, // open, from the cache: a saved sign-in without the server, or the sync lost it
        OfflineNoData, // a saved sign-in without the server, and no open cache to show
    };
    Q_ENUM(Connection)

    explicit AccountController(AppContext *context, QObject *parent = nullptr);

    static void setInstance(AccountController *instance);
    static AccountController *instance();
    static AccountController *create(QQmlEngine *, QJSEngine *);

    bool ready() const { return m_ready; }
    Connection connection() const { return m_connection; }
    // Nothing is loading any more: the first sync after opening finished (or
    // nobody is signed in). Screenshots wait for this.
    bool settled() const;
    SyncEngine *sync() const;
    SessionListModel *sessions() const { return m_sessions; }
    SessionListModel *upcomingTeaching() const { return m_upcomingTeaching; }
    SessionListModel *upcomingOfCourses() const { return m_upcomingOfCourses; }
    QStringList notices() const { return m_notices; }
    Storage *storage() const;

    // At start, before the saved sign-in is restored: opens the cache of the profile's last
    // user and reads its sessions on the storage thread while the window loads; they are
    // shown once the session says who is signed in (the same user), so a start offline
    // does not wait for QML, the keyring and the read one after the other.
    void preload();
    // The signed-in user's id (the session's user; empty when signed out).
    QString userId() const;
    // Times in the lists shown in `zone` (a setting); empty: the account's own zone.
    void setViewZone(const QString &zone);
    // The zone the teacher teaches in: the working schedule's, else the user's.
    QString teachingZone() const;
    // True once the cache was read after opening (the screens can tell "nothing" from "not yet").
    bool dataLoaded() const { return m_dataLoaded; }
    const QList<Session> &allSessions() const { return m_sessions->all(); }
    const WorkingSchedule &workingSchedule() const { return m_schedule; }
    const QList<Offering> &offerings() const { return m_offerings; }
    // Shows `edited` as the working schedule at once and queues it in the outbox.
    // Returns why it was refused ("" when queued); `done` reports the outbox write.
    QString queueAvailabilityEdit(Schedule edited, std::function<void(bool queued, QString error)> done = {});

    Q_INVOKABLE void syncNow();
    // Whether the signed-in user may cancel the session now: theirs to teach or their course's,
    // scheduled, not started, and not already waiting to be cancelled.
    Q_INVOKABLE bool canCancel(const QString &sessionId) const;
    // A cancel queued here and not yet seen cancelled (it waits in the outbox while offline).
    Q_INVOKABLE bool cancelPending(const QString &sessionId) const
    {
        return m_cancelling.contains(sessionId);
    }
    // Whether the session starts sooner than its offering's minimum notice (cancelling is
    // allowed, but the students had counted on it). False when the offering is not known here.
    Q_INVOKABLE bool withinMinimumNotice(const QString &sessionId) const;
    // Seats booked in a cached session (0 when unknown).
    Q_INVOKABLE int bookedSeats(const QString &sessionId) const;
    // Queues the cancel in the outbox (sent at once when online); `cancelQueued` tells.
    Q_INVOKABLE void cancelSession(const QString &sessionId, const QString &reason, const QString &message);

Q_SIGNALS:
    void readyChanged();
    void connectionChanged();
    void settledChanged();
    void noticesChanged();
    // Typed: what changed, so that each screen re-lays out only for its data.
    void sessionsChanged();
    void scheduleChanged();
    void offeringsChanged();
    void teachingZoneChanged();
    void cancelQueued(const QString &sessionId, bool queued, const QString &error);
    void cancellingChanged();
    // Re-emitted from the sync engine, after this controller's own models reloaded.
    void collectionChanged(const QString &collection);

private:
    void onSessionState();
    void scheduleReload(const QString &collection);
    void reloadDirty();
    void reload(const QString &collection);
    void reloadSchedule();
    void reloadCancels();
    void applySessions(const QList<Session> &sessions);
    // Shows (or will show on arrival) the start's read; false when there is none for this user.
    bool showPreload();
    void setSchedule(const WorkingSchedule &schedule);
    void setReady(bool ready);
    void updateConnection();

    AppContext *m_context;
    void setSessions(const QList<Session> &sessions);
    void setDisplayZone(const QString &zone);

    SessionListModel *m_sessions;
    SessionListModel *m_upcomingTeaching;
    SessionListModel *m_upcomingOfCourses;
    WorkingSchedule m_schedule;
    QList<Offering> m_offerings;
    bool m_dataLoaded = false;
    quint64 m_scheduleGeneration = 0; // reads older than the newest local edit are dropped
    QStringList m_notices;
    bool m_ready = false;
    Connection m_connection = Connection::SignedOut;
    bool m_opening = false;
    bool m_firstSyncDone = false;
    QString m_viewZone; // empty: the account's zone
    QSet<QString> m_dirty; // collections changed since the last reload
    QSet<QString> m_cancelling; // cancels queued here, until the session arrives cancelled
    QTimer m_reloadTimer;
    // The start's read (preload()), kept until the session is ready for it.
    struct Preload
    {
        QString userId; // empty: none
        bool arrived = false;
        bool wanted = false; // the account is ready: show it when it arrives
        QList<Session> sessions;
    } m_preload;
};

} // namespace companion
