#pragma once

#include "server/api/SessionCancellation.h"

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/sessions (delta sync), GET /api/sessions/{id} and POST /api/sessions/{id}/cancel.
class SessionRoutes
{
public:
    explicit SessionRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    ServerContext &m_context;
    SessionCancellation m_cancellation;
};

} // namespace companion::server
