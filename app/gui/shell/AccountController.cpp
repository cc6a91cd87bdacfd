#include "app/gui/shell/AccountController.h"

#include "app/AppContext.h"
#include "services/AuthSession.h"
#include "services/CacheStore.h"
#include "services/Storage.h"

#include <QJSEngine>
#include <QPointer>

namespace companion {

namespace {
QPointer<AccountController> s_instance;
}

AccountController::AccountController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sessions(new SessionListModel(this))
{
    connect(context->session(), &AuthSession::stateChanged, this, &AccountController::onSessionState);
    connect(context->session(), &AuthSession::stateChanged, this, &AccountController::updateConnection);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AccountController::reloadDirty);
    connect(context->session(), &AuthSession::userChanged, this,
            [this] { m_sessions->setDisplayZone(m_context->session()->timeZone()); });
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
        m_sessions->setSessions({});
        m_availability.clear();
        Q_EMIT availabilityChanged();
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
            m_firstSyncDone = true;
            Q_EMIT settledChanged();
            return;
        }
        SyncEngine *engine = m_context->sync();
        connect(engine, &SyncEngine::collectionChanged, this, &AccountController::scheduleReload);
        connect(engine, &SyncEngine::onlineChanged, this, &AccountController::updateConnection);
        connect(engine, &SyncEngine::syncFinished, this, [this] {
            if (!m_firstSyncDone) {
                m_firstSyncDone = true;
                Q_EMIT settledChanged();
            }
        });
        setReady(true);
        // Show what the cache has at once, then bring it up to date.
        reload(QStringLiteral("sessions"));
        reload(QStringLiteral("availability"));
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
        store->run<QList<Session>>(
            this, [](Storage::Stores &stores) { return stores.cache->sessions(); },
            [this, collection](const QList<Session> &sessions) {
                m_sessions->setSessions(sessions);
                Q_EMIT collectionChanged(collection);
            });
        return;
    }
    if (collection == QLatin1String("availability")) {
        store->run<std::optional<QJsonObject>>(
            this,
            [](Storage::Stores &stores) { return stores.cache->document(QStringLiteral("availability")); },
            [this, collection](const std::optional<QJsonObject> &availability) {
                m_availability = availability ? availability->toVariantMap() : QVariantMap();
                Q_EMIT availabilityChanged();
                Q_EMIT collectionChanged(collection);
            });
        return;
    }
    Q_EMIT collectionChanged(collection);
}

} // namespace companion
