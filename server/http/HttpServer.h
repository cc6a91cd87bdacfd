#pragma once

#include "server/http/ConnectionGuard.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

#include <deque>
#include <functional>
#include <memory>

class QWebSocket;

namespace companion::server {

// The only class that touches Qt HttpServer's API (it changes in Qt 6.8: listen() and
// handleRequest() go away). It converts requests to HttpRequest, gives every request an
// id, names the client (X-Forwarded-For only from a trusted proxy), logs one line per
// request and writes the response. Limits at the door (body size before buffering, header
// and idle timeouts, connections per client) belong to its GuardedTcpServer.
// A WebSocket upgrade goes through the dispatcher like any request (route, authentication,
// rate limit): a 101 lets Qt complete the handshake, anything else is written as the answer
// and the connection closed; accepted sockets go to the WebSocket handler.
// A handler may answer later (HttpResponse::deferred(), see DeferredResponse): the loop goes
// on serving other connections meanwhile, and the answers of one connection still leave in
// the order its requests came (a later quick answer waits for an earlier deferred one).
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatcher = std::function<HttpResponse(HttpRequest &)>;
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    struct Options
    {
        ConnectionGuard::Limits limits;
        int maxConnectionsPerClient = 32;
        QList<QHostAddress> trustedProxies;
    };

    HttpServer(Dispatcher dispatcher, Options options, QObject *parent = nullptr);

    // Port 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    // Who takes the sockets of accepted upgrades. Without one, every upgrade is refused.
    void setWebSocketHandler(WebSocketHandler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // One answer owed on a connection, in arrival order.
    struct Owed
    {
        std::shared_ptr<DeferredResponse::State> state; // null: `response` is ready
        HttpResponse response;
        bool head = false;
        QString requestId, method, logPath, userId;
        QElapsedTimer timer;
    };
    struct Connection
    {
        const QHttpServerRequest *request = nullptr; // Qt's per-socket request, lives with it
        quint64 serial = 0; // a new socket may reuse a gone one's address: never its answers
        std::deque<std::shared_ptr<Owed>> owed;
        QMetaObject::Connection destroyed;
    };

    HttpResponse respond(HttpRequest &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
               bool head);
    void owe(const QHttpServerRequest &qtRequest, QTcpSocket *socket, std::shared_ptr<Owed> owed);
    void flush(QTcpSocket *socket, quint64 serial);
    static void logLine(const Owed &owed, int status);

    void takeWebSockets();

    QString clientAddress(const QHttpServerRequest &request) const;

    Dispatcher m_dispatcher;
    WebSocketHandler m_webSocketHandler;
    Options m_options;
    QHash<QTcpSocket *, Connection> m_connections; // only those with answers still owed
    quint64 m_nextSerial = 0;
};

} // namespace companion::server
