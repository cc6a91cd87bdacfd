#pragma once

#include "server/providers/Providers.h"

namespace companion::server {

struct ProviderConfig;

// Stream user tokens, signed here as Stream's server SDKs do (no call to Stream): HS256
// with the API secret, {user_id, iat, exp} (+ resource/action/feed_id for a token scoped
// to one feed, Stream's JWTScopeToken shape).
class StreamFeedProvider : public FeedProvider
{
public:
    explicit StreamFeedProvider(const ProviderConfig &config);
    Token userToken(const QString &userId, qint64 expiresAt, const QString &feedId,
                    const QString &action) override;

private:
    const ProviderConfig &m_config;
};

} // namespace companion::server
