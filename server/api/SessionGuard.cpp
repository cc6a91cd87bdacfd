#include "server/api/SessionGuard.h"

#include "server/store/SessionStore.h"

namespace companion::server {

std::optional<HttpResponse> refuseUnlessTeaching(SessionStore &sessions, const QString &userId,
                                                 const QString &sessionId, const QString &what)
{
    switch (sessions.relation(userId, sessionId)) {
    case SessionRelation::Teacher:
    case SessionRelation::CourseCreator:
        return std::nullopt;
    case SessionRelation::Student:
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("Only the session's teacher or the course's creator can %1.").arg(what));
    case SessionRelation::None:
        break;
    }
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("This session does not exist or is not yours."));
}

} // namespace companion::server
