#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace companion::server {

class Router;
class WebhookSender;
struct ProviderConfig;

// An offline PlugNmeet server: the /auth/room/{create,getJoinToken,isRoomActive,endRoom}
// and /auth/recording/fetch API with the real API-KEY + HASH-SIGNATURE check and proto3
// JSON answers (HTTP 200 with status:false for business errors, 401 for auth), a room page
// at ?access_token= that validates the token, asks for camera and microphone, lists the
// participants and has a Leave button, and signed webhooks to the platform (room_started,
// participant_joined/left, session_ended, room_finished, recording_proceeded) with the
// same event id on every retry. Mounted under /sandbox/plugnmeet.
class PlugNmeetSandbox
{
public:
    // `webhookHosts`: besides baseUrl's host, the hosts a room's webhook_url may name.
    PlugNmeetSandbox(const ProviderConfig &config, const QUrl &baseUrl, QStringList webhookHosts,
                     WebhookSender &sender);
    void registerOn(Router &router);
    // A per-room webhook_url goes only to a platform's webhook endpoint on a configured host
    // (a signed POST to anywhere else would be a request forgery for whoever creates rooms).
    bool isAllowedWebhookUrl(const QString &url) const;

    struct Room
    {
        QString roomId;
        QString sid;
        QString title;
        bool active = false;
        qint64 createdAt = 0;
        QHash<QString, QJsonObject> participants; // participant sid -> ParticipantInfo
        QString recordId;
        QString webhookUrl; // metadata.webhook_url: a per-room receiver besides ours
    };
    // What the adapter calls (the same operations the HTTP API offers).
    QJsonObject createRoom(const QString &roomId, const QString &title, const QString &webhookUrl = {});
    QJsonObject joinToken(const QString &roomId, const QString &userId, const QString &name, bool isAdmin);
    QJsonObject endRoom(const QString &roomId);
    // Join / leave as the room page does; returns the participant sid or an error text.
    std::optional<QString> join(const QString &accessToken, QString *error);
    bool leave(const QString &accessToken, const QString &participantSid);

private:
    std::optional<QJsonObject> tokenClaims(const QString &accessToken) const;
    void emitEvent(const QString &type, const Room &room, const QJsonObject &extra);
    QJsonObject roomJson(const Room &room) const;

    const ProviderConfig &m_config;
    QUrl m_baseUrl;
    QStringList m_webhookHosts;
    WebhookSender &m_sender;
    QHash<QString, Room> m_rooms;
};

} // namespace companion::server
