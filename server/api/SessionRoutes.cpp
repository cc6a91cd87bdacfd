#include "server/api/SessionRoutes.h"

#include "server/api/ServerContext.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"
#include "server/store/ChangeLog.h"
#include "server/store/SessionStore.h"

namespace companion::server {

SessionRoutes::SessionRoutes(ServerContext &context)
    : m_context(context)
{ }

void SessionRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sessions"), Access::Bearer,
               [this](HttpRequest &request) {
                   return deltaSyncPage(request, m_context.changes->lastSeq(), *m_context.sessions);
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/sessions/{id}"), Access::Bearer,
               [this](HttpRequest &request) {
                   const QString id = request.pathParams.value(QStringLiteral("id"));
                   if (const auto detail = m_context.sessions->detail(request.userId, id))
                       return HttpResponse::json(*detail);
                   // Someone else's session is indistinguishable from a missing one.
                   return HttpResponse::error(404, QStringLiteral("not_found"),
                                              QStringLiteral("This session does not exist or is not yours."));
               });
}

} // namespace companion::server
