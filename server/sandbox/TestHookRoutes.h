#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

namespace companion::server {

class Router;
struct ServerContext;

// Write endpoints under /api/_test/, registered only with --enable-test-hooks. They stand
// in for what the webhooks issue will do (bookings, reschedules, cancellations, transfers)
// so sync tests and the e2e suite can change the world over HTTP. Never on in production.
class TestHookRoutes
{
public:
    explicit TestHookRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    HttpResponse sessionAction(HttpRequest &request);

    ServerContext &m_context;
    int m_counter = 0;
};

} // namespace companion::server
