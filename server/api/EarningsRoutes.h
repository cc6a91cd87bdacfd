#pragma once

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/earnings/splits (delta sync) and GET /api/earnings/summary.
class EarningsRoutes
{
public:
    explicit EarningsRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    ServerContext &m_context;
};

} // namespace companion::server
