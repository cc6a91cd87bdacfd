#pragma once

#include "server/providers/Providers.h"

#include <QUrl>

namespace companion::server {

struct ProviderConfig;

// VideoProvider over PlugNmeet's real REST API (PLUGNMEET_URL): POST /auth/room/create and
// /auth/room/getJoinToken with API-KEY and HASH-SIGNATURE = hex HMAC-SHA256 of the exact body
// bytes sent. Rooms are created with metadata.webhook_url pointing at our webhook endpoint
// (needs the server's enable_for_per_meeting), and named room_<session id>.
class PlugNmeetAdapter : public VideoProvider
{
public:
    PlugNmeetAdapter(const ProviderConfig &config, const QUrl &ourBaseUrl);
    std::optional<Room> createRoom(const QString &sessionId, const QString &title, QString *error) override;
    Join joinToken(const Room &room, const QString &userId, const QString &displayName, bool moderator,
                   qint64 expiresAt) override;

private:
    // `status`: the HTTP status, 0 when PlugNmeet did not answer (by the deadline).
    QJsonObject call(const QString &path, const QJsonObject &body, QString *error,
                     int *status = nullptr) const;

    const ProviderConfig &m_config;
    QUrl m_ourBaseUrl;
};

} // namespace companion::server
