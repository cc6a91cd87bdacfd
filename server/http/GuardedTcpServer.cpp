#include "server/http/GuardedTcpServer.h"

#include "server/core/Logging.h"

#include <QTcpSocket>

namespace companion::server {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard::Limits limits, int maxPerClient,
                                   QList<QHostAddress> trustedProxies, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxPerClient(maxPerClient)
    , m_trustedProxies(std::move(trustedProxies))
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool proxy = m_trustedProxies.contains(peer);
    const QString key = peer.toString();
    if (!proxy && m_open.value(key) >= m_maxPerClient) {
        qCInfo(lcHttp).noquote() << "too many connections from" << key << "- closing a new one";
        static const QByteArray body
            = R"({"error":{"code":"too_many_connections","message":"Too many open connections."}})";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: "
                      "1\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    if (!proxy) {
        ++m_open[key];
        connect(socket, &QObject::destroyed, this, [this, key] {
            if (--m_open[key] <= 0)
                m_open.remove(key);
        });
    }
    // Before Qt's HttpServer connects its parser to readyRead: the guard sees bytes first.
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace companion::server
