#include "services/sync/ChangeStream.h"

#include "services/Logging.h"
#include "services/auth/AuthSession.h"
#include "services/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace companion {

namespace {

// A connection that lived this long was healthy: the next loss starts the back-off again.
constexpr qint64 kHealthyMs = 10'000;

QUrl streamUrl(QUrl base)
{
    base.setScheme(base.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/api/changes/stream"));
    base.setQuery(QString());
    return base;
}

} // namespace

ChangeStream::ChangeStream(AuthSession *session, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeStream::connectNow);
    m_ping.setInterval(30'000);
    connect(&m_ping, &QTimer::timeout, this, &ChangeStream::keepAlive);
    connect(session, &AuthSession::stateChanged, this, &ChangeStream::onSessionState);
    connect(session, &AuthSession::accessTokenChanged, this, &ChangeStream::onAccessTokenChanged);
    // The engine found the server again: no need to wait out the back-off.
    connect(sync, &SyncEngine::onlineChanged, this, [this] {
        if (m_running && m_sync && m_sync->online() && !m_socket) {
            m_failures = 0;
            m_retry.stop();
            connectNow();
        }
    });
}

void ChangeStream::setTiming(int firstRetryMs, int maxRetryMs, int pingMs)
{
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
    m_ping.setInterval(pingMs);
}

void ChangeStream::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void ChangeStream::stop()
{
    m_running = false;
    ++m_attempt;
    m_retry.stop();
    dropSocket();
}

void ChangeStream::connectNow()
{
    if (!m_running || m_socket || m_session->state() != AuthSession::State::SignedIn)
        return;
    const int attempt = ++m_attempt;
    m_session->withFreshAccessToken([self = QPointer<ChangeStream>(this), attempt](const QString &token) {
        if (!self || attempt != self->m_attempt || !self->m_running || self->m_socket)
            return;
        if (token.isEmpty()) {
            self->retryLater();
            return;
        }
        self->open(token);
    });
}

void ChangeStream::open(const QString &token)
{
    m_token = token;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &ChangeStream::onConnected);
    // Also after a refused or failed handshake (Qt 6.4 emits it from every state).
    connect(m_socket, &QWebSocket::disconnected, this, &ChangeStream::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ChangeStream::onMessage);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongSeen = true; });
    QNetworkRequest request(streamUrl(m_session->client()->baseUrl()));
    // A header, never the URL: URLs end up in logs.
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Companion/%1 (Qt %2)")
                          .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    m_socket->open(request);
}

void ChangeStream::onConnected()
{
    m_upSince.start();
    m_pongSeen = true;
    m_ping.start();
    setConnected(true);
    qCInfo(lcPush) << "change stream connected";
    // What changed while it was down.
    if (m_sync)
        m_sync->syncNow();
}

void ChangeStream::onDisconnected()
{
    if (!m_socket || sender() != m_socket)
        return;
    const int code = m_socket->closeCode();
    const QString why = m_connected ? m_socket->closeReason() : m_socket->errorString();
    const bool lasted = m_connected && m_upSince.elapsed() >= kHealthyMs;
    dropSocket();
    qCInfo(lcPush).noquote() << "change stream closed:" << code << why;
    if (!m_running)
        return;
    if (lasted) {
        // A healthy connection ended (its token expired, the server restarted): at once, with
        // a fresh token. One that ends straight away (clocks that disagree) backs off.
        m_failures = 0;
        QMetaObject::invokeMethod(this, &ChangeStream::connectNow, Qt::QueuedConnection);
        return;
    }
    retryLater();
}

void ChangeStream::onMessage(const QString &message)
{
    const QJsonArray changed
        = QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1String("changed")).toArray();
    if (changed.isEmpty()) {
        qCWarning(lcPush) << "ignored a change stream message that names no collection";
        return;
    }
    QStringList names;
    for (const QJsonValue &name : changed)
        names << name.toString();
    qCInfo(lcPush).noquote() << "changed:" << names.join(QStringLiteral(", ")) << "- syncing";
    if (m_sync)
        m_sync->syncNow();
}

void ChangeStream::onSessionState()
{
    switch (m_session->state()) {
    case AuthSession::State::SignedIn:
        if (m_running && !m_socket) {
            m_failures = 0;
            m_retry.stop();
            connectNow();
        }
        return;
    case AuthSession::State::SignedOut:
        ++m_attempt; // a token still on its way must not reopen it
        m_retry.stop();
        dropSocket();
        return;
    case AuthSession::State::Restoring:
    case AuthSession::State::SigningIn:
    case AuthSession::State::Offline:
        return;
    }
}

void ChangeStream::onAccessTokenChanged()
{
    if (!m_running || !m_socket || m_token == m_session->client()->accessToken())
        return;
    // Opened with the previous token: reopen with the new one before the server ends it.
    dropSocket();
    QMetaObject::invokeMethod(this, &ChangeStream::connectNow, Qt::QueuedConnection);
}

void ChangeStream::keepAlive()
{
    if (!m_socket)
        return;
    if (!m_pongSeen) {
        qCInfo(lcPush) << "change stream: no pong, reconnecting";
        m_socket->abort();
        return;
    }
    m_pongSeen = false;
    m_socket->ping();
}

void ChangeStream::retryLater()
{
    ++m_failures;
    // 1 s, 2 s, 4 s … up to the maximum, each somewhere in its upper half so clients spread out.
    const qint64 ceiling
        = std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << std::min(m_failures - 1, 20));
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    qCDebug(lcPush) << "change stream: retry in" << delay << "ms";
    m_retry.start(int(delay));
}

void ChangeStream::dropSocket()
{
    m_ping.stop();
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->close();
        else
            socket->abort();
        socket->deleteLater();
    }
    setConnected(false);
}

void ChangeStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged();
}

} // namespace companion
