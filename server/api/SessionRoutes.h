#pragma once

#include "server/api/SessionCancellation.h"
#include "server/api/SessionProposals.h"

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/sessions (delta sync), GET /api/sessions/{id}, POST /api/sessions/{id}/cancel, and
// moving a session: POST /api/sessions/{id}/proposals, GET /api/sessions/{id}/proposal and the
// students' answer pages under /proposals/.
class SessionRoutes
{
public:
    explicit SessionRoutes(ServerContext &context);
    void registerOn(Router &router);
    SessionProposals &proposals() { return m_proposals; }

private:
    ServerContext &m_context;
    SessionCancellation m_cancellation;
    SessionProposals m_proposals;
};

} // namespace companion::server
