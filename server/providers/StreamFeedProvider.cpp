#include "server/providers/StreamFeedProvider.h"

#include "models/time/Clock.h"
#include "server/core/Jwt.h"
#include "server/providers/ProviderConfig.h"

namespace companion::server {

StreamFeedProvider::StreamFeedProvider(const ProviderConfig &config)
    : m_config(config)
{ }

FeedProvider::Token StreamFeedProvider::userToken(const QString &userId, qint64 expiresAt,
                                                  const QString &feedId, const QString &action)
{
    const qint64 now = Clock::nowSecs();
    QJsonObject claims { { QStringLiteral("user_id"), userId },
                         { QStringLiteral("iat"), now - 1 },
                         { QStringLiteral("exp"), expiresAt } };
    if (!feedId.isEmpty()) {
        claims.insert(QStringLiteral("resource"), QStringLiteral("*"));
        claims.insert(QStringLiteral("action"), action.isEmpty() ? QStringLiteral("read") : action);
        claims.insert(QStringLiteral("feed_id"), feedId);
    }
    // app_id "sandbox": there is no STREAM_APP_ID setting yet.
    return Token { QString::fromLatin1(Jwt::sign(claims, m_config.streamApiSecret.toUtf8())),
                   m_config.streamApiKey, QStringLiteral("sandbox"), expiresAt, feedId };
}

} // namespace companion::server
