#include "server/http/HttpServer.h"

#include "server/core/Logging.h"
#include "server/http/GuardedTcpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>

#include <algorithm>

namespace companion::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

// Accept a caller's request id only when it is short and harmless to log.
QString requestIdFor(const QByteArray &incoming)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString candidate = QString::fromLatin1(incoming);
    if (!candidate.isEmpty() && safe.match(candidate).hasMatch())
        return candidate;
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("req_%1").arg(random, 16, 16, QLatin1Char('0'));
}

// What Qt 6.4 hands to its WebSocket server: "Connection: Upgrade" with "Upgrade: websocket".
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("upgrade"))
               .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive)
        == 0
        && request.value(QByteArrayLiteral("connection")).toLower().contains("upgrade");
}

// A header line must never carry a line break: it would start headers of its own.
bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    const auto bad = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    return !name.isEmpty() && std::none_of(name.begin(), name.end(), bad)
        && std::none_of(value.begin(), value.end(), bad);
}

} // namespace

HttpServer::HttpServer(Dispatcher dispatcher, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
    , m_options(std::move(options))
{ }

quint16 HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *server = new GuardedTcpServer(m_options.limits, m_options.maxConnectionsPerClient,
                                        m_options.trustedProxies, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

QString HttpServer::clientAddress(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (!m_options.trustedProxies.contains(peer))
        return peer.toString();
    // Each proxy appends the address it got the request from: read from the right, past
    // our own proxies, to the first address none of them is.
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("x-forwarded-for")).split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop->trimmed())))
            break;
        if (!m_options.trustedProxies.contains(address))
            return address.toString();
    }
    return peer.toString();
}

void HttpServer::setWebSocketHandler(WebSocketHandler handler)
{
    // Qt 6.4 asks handleRequest() about an upgrade only while this signal has a receiver.
    if (!m_webSocketHandler)
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpServer::takeWebSockets);
    m_webSocketHandler = std::move(handler);
}

void HttpServer::takeWebSockets()
{
    while (hasPendingWebSocketConnections())
        m_webSocketHandler(nextPendingWebSocketConnection());
}

bool HttpServer::handleRequest(const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    auto owed = std::make_shared<Owed>();
    owed->timer.start();
    HttpRequest request;
    request.method = methodName(qtRequest.method());
    request.path = qtRequest.url().path(QUrl::FullyDecoded);
    request.query = qtRequest.query();
    request.headers = qtRequest.headers();
    request.body = qtRequest.body();
    request.remoteAddress = clientAddress(qtRequest);
    request.requestId = requestIdFor(request.header("x-request-id"));
    request.webSocketUpgrade = isWebSocketUpgrade(qtRequest);

    HttpResponse response = respond(request);
    owed->head = qtRequest.method() == QHttpServerRequest::Method::Head;
    owed->requestId = request.requestId;
    owed->method = request.method;
    owed->logPath = request.logPath.isEmpty() ? request.path : request.logPath;
    owed->userId = request.userId;
    if (response.isDeferred && !request.webSocketUpgrade && request.deferral) {
        owed->state = request.deferral;
        if (owed->state->finished) { // answered before its handler returned
            response = owed->state->response;
            if (!owed->state->userId.isEmpty())
                request.userId = owed->state->userId;
            owed->state.reset();
        } else {
            owe(qtRequest, socket, owed);
            return true;
        }
    } else if (response.isDeferred) {
        qCWarning(lcHttp) << "a handler deferred without HttpRequest::defer() or on an upgrade";
        response = HttpResponse::error(500, QStringLiteral("internal_error"),
                                       QStringLiteral("Something went wrong on the server."));
    }
    // 101: Qt's WebSocket server writes the handshake once we return true.
    const bool upgrade = request.webSocketUpgrade && response.status == 101;
    if (!upgrade) {
        response.withHeader("X-Request-Id", request.requestId.toLatin1());
        owed->response = response;
        owed->userId = request.userId;
        if (m_connections.contains(socket)) // earlier answers of this connection are still owed
            owe(qtRequest, socket, owed);
        else
            write(qtRequest, socket, response, owed->head);
    }
    if (!m_connections.contains(socket) || upgrade)
        logLine(*owed, response.status);
    // A refused upgrade returns false: Qt then calls missingHandler() and closes the connection.
    return !request.webSocketUpgrade || upgrade;
}

void HttpServer::owe(const QHttpServerRequest &qtRequest, QTcpSocket *socket, std::shared_ptr<Owed> owed)
{
    Connection &connection = m_connections[socket];
    if (!connection.request) {
        connection.request = &qtRequest;
        connection.serial = ++m_nextSerial;
        // The client went away: Qt deletes the socket (and its request); nothing is written.
        connection.destroyed
            = connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    connection.owed.push_back(owed);
    if (owed->state)
        owed->state->deliver = [this, socket, serial = connection.serial] { flush(socket, serial); };
}

void HttpServer::flush(QTcpSocket *socket, quint64 serial)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->serial != serial)
        return;
    std::deque<std::shared_ptr<Owed>> &owed = it->owed;
    while (!owed.empty() && (!owed.front()->state || owed.front()->state->finished)) {
        const std::shared_ptr<Owed> next = owed.front();
        owed.pop_front();
        if (next->state) {
            next->response = next->state->response;
            next->response.withHeader("X-Request-Id", next->requestId.toLatin1());
            if (!next->state->userId.isEmpty())
                next->userId = next->state->userId;
        }
        // A client that closed meanwhile gets nothing; the line is logged all the same.
        if (socket->state() == QAbstractSocket::ConnectedState)
            write(*it->request, socket, next->response, next->head);
        logLine(*next, next->response.status);
    }
    if (owed.empty()) {
        disconnect(it->destroyed);
        m_connections.erase(it);
    }
}

void HttpServer::logLine(const Owed &owed, int status)
{
    qCInfo(lcHttp).noquote() << owed.requestId << owed.method << owed.logPath << status
                             << QStringLiteral("%1ms").arg(owed.timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                             << (owed.userId.isEmpty() ? QString() : QStringLiteral("user=") + owed.userId);
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answered this upgrade already, or there is no WebSocket handler (Qt
    // then comes here directly) and the upgrade gets a 404 like any unknown route.
    if (isWebSocketUpgrade(request) && m_webSocketHandler)
        return;
    write(request, socket,
          HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Not found.")),
          request.method() == QHttpServerRequest::Method::Head);
}

HttpResponse HttpServer::respond(HttpRequest &request)
{
    const qint64 declared = request.header("content-length").toLongLong();
    // ConnectionGuard refuses these before buffering; this stays for what reaches us anyway.
    if (std::max<qint64>(declared, request.body.size()) > m_options.limits.maxBodyBytes) {
        return HttpResponse::error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.limits.maxBodyBytes));
    }
    return m_dispatcher(request);
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
                       bool head)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty() && isSafeHeader("Content-Type", response.contentType))
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers) {
        if (isSafeHeader(name, value))
            responder.writeHeader(name, value);
        else
            qCWarning(lcHttp).noquote() << "dropped a response header with a line break:" << name;
    }
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(head || noBody ? QByteArray() : response.body);
}

} // namespace companion::server
