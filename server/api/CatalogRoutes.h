#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/offerings (what the user teaches) and GET /api/slots (what students can book).
class CatalogRoutes
{
public:
    explicit CatalogRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    HttpResponse offerings(HttpRequest &request);
    HttpResponse availableSlots(HttpRequest &request);

    ServerContext &m_context;
};

} // namespace companion::server
