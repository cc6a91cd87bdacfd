#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace companion::server {

class Router;
class WebhookSender;
struct ProviderConfig;

// An offline PlugNmeet server: the /auth/room/{create,getJoinToken,isRoomActive,endRoom}
// and /auth/recording/fetch API with the real API-KEY + HASH-SIGNATURE check and proto3
// JSON answers (HTTP 200 with status:false for business errors, 401 for auth), and signed
// webhooks to the platform (room_started, participant_joined/left, session_ended,
// room_finished, recording_proceeded) with the same event id on every retry. Mounted under
// /sandbox/plugnmeet.
//
// Its room page (pages/plugnmeet-room.html, served on http://localhost like the real client
// requires for plain http) behaves like the real client where Companion cares: it reads
// access_token and verifies it, asks for camera and microphone, shares the screen on a click,
// opens a breakout with window.open, has an external link, a new-tab link and one with an
// unknown scheme, embeds a board from another origin (127.0.0.1) that asks for the camera,
// leaves on pagehide, and ends by navigating to the room's logout_url (window.close() in a
// breakout). Its stylesheet is compiled the way Tailwind 4 compiles (oklch, range media
// queries, translate:, dvh). A participant that stops polling is gone after kLivenessMs, as
// a dropped websocket is at the real server. GET /sandbox/plugnmeet/rooms shows the rooms,
// participants and what each page reported (for tests).
class PlugNmeetSandbox
{
public:
    // `webhookHosts`: besides baseUrl's host, the hosts a room's webhook_url may name.
    PlugNmeetSandbox(const ProviderConfig &config, const QUrl &baseUrl, QStringList webhookHosts,
                     WebhookSender &sender);
    ~PlugNmeetSandbox();
    PlugNmeetSandbox(const PlugNmeetSandbox &) = delete;
    PlugNmeetSandbox &operator=(const PlugNmeetSandbox &) = delete;
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
        QString logoutUrl; // metadata.logout_url: where the page goes when the session ends
        bool breakout = false;
        QHash<QString, qint64> lastSeenMs; // participant sid -> when its page last polled
        QJsonObject reports; // participant sid -> {key: value} the page reported
    };
    // What the adapter calls (the same operations the HTTP API offers).
    QJsonObject createRoom(const QString &roomId, const QString &title, const QString &webhookUrl = {},
                           const QString &logoutUrl = {});
    QJsonObject joinToken(const QString &roomId, const QString &userId, const QString &name, bool isAdmin);
    QJsonObject endRoom(const QString &roomId);
    // Join / leave as the room page does; returns the participant sid or an error text.
    std::optional<QString> join(const QString &accessToken, QString *error);
    bool leave(const QString &accessToken, const QString &participantSid);

    // Participants whose page stopped polling leave, as after a dropped connection.
    void dropSilentParticipants();
    static constexpr qint64 kLivenessMs = 10000;

private:
    void registerPages(Router &router);
    void removeParticipant(Room &room, const QString &sid, const QString &reason);
    std::optional<QJsonObject> tokenClaims(const QString &accessToken) const;
    void emitEvent(const QString &type, const Room &room, const QJsonObject &extra);
    QJsonObject roomJson(const Room &room) const;

    const ProviderConfig &m_config;
    QUrl m_baseUrl;
    QStringList m_webhookHosts;
    WebhookSender &m_sender;
    QHash<QString, Room> m_rooms;
    QTimer *m_liveness = nullptr;
};

} // namespace companion::server
