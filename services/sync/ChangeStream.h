#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace companion {

class AuthSession;
class SyncEngine;

// The platform's change stream (GET /api/changes/stream, a WebSocket) beside a SyncEngine:
// while signed in it stays connected with the current access token, and every
// {"changed":[…]} runs the engine's delta sync (syncNow() coalesces: one more round after a
// running one). It carries no data; the periodic sync stays the fallback. A lost connection
// is retried with exponential back-off and jitter (1 s → 60 s; a connection that lived a
// while starts again at 1 s), at once when the engine finds the server again; a new access
// token (after a refresh) reconnects with it; sign-out closes it. Every connect also syncs
// once, for what changed while it was down. The server's close codes need nothing special:
// 4001 (token expired) is followed by a connect with a fresh token, and after 4003 (the
// sign-in ended elsewhere) the connects are refused until the session's own requests learn it.
class ChangeStream : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
public:
    ChangeStream(AuthSession *session, SyncEngine *sync, QObject *parent = nullptr);

    bool connected() const { return m_connected; }
    // Back-off bounds and the keep-alive ping interval (a missed pong drops the connection).
    void setTiming(int firstRetryMs, int maxRetryMs, int pingMs);

public Q_SLOTS:
    // Connect whenever signed in, from now on.
    void start();
    void stop();

Q_SIGNALS:
    void connectedChanged();

private:
    void connectNow();
    void open(const QString &token);
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &message);
    void onSessionState();
    void onAccessTokenChanged();
    void keepAlive();
    void retryLater();
    void dropSocket();
    void setConnected(bool connected);

    AuthSession *m_session;
    QPointer<SyncEngine> m_sync;
    QWebSocket *m_socket = nullptr;
    QString m_token; // the one m_socket was opened with
    bool m_running = false;
    bool m_connected = false;
    bool m_pongSeen = true;
    int m_failures = 0; // consecutive attempts that did not last
    int m_attempt = 0; // bumped per attempt: late token answers of older ones are dropped
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 60000;
    QElapsedTimer m_upSince;
    QTimer m_retry;
    QTimer m_ping;
};

} // namespace companion
