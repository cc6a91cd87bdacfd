#pragma once

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/availability and PUT /api/availability (If-Match + Idempotency-Key).
class AvailabilityRoutes
{
public:
    explicit AvailabilityRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    ServerContext &m_context;
};

} // namespace companion::server
