#pragma once

#include <QElapsedTimer>

namespace companion::server {

class LoginThrottle;
class Router;
class TokenService;
class UserStore;

// POST /api/auth/login, /api/auth/refresh, /api/auth/logout and GET /api/me.
class AuthRoutes
{
public:
    AuthRoutes(TokenService &tokens, UserStore &users, LoginThrottle &throttle);
    void registerOn(Router &router);

private:
    TokenService &m_tokens;
    UserStore &m_users;
    LoginThrottle &m_throttle;
    QElapsedTimer m_elapsed; // the throttle measures elapsed time, not the (pinnable) clock
};

} // namespace companion::server
