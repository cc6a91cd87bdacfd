#pragma once

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/sessions (delta sync) and GET /api/sessions/{id}.
class SessionRoutes
{
public:
    explicit SessionRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    ServerContext &m_context;
};

} // namespace companion::server
