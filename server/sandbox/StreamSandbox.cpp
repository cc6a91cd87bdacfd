#include "server/sandbox/StreamSandbox.h"

#include "models/time/Clock.h"
#include "server/core/Jwt.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion::server {

namespace {

HttpResponse streamError(int status, const QString &message)
{
    return HttpResponse::json(QJsonObject { { QStringLiteral("code"), status == 401 ? 16 : 17 },
                                            { QStringLiteral("message"), message },
                                            { QStringLiteral("StatusCode"), status } },
                              status);
}

} // namespace

StreamSandbox::StreamSandbox(const ProviderConfig &config)
    : m_config(config)
{ }

void StreamSandbox::registerOn(Router &router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/sandbox/stream/api/v1.0/feed/{slug}/{id}"), Access::Public,
        [this](HttpRequest &request) {
            const Jwt::Verified jwt = request.header("stream-auth-type") == "jwt"
                ? Jwt::verify(request.header("authorization").trimmed(), m_config.streamApiSecret.toUtf8())
                : Jwt::Verified {};
            if (jwt.check == Jwt::Check::Malformed)
                return streamError(401, QStringLiteral("missing or malformed token"));
            if (jwt.check != Jwt::Check::Ok)
                return streamError(401, QStringLiteral("signature is invalid"));
            const QJsonObject &claims = jwt.claims;
            const QJsonValue exp = claims.value(QStringLiteral("exp"));
            if (claims.value(QStringLiteral("user_id")).toString().isEmpty()
                || (exp.isDouble() && static_cast<qint64>(exp.toDouble()) < Clock::nowSecs()))
                return streamError(401, QStringLiteral("token is expired or has no user_id"));
            const QString slug = request.pathParams.value(QStringLiteral("slug"));
            const QString feed = slug + QLatin1Char(':') + request.pathParams.value(QStringLiteral("id"));
            if (slug == u"course" && claims.value(QStringLiteral("feed_id")).toString() != feed)
                return streamError(403,
                                   QStringLiteral("you don't have permission to read feed %1").arg(feed));
            return HttpResponse::json(
                QJsonObject { { QStringLiteral("results"), QJsonArray() },
                              { QStringLiteral("next"), QString() },
                              { QStringLiteral("duration"), QStringLiteral("0.1ms") } });
        });
}

} // namespace companion::server
