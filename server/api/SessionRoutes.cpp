#include "server/api/SessionRoutes.h"

#include "server/api/IdempotencyStore.h"
#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"
#include "server/store/ChangeLog.h"
#include "server/store/SessionStore.h"

namespace companion::server {

SessionRoutes::SessionRoutes(ServerContext &context)
    : m_context(context)
    , m_cancellation(context)
    , m_proposals(context)
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

    // A retry (the app's outbox replays with the same Idempotency-Key) gets the first answer.
    router.add(QStringLiteral("POST"), QStringLiteral("/api/sessions/{id}/cancel"), Access::Bearer,
               [this](HttpRequest &request) {
                   if (auto replayed = m_context.idempotency->replay(request))
                       return *replayed;
                   HttpResponse error;
                   const auto body = parseJsonBody(request, &error);
                   HttpResponse response = body ? m_cancellation.cancel(request, *body) : error;
                   m_context.idempotency->remember(request, response);
                   return response;
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/sessions/{id}/proposals"), Access::Bearer,
               [this](HttpRequest &request) {
                   if (auto replayed = m_context.idempotency->replay(request))
                       return *replayed;
                   HttpResponse error;
                   const auto body = parseJsonBody(request, &error);
                   HttpResponse response = body ? m_proposals.propose(request, *body) : error;
                   m_context.idempotency->remember(request, response);
                   return response;
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sessions/{id}/proposal"), Access::Bearer,
               [this](HttpRequest &request) { return m_proposals.latest(request); });
    // The students' side: public pages, the link's token is the credential (never logged).
    router.add(QStringLiteral("GET"), QStringLiteral("/proposals/{!token}"), Access::Public,
               [this](HttpRequest &request) { return m_proposals.page(request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/proposals/{!token}/accept"), Access::Public,
               [this](HttpRequest &request) { return m_proposals.answer(request, true); });
    router.add(QStringLiteral("POST"), QStringLiteral("/proposals/{!token}/decline"), Access::Public,
               [this](HttpRequest &request) { return m_proposals.answer(request, false); });
}

} // namespace companion::server
