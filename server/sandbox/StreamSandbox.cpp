#include "server/sandbox/StreamSandbox.h"

#include "models/Clock.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/webhooks/WebhookCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

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
            const QList<QByteArray> parts = request.header("authorization").trimmed().split('.');
            if (request.header("stream-auth-type") != "jwt" || parts.size() != 3)
                return streamError(401, QStringLiteral("missing or malformed token"));
            const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
            const QByteArray expected = QMessageAuthenticationCode::hash(
                parts[0] + '.' + parts[1], m_config.streamApiSecret.toUtf8(), QCryptographicHash::Sha256);
            if (!constantTimeEquals(expected, QByteArray::fromBase64(parts[2], b64)))
                return streamError(401, QStringLiteral("signature is invalid"));
            const QJsonObject claims
                = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], b64)).object();
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
