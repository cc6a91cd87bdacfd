#pragma once

#include "server/Database.h"
#include "server/RateLimiter.h"
#include "server/Router.h"
#include "server/ServerOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace companion::server {

class AuthRoutes;
class HttpServer;
class TokenService;
class UserStore;

// Composition root of the server: storage, services, routes and the middleware chain
// (request size → route match → authentication → rate limit → handler).
class PlatformServer : public QObject
{
    Q_OBJECT
public:
    explicit PlatformServer(ServerOptions options, QObject *parent = nullptr);
    ~PlatformServer() override;

    // Opens and migrates the database and seeds demo data if asked. No network yet.
    bool prepare(QString *error);
    // Starts listening on 127.0.0.1.
    bool listen(QString *error);
    QUrl baseUrl() const;

private:
    HttpResponse dispatch(HttpRequest &request);
    HttpResponse authenticate(HttpRequest &request);
    void registerRoutes();

    ServerOptions m_options;
    Database m_db;
    RateLimiter m_rateLimiter;
    Router m_router;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
};

} // namespace companion::server
