#pragma once

#include <QHash>
#include <QString>

namespace companion::server {

class Router;
struct ServerContext;

// The seed's service endpoints, answered through the provider adapters:
// POST /api/video/room, POST /api/video/join, POST /api/payments/connect/onboard,
// GET /api/payments/connect/status, POST /api/payments/connect/login-link,
// POST /api/stream/token, GET /api/calendar/feed, POST /api/calendar/feed/rotate,
// plus the public calendar file. (The sandboxes serve their own pages.)
class IntegrationRoutes
{
public:
    explicit IntegrationRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    void registerVideo(Router &router);
    void registerPayments(Router &router);
    void registerCalendar(Router &router);

    ServerContext &m_context;
    QHash<QString, qint64> m_accountRefreshedAt; // account id -> last retrieval (unix s)
};

} // namespace companion::server
