#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace companion::server {

class ChangeLog;
class Router;
class SessionStore;
class SplitStore;
class TokenService;

// GET /api/changes/stream: one WebSocket per signed-in client that only says which of the
// user's delta-sync collections changed, {"changed":["sessions","splits"]}, never what; the
// client then runs its delta sync. Who hears of a change is decided by the delta-sync
// endpoints' own visibility rules (SessionStore::hasChangesFor, SplitStore::changesFor since
// the last announcement), so a stream can never tell anyone more than their next sync would. Changes are
// coalesced for `coalesceMs`. Every `pingMs` each socket is pinged (no pong since the last ping: it is
// dropped) and its token checked again; a sign-out or revoked family closes it with 4003 at
// once, an expired token with 4001 at the expiry instant.
class ChangeStreamHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTokenExpired = 4001; // close code: reconnect with a fresh token
    static constexpr int kRevoked = 4003; // close code: the sign-in ended (sign-out, revoked)

    ChangeStreamHub(TokenService &tokens, ChangeLog &changes, SessionStore &sessions, SplitStore &splits,
                    QObject *parent = nullptr);
    ~ChangeStreamHub() override;

    void setTiming(int coalesceMs, int pingMs);
    void registerOn(Router &router);
    // A socket whose upgrade the route accepted; authenticated again from its own request.
    void adopt(std::unique_ptr<QWebSocket> socket);
    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QString userId;
        QString familyId;
        QString token;
        qint64 seenSeq = 0; // changes up to here were announced (or predate the connection)
        bool pongSeen = true;
        QTimer *expiry = nullptr; // a child of the socket
    };

    void noteChange();
    void familyRevoked(const QString &familyId);
    void announce();
    void keepAlive();
    // Checks the socket's token again; closes it when no longer valid. False when closed.
    bool verify(QWebSocket *socket, Client &client);
    void close(QWebSocket *socket, int code, const QString &reason);
    void forget(QWebSocket *socket);

    TokenService &m_tokens;
    ChangeLog &m_changes;
    SessionStore &m_sessions;
    SplitStore &m_splits;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_coalesce;
    QTimer m_keepAlive;
};

} // namespace companion::server
