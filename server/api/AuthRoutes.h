#pragma once

namespace companion::server {

class Router;
class TokenService;
class UserStore;

// POST /api/auth/login, /api/auth/refresh, /api/auth/logout and GET /api/me.
class AuthRoutes
{
public:
    AuthRoutes(TokenService &tokens, UserStore &users);
    void registerOn(Router &router);

private:
    TokenService &m_tokens;
    UserStore &m_users;
};

} // namespace companion::server
