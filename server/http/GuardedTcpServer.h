#pragma once

#include "server/http/ConnectionGuard.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>

namespace companion::server {

// The listening socket under HttpServer. Every accepted connection gets a ConnectionGuard
// before Qt's HTTP parser sees it, and a client address (a trusted reverse proxy excepted,
// whose connections carry many clients) may hold at most `maxPerClient` connections: more
// are answered 503 and closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, int maxPerClient, QList<QHostAddress> trustedProxies,
                     QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard::Limits m_limits;
    int m_maxPerClient;
    QList<QHostAddress> m_trustedProxies;
    QHash<QString, int> m_open; // client address -> open connections
};

} // namespace companion::server
