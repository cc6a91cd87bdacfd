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
    QElapsedTimer timer;
    timer.start();
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
    // 101: Qt's WebSocket server writes the handshake once we return true.
    const bool upgrade = request.webSocketUpgrade && response.status == 101;
    if (!upgrade) {
        response.withHeader("X-Request-Id", request.requestId.toLatin1());
        write(qtRequest, socket, response);
    }
    qCInfo(lcHttp).noquote() << request.requestId << request.method
                             << (request.logPath.isEmpty() ? request.path : request.logPath)
                             << response.status
                             << QStringLiteral("%1ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                             << (request.userId.isEmpty() ? QString()
                                                          : QStringLiteral("user=") + request.userId);
    // A refused upgrade returns false: Qt then calls missingHandler() and closes the connection.
    return !request.webSocketUpgrade || upgrade;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answered this upgrade already, or there is no WebSocket handler (Qt
    // then comes here directly) and the upgrade gets a 404 like any unknown route.
    if (isWebSocketUpgrade(request) && m_webSocketHandler)
        return;
    write(request, socket,
          HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Not found.")));
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

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response)
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
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(head || noBody ? QByteArray() : response.body);
}

} // namespace companion::server
