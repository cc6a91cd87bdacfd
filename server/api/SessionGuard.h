#pragma once

#include "server/http/HttpResponse.h"

#include <QString>

#include <optional>

namespace companion::server {

class SessionStore;

// Who may change a session (cancel it, move it): its teacher, or the creator of its course.
// nullopt when `userId` may; otherwise the answer: 403 for one of its students, 404 for anyone
// else (a stranger learns nothing of it). `what` ends "Only … can %1.".
std::optional<HttpResponse> refuseUnlessTeaching(SessionStore &sessions, const QString &userId,
                                                 const QString &sessionId, const QString &what);

} // namespace companion::server
