#include "server/push/ChangeStreamHub.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/http/Router.h"
#include "server/store/ChangeLog.h"
#include "server/store/SessionStore.h"
#include "server/store/TokenService.h"
#include "server/store/payments/SplitStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <limits>

namespace companion::server {

namespace {

QString bearerToken(const QByteArray &header)
{
    const QByteArray scheme = "bearer ";
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

} // namespace

ChangeStreamHub::ChangeStreamHub(TokenService &tokens, ChangeLog &changes, SessionStore &sessions,
                                 SplitStore &splits, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_changes(changes)
    , m_sessions(sessions)
    , m_splits(splits)
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeStreamHub::announce);
    connect(&m_keepAlive, &QTimer::timeout, this, &ChangeStreamHub::keepAlive);
    setTiming(200, 30000);
    m_changes.setOnRecorded([this] { noteChange(); });
    m_tokens.setOnFamilyRevoked([this](const QString &familyId) { familyRevoked(familyId); });
}

ChangeStreamHub::~ChangeStreamHub()
{
    m_changes.setOnRecorded({});
    m_tokens.setOnFamilyRevoked({});
}

void ChangeStreamHub::setTiming(int coalesceMs, int pingMs)
{
    m_coalesce.setInterval(coalesceMs);
    m_keepAlive.setInterval(pingMs);
}

void ChangeStreamHub::registerOn(Router &router)
{
    router.addWebSocket(QStringLiteral("/api/changes/stream"), Access::Bearer, [](HttpRequest &request) {
        if (!request.webSocketUpgrade) {
            return HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                       QStringLiteral("This is a WebSocket endpoint: connect with "
                                                      "\"Upgrade: websocket\"."))
                .withHeader("Upgrade", "websocket");
        }
        HttpResponse accept;
        accept.status = 101;
        return accept;
    });
}

void ChangeStreamHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (const auto found = m_clients.find(socket); found != m_clients.end())
            found->pongSeen = true;
    });
    if (socket->requestUrl().path() != QLatin1String("/api/changes/stream")) {
        close(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not_found"));
        return;
    }
    Client client;
    client.token = bearerToken(socket->request().rawHeader("Authorization"));
    client.seenSeq = m_changes.lastSeq();
    client.expiry = new QTimer(socket);
    client.expiry->setSingleShot(true);
    connect(client.expiry, &QTimer::timeout, this, [this, socket] {
        if (const auto found = m_clients.find(socket); found != m_clients.end())
            verify(socket, *found);
    });
    Client &added = *m_clients.insert(socket, client);
    if (!verify(socket, added))
        return; // the token ended between the upgrade and now
    if (!m_keepAlive.isActive())
        m_keepAlive.start();
    qCInfo(lcPush).noquote() << QStringLiteral("stream opened user=") + added.userId << m_clients.size()
                             << "open";
}

bool ChangeStreamHub::verify(QWebSocket *socket, Client &client)
{
    const TokenService::AccessCheck check = m_tokens.checkAccess(client.token);
    switch (check.result) {
    case TokenService::AccessResult::Valid:
        break;
    case TokenService::AccessResult::Expired:
        close(socket, kTokenExpired, QStringLiteral("token_expired"));
        return false;
    case TokenService::AccessResult::Invalid:
        close(socket, kRevoked, QStringLiteral("revoked"));
        return false;
    }
    client.userId = check.userId;
    client.familyId = check.familyId;
    // Checked again at the expiry instant (under a pinned clock the token does not expire).
    const qint64 remainingMs
        = std::clamp<qint64>((check.expiresAt - Clock::nowSecs()) * 1000, 0, std::numeric_limits<int>::max());
    client.expiry->start(std::chrono::milliseconds(remainingMs));
    return true;
}

void ChangeStreamHub::close(QWebSocket *socket, int code, const QString &reason)
{
    const QString userId = m_clients.value(socket).userId;
    m_clients.remove(socket);
    qCInfo(lcPush).noquote() << "stream closed:" << reason
                             << (userId.isEmpty() ? QString() : QStringLiteral("user=") + userId)
                             << m_clients.size() << "open";
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    // A peer that never answers the close frame does not keep the socket.
    QTimer::singleShot(5000, socket, &QWebSocket::abort);
}

void ChangeStreamHub::forget(QWebSocket *socket)
{
    if (m_clients.remove(socket))
        qCInfo(lcPush).noquote() << "stream ended by the client;" << m_clients.size() << "open";
    if (m_clients.isEmpty())
        m_keepAlive.stop();
    socket->deleteLater();
}

void ChangeStreamHub::familyRevoked(const QString &familyId)
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        if (m_clients.value(socket).familyId == familyId)
            close(socket, kRevoked, QStringLiteral("revoked"));
    }
}

void ChangeStreamHub::noteChange()
{
    if (!m_clients.isEmpty() && !m_coalesce.isActive())
        m_coalesce.start();
}

void ChangeStreamHub::announce()
{
    const qint64 lastSeq = m_changes.lastSeq();
    // Several sockets of one user since the same point share one answer.
    QHash<QString, QJsonArray> answers;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client &client = it.value();
        if (client.seenSeq >= lastSeq)
            continue;
        const QString key = client.userId + QLatin1Char('@') + QString::number(client.seenSeq);
        auto answer = answers.find(key);
        if (answer == answers.end()) {
            QJsonArray changed;
            if (m_sessions.hasChangesFor(client.userId, client.seenSeq))
                changed.append(QStringLiteral("sessions"));
            if (m_splits.changesFor(client.userId, client.seenSeq, 1).count > 0)
                changed.append(QStringLiteral("splits"));
            answer = answers.insert(key, changed);
        }
        client.seenSeq = lastSeq;
        if (answer->isEmpty())
            continue;
        it.key()->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("changed"), *answer } })
                                  .toJson(QJsonDocument::Compact)));
        qCDebug(lcPush).noquote() << "announced" << *answer << QStringLiteral("to user=") + client.userId;
    }
}

void ChangeStreamHub::keepAlive()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        const auto found = m_clients.find(socket);
        if (found == m_clients.end())
            continue;
        if (!found->pongSeen) {
            // No answer to the last ping: the peer is gone without a goodbye.
            m_clients.erase(found);
            qCInfo(lcPush) << "stream dropped: no pong;" << m_clients.size() << "open";
            socket->abort();
            continue;
        }
        if (!verify(socket, *found))
            continue;
        found->pongSeen = false;
        socket->ping();
    }
}

} // namespace companion::server
