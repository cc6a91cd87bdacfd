#include "server/api/EarningsRoutes.h"

#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"
#include "server/store/ChangeLog.h"
#include "server/store/UserStore.h"
#include "server/store/payments/SplitStore.h"

#include <QTimeZone>

namespace companion::server {

EarningsRoutes::EarningsRoutes(ServerContext &context)
    : m_context(context)
{ }

void EarningsRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/earnings/splits"), Access::Bearer,
               [this](HttpRequest &request) {
                   return deltaSyncPage(request, m_context.changes->lastSeq(), *m_context.splits);
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/earnings/summary"), Access::Bearer,
               [this](HttpRequest &request) {
                   const auto user = m_context.users->byId(request.userId);
                   const QString zoneId = user ? user->user.timeZone : QStringLiteral("UTC");
                   Validation validation;
                   const auto [from, to] = validation.dateRange(request);
                   const QString groupBy = request.hasQuery(QStringLiteral("group_by"))
                       ? request.queryValue(QStringLiteral("group_by"))
                       : QStringLiteral("month");
                   if (groupBy != u"course" && groupBy != u"month" && groupBy != u"status"
                       && groupBy != u"role")
                       validation.fail(QStringLiteral("group_by"),
                                       QStringLiteral("Use course, month, status or role."));
                   if (!validation.ok())
                       return validation.response();
                   // The dates are the user's local dates, both inclusive.
                   QTimeZone zone(zoneId.toUtf8());
                   if (!zone.isValid())
                       zone = QTimeZone::utc();
                   return HttpResponse::json(m_context.splits->summary(request.userId, from, to, groupBy,
                                                                       QString::fromUtf8(zone.id())));
               });
}

} // namespace companion::server
