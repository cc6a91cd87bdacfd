#include "app/gui/shell/AccountController.h"

#include "app/AppContext.h"
#include "models/time/Clock.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"

#include <QJSEngine>
#include <QPointer>

namespace companion {

namespace {
QPointer<AccountController> s_instance;

// Equal as far as a screen can tell: a sync that brings back what the edit already
// showed changes nothing on screen.
bool sameAsShown(const WorkingSchedule &a, const WorkingSchedule &b)
{
    auto conflictKeys = [](const WorkingSchedule &w) {
        QList<qint64> keys;
        for (const OutboxEdit &edit : w.conflicts)
            keys << edit.seq << edit.serverVersion;
        return keys;
    };
    return a.known == b.known && a.schedule == b.schedule && a.serverSchedule == b.serverSchedule
        && a.serverVersion == b.serverVersion && a.error == b.error && conflictKeys(a) == conflictKeys(b);
}
} // namespace

AccountController::AccountController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sessions(new SessionListModel(this))
    , m_upcomingTeaching(new SessionListModel(this))
    , m_upcomingOfCourses(new SessionListModel(this))
{
    m_upcomingTeaching->setViewerRole(QStringLiteral("teacher"));
    m_upcomingOfCourses->setViewerRole(QStringLiteral("course_creator"));
    connect(context->session(), &AuthSession::stateChanged, this, &AccountController::onSessionState);
    connect(context->session(), &AuthSession::stateChanged, this, &AccountController::updateConnection);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AccountController::reloadDirty);
    connect(context->session(), &AuthSession::userChanged, this, [this] {
        setDisplayZone(m_viewZone.isEmpty() ? m_context->session()->timeZone() : m_viewZone);
        Q_EMIT teachingZoneChanged();
    });
    updateConnection();
}

void AccountController::setInstance(AccountController *instance)
{
    s_instance = instance;
}

AccountController *AccountController::instance()
{
    return s_instance;
}

AccountController *AccountController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

SyncEngine *AccountController::sync() const
{
    return m_ready ? m_context->sync() : nullptr;
}

Storage *AccountController::storage() const
{
    return m_ready ? m_context->storage() : nullptr;
}

bool AccountController::settled() const
{
    const auto state = m_context->session()->state();
    if (state == AuthSession::State::Restoring || state == AuthSession::State::SigningIn)
        return false;
    if (state == AuthSession::State::SignedOut)
        return true;
    return m_ready && m_firstSyncDone;
}

void AccountController::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged();
    updateConnection();
}

void AccountController::updateConnection()
{
    const auto state = m_context->session()->state();
    Connection connection = Connection::SignedOut;
    if (state == AuthSession::State::SignedIn || state == AuthSession::State::Offline) {
        if (!m_ready)
            connection
                = state == AuthSession::State::Offline ? Connection::OfflineNoData : Connection::Opening;
        else if (state == AuthSession::State::Offline || !m_context->sync() || !m_context->sync()->online())
            connection = Connection::Offline;
        else
            connection = Connection::Online;
    }
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged();
}

void AccountController::onSessionState()
{
    const auto state = m_context->session()->state();
    if (state == AuthSession::State::SignedOut) {
        setReady(false);
        m_firstSyncDone = false;
        m_preload = {};
        setSessions({});
        m_offerings.clear();
        m_dataLoaded = false;
        setSchedule(WorkingSchedule {});
        Q_EMIT sessionsChanged();
        Q_EMIT offeringsChanged();
        Q_EMIT settledChanged();
        return;
    }
    if (state != AuthSession::State::SignedIn && state != AuthSession::State::Offline) {
        Q_EMIT settledChanged();
        return;
    }
    if (m_ready || m_opening) {
        if (state == AuthSession::State::SignedIn && m_ready)
            m_context->sync()->syncNow(); // back online after an offline start
        return;
    }
    m_opening = true;
    m_context->openAccount([this](const QString &error, const QStringList &notes) {
        m_opening = false;
        m_notices = notes;
        if (!error.isEmpty())
            m_notices << error;
        Q_EMIT noticesChanged();
        if (!error.isEmpty()) {
            m_preload = {}; // read from a cache that did not open
            m_firstSyncDone = true;
            Q_EMIT settledChanged();
            return;
        }
        SyncEngine *engine = m_context->sync();
        connect(engine, &SyncEngine::collectionChanged, this, &AccountController::scheduleReload);
        // A replayed, resolved or refused edit changes the working schedule and the cancels
        // waiting to be sent, nothing else.
        connect(engine, &SyncEngine::outboxChanged, this, &AccountController::reloadSchedule);
        connect(engine, &SyncEngine::outboxChanged, this, &AccountController::reloadCancels);
        connect(engine, &SyncEngine::onlineChanged, this, &AccountController::updateConnection);
        connect(engine, &SyncEngine::syncFinished, this, [this] {
            if (!m_firstSyncDone) {
                m_firstSyncDone = true;
                Q_EMIT settledChanged();
            }
        });
        setReady(true);
        // Show what the cache has at once, then bring it up to date.
        if (!showPreload())
            reload(QStringLiteral("sessions"));
        reload(QStringLiteral("offerings"));
        reloadSchedule();
        reloadCancels(); // a cancel queued before a restart still waits
        // Offline too: the periodic sync (and a reconnect) is what brings the session back.
        engine->startAutomaticSync();
        if (m_context->session()->state() == AuthSession::State::SignedIn) {
            engine->syncNow();
        } else {
            m_firstSyncDone = true;
            Q_EMIT settledChanged();
        }
    });
}

void AccountController::preload()
{
    const auto user = m_context->profile()->cachedUser();
    if (!user || user->id.isEmpty())
        return;
    m_context->openAccountOf(user->id, [](const QString &, const QStringList &) {
        // onSessionState() opens the same account again and gets the result and notes then.
    });
    m_preload = {};
    m_preload.userId = user->id;
    m_context->storage()->run<QList<Session>>(
        this, [](Storage::Stores &stores) { return AccountReader(stores).sessions(); },
        [this, id = user->id](const QList<Session> &sessions) {
            if (m_preload.userId != id)
                return; // signed out, or a later read took its place
            m_preload.sessions = sessions;
            m_preload.arrived = true;
            if (m_preload.wanted)
                showPreload();
        });
}

bool AccountController::showPreload()
{
    if (m_preload.userId.isEmpty() || m_preload.userId != userId()) {
        m_preload = {};
        return false;
    }
    m_preload.wanted = true;
    if (m_preload.arrived)
        applySessions(std::exchange(m_preload, {}).sessions);
    return true;
}

void AccountController::applySessions(const QList<Session> &sessions)
{
    setSessions(sessions);
    m_dataLoaded = true;
    // A queued cancel is done once the session arrives cancelled.
    bool settledCancel = false;
    for (const Session &session : sessions) {
        if (session.status == Session::Status::Cancelled)
            settledCancel = m_cancelling.remove(session.id) || settledCancel;
    }
    if (settledCancel)
        Q_EMIT cancellingChanged();
    Q_EMIT sessionsChanged();
    Q_EMIT collectionChanged(QStringLiteral("sessions"));
}

void AccountController::syncNow()
{
    if (m_ready)
        m_context->sync()->syncNow();
}

void AccountController::scheduleReload(const QString &collection)
{
    // A first sync changes "sessions" once per page: read all sessions once per
    // burst. Everything else is small and screens expect it at once.
    if (collection != QLatin1String("sessions")) {
        reload(collection);
        return;
    }
    m_dirty.insert(collection);
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void AccountController::reloadDirty()
{
    const auto dirty = std::exchange(m_dirty, {});
    for (const QString &collection : dirty)
        reload(collection);
}

void AccountController::reload(const QString &collection)
{
    Storage *store = storage();
    if (!store)
        return;
    if (collection == QLatin1String("sessions")) {
        m_preload = {}; // older than what this read will see
        store->run<QList<Session>>(
            this, [](Storage::Stores &stores) { return AccountReader(stores).sessions(); },
            [this](const QList<Session> &sessions) { applySessions(sessions); });
        return;
    }
    if (collection == QLatin1String("offerings")) {
        store->run<QList<Offering>>(
            this, [](Storage::Stores &stores) { return AccountReader(stores).offerings(); },
            [this, collection](const QList<Offering> &offerings) {
                if (offerings != m_offerings) {
                    m_offerings = offerings;
                    Q_EMIT offeringsChanged();
                }
                Q_EMIT collectionChanged(collection);
            });
        return;
    }
    if (collection == QLatin1String("availability"))
        reloadSchedule();
    Q_EMIT collectionChanged(collection);
}

void AccountController::reloadSchedule()
{
    Storage *store = storage();
    if (!store)
        return;
    const quint64 generation = m_scheduleGeneration;
    store->run<WorkingSchedule>(
        this,
        [user = userId()](Storage::Stores &stores) { return AccountReader(stores).workingSchedule(user); },
        [this, generation](const WorkingSchedule &schedule) {
            // An edit made while this was read is newer than what was read; the read that
            // follows its outbox write brings both.
            if (generation == m_scheduleGeneration)
                setSchedule(schedule);
        });
}

void AccountController::reloadCancels()
{
    Storage *store = storage();
    if (!store)
        return;
    struct Cancels
    {
        QSet<QString> waiting;
        QSet<QString> refused;
    };
    store->run<Cancels>(
        this,
        [user = userId()](Storage::Stores &stores) {
            Cancels cancels;
            for (const OutboxEdit &edit : AccountReader(stores).edits(user)) {
                if (edit.kind != u"session_cancel")
                    continue;
                const QString id = edit.body.value(QLatin1String("session_id")).toString();
                (edit.state == OutboxEdit::State::Failed ? cancels.refused : cancels.waiting).insert(id);
            }
            return cancels;
        },
        [this](const Cancels &cancels) {
            // Sent cancels stay "waiting" until the session arrives cancelled (see reload), so
            // that the Cancel button does not come back in between; refused ones end here.
            const QSet<QString> before = m_cancelling;
            m_cancelling.unite(cancels.waiting);
            m_cancelling.subtract(cancels.refused);
            if (m_cancelling != before)
                Q_EMIT cancellingChanged();
        });
}

void AccountController::setSchedule(const WorkingSchedule &schedule)
{
    if (sameAsShown(schedule, m_schedule)) {
        m_schedule.pending = schedule.pending;
        return;
    }
    const QString zone = teachingZone();
    m_schedule = schedule;
    Q_EMIT scheduleChanged();
    if (teachingZone() != zone)
        Q_EMIT teachingZoneChanged();
}

void AccountController::setViewZone(const QString &zone)
{
    m_viewZone = zone;
    setDisplayZone(m_viewZone.isEmpty() ? m_context->session()->timeZone() : m_viewZone);
}

void AccountController::setSessions(const QList<Session> &sessions)
{
    for (SessionListModel *list : { m_sessions, m_upcomingTeaching, m_upcomingOfCourses })
        list->setSessions(sessions);
}

void AccountController::setDisplayZone(const QString &zone)
{
    for (SessionListModel *list : { m_sessions, m_upcomingTeaching, m_upcomingOfCourses })
        list->setDisplayZone(zone);
}

QString AccountController::userId() const
{
    return m_context->session()->user().id;
}

QString AccountController::teachingZone() const
{
    if (m_schedule.known && !m_schedule.schedule.timeZone.isEmpty())
        return m_schedule.schedule.timeZone;
    return m_context->session()->timeZone();
}

QString AccountController::queueAvailabilityEdit(Schedule edited, std::function<void(bool, QString)> done)
{
    SyncEngine *engine = sync();
    if (!engine)
        return tr("Sign in to edit your availability.");
    if (edited.timeZone.isEmpty())
        edited.timeZone = teachingZone();
    // In the server's order, so the copy that comes back after the sync is equal and
    // nothing on screen is rebuilt.
    edited.sortCanonically();
    // Validated by the same parser the server and the slot engine use; the same JSON goes
    // to the outbox.
    const QJsonObject json = edited.toJson();
    QString error;
    const auto checked = Schedule::fromJson(json, &error);
    if (!checked)
        return error;
    WorkingSchedule shown = m_schedule;
    shown.schedule = *checked;
    shown.known = true;
    ++shown.pending;
    ++m_scheduleGeneration;
    setSchedule(shown);
    engine->queueAvailabilityEdit(json, shown.serverVersion, std::move(done));
    return {};
}

bool AccountController::canCancel(const QString &sessionId) const
{
    if (m_cancelling.contains(sessionId))
        return false;
    for (const Session &session : allSessions()) {
        if (session.id == sessionId)
            return session.viewerRole != u"student" && session.status == Session::Status::Scheduled
                && session.start > Clock::nowUtc();
    }
    return false;
}

bool AccountController::withinMinimumNotice(const QString &sessionId) const
{
    for (const Session &session : allSessions()) {
        if (session.id != sessionId)
            continue;
        for (const Offering &offering : m_offerings) {
            if (offering.id == session.offeringId)
                return Clock::nowUtc().secsTo(session.start) < qint64(offering.minimumNoticeMinutes) * 60;
        }
    }
    return false;
}

int AccountController::bookedSeats(const QString &sessionId) const
{
    for (const Session &session : allSessions()) {
        if (session.id == sessionId)
            return session.bookedSeats;
    }
    return 0;
}

void AccountController::cancelSession(const QString &sessionId, const QString &reason, const QString &message)
{
    SyncEngine *engine = sync();
    if (!engine || !canCancel(sessionId)) {
        Q_EMIT cancelQueued(sessionId, false, tr("This session can no longer be cancelled."));
        return;
    }
    m_cancelling.insert(sessionId);
    Q_EMIT cancellingChanged();
    engine->queueSessionCancel(
        sessionId, reason.trimmed(), message.trimmed(),
        [this, self = QPointer<AccountController>(this), sessionId](bool queued, const QString &error) {
            if (!self)
                return;
            if (!queued) {
                m_cancelling.remove(sessionId);
                Q_EMIT cancellingChanged();
            }
            Q_EMIT cancelQueued(sessionId, queued, error);
        });
}

} // namespace companion
