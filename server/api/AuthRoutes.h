#pragma once

#include "server/core/WorkerPool.h"

#include <QElapsedTimer>

namespace companion::server {

class LoginThrottle;
class Router;
class TokenService;
class UserStore;

// POST /api/auth/login, /api/auth/refresh, /api/auth/logout and GET /api/me.
// A sign-in's password hash (PBKDF2, about 0.1-0.3 s of CPU) runs on a worker pool as large
// as the machine has cores, never on the event loop; beyond kMaxHashesWaiting sign-ins in
// the queue the next get 503 with Retry-After.
class AuthRoutes
{
public:
    static constexpr int kMaxHashesWaiting = 64;

    AuthRoutes(TokenService &tokens, UserStore &users, LoginThrottle &throttle);
    void registerOn(Router &router);

private:
    TokenService &m_tokens;
    UserStore &m_users;
    WorkerPool m_hashing;
    LoginThrottle &m_throttle;
    QElapsedTimer m_elapsed; // the throttle measures elapsed time, not the (pinnable) clock
};

} // namespace companion::server
