#include "server/sandbox/PlugNmeetSandbox.h"

#include "models/time/Clock.h"
#include "server/core/ConstantTime.h"
#include "server/core/Jwt.h"
#include "server/core/Logging.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/sandbox/WebhookSender.h"
#include "server/webhooks/PlugNmeetWebhookToken.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace companion::server {

namespace {

constexpr qint64 kTokenValiditySeconds = 600; // client.token_validity default: 10 min

qint64 now()
{
    return Clock::nowSecs();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// proto3 JSON answers: status, msg and status_code (an enum name) always present.
HttpResponse protoAnswer(bool status, const QString &msg, const char *code, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("status"), status);
    extra.insert(QStringLiteral("msg"), msg);
    extra.insert(QStringLiteral("status_code"), QLatin1String(code));
    return HttpResponse::json(extra, 200);
}

// The server's protojson accepts snake_case and lowerCamelCase names.
QString field(const QJsonObject &body, const char *snake, const char *camel)
{
    const QJsonValue v = body.value(QLatin1String(snake));
    return (v.isUndefined() ? body.value(QLatin1String(camel)) : v).toString();
}

} // namespace

PlugNmeetSandbox::PlugNmeetSandbox(const ProviderConfig &config, const QUrl &baseUrl,
                                   QStringList webhookHosts, WebhookSender &sender)
    : m_config(config)
    , m_baseUrl(baseUrl)
    , m_webhookHosts(std::move(webhookHosts))
    , m_sender(sender)
    , m_liveness(new QTimer)
{
    m_liveness->setInterval(2000);
    QObject::connect(m_liveness, &QTimer::timeout, m_liveness, [this]() { dropSilentParticipants(); });
    m_liveness->start();
}

PlugNmeetSandbox::~PlugNmeetSandbox()
{
    delete m_liveness;
}

void PlugNmeetSandbox::dropSilentParticipants()
{
    const qint64 t = Clock::nowMs();
    for (Room &room : m_rooms) {
        const QStringList sids = room.participants.keys();
        for (const QString &sid : sids) {
            if (t - room.lastSeenMs.value(sid, t) > kLivenessMs)
                removeParticipant(room, sid, QStringLiteral("CONNECTION_TIMEOUT"));
        }
    }
}

void PlugNmeetSandbox::removeParticipant(Room &room, const QString &sid, const QString &reason)
{
    if (!room.participants.contains(sid))
        return;
    QJsonObject participant = room.participants.take(sid);
    room.lastSeenMs.remove(sid);
    participant.insert(QStringLiteral("state"), QStringLiteral("DISCONNECTED"));
    participant.insert(QStringLiteral("disconnect_reason"), reason);
    emitEvent(QStringLiteral("participant_left"), room, { { QStringLiteral("participant"), participant } });
}

QJsonObject PlugNmeetSandbox::roomJson(const Room &room) const
{
    return {
        { QStringLiteral("sid"), room.sid },
        { QStringLiteral("room_id"), room.roomId },
        { QStringLiteral("empty_timeout"), 1800 },
        { QStringLiteral("creation_time"), QString::number(room.createdAt) },
        { QStringLiteral("metadata"),
          QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("room_title"), room.title },
                                                        { QStringLiteral("logout_url"), room.logoutUrl } })
                                .toJson(QJsonDocument::Compact)) },
        { QStringLiteral("num_participants"), static_cast<int>(room.participants.size()) },
    };
}

void PlugNmeetSandbox::emitEvent(const QString &type, const Room &room, const QJsonObject &extra)
{
    QJsonObject event = extra;
    event.insert(QStringLiteral("event"), type);
    event.insert(QStringLiteral("room"), roomJson(room));
    event.insert(QStringLiteral("id"), uuid()); // reused on every retry
    event.insert(QStringLiteral("created_at"), QString::number(now()));
    const QByteArray key = m_config.plugnmeetApiKey.toUtf8();
    const QByteArray secret = m_config.plugnmeetApiSecret.toUtf8();
    m_sender.send(
        // PlugNmeet sends to the per-room webhook_url (enable_for_per_meeting) and the global
        // one; the global one here is this server, so a room another server created goes there.
        room.webhookUrl.isEmpty() ? m_baseUrl.resolved(QUrl(QStringLiteral("/api/webhooks/plugnmeet")))
                                  : QUrl(room.webhookUrl),
        QJsonDocument(event).toJson(QJsonDocument::Compact),
        [key, secret](const QByteArray &body) {
            const QByteArray token = PlugNmeetWebhookToken::sign(body, key, secret, now());
            return WebhookSender::Headers { { "Authorization", token }, { "Hash-Token", token } };
        },
        QStringLiteral("plugnmeet ") + type, 3); // go-retryablehttp: RetryMax 2 = 3 attempts
}

bool PlugNmeetSandbox::isAllowedWebhookUrl(const QString &url) const
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString host = parsed.host().toLower();
    return parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https")
        && parsed.userInfo().isEmpty() && !parsed.hasQuery() && !parsed.hasFragment()
        && parsed.path() == u"/api/webhooks/plugnmeet"
        && (host == m_baseUrl.host().toLower() || m_webhookHosts.contains(host, Qt::CaseInsensitive));
}

QJsonObject PlugNmeetSandbox::createRoom(const QString &roomId, const QString &title,
                                         const QString &webhookUrl, const QString &logoutUrl)
{
    Room &room = m_rooms[roomId];
    if (!room.active) { // idempotent while active
        room.webhookUrl = webhookUrl;
        room.logoutUrl = logoutUrl;
        room.lastSeenMs.clear();
        room.reports = {};
        room.roomId = roomId;
        room.sid = uuid();
        room.title = title;
        room.active = true;
        room.createdAt = now();
        room.participants.clear();
        emitEvent(QStringLiteral("room_created"), room, {});
    }
    return { { QStringLiteral("room_id"), room.roomId }, { QStringLiteral("sid"), room.sid } };
}

QJsonObject PlugNmeetSandbox::joinToken(const QString &roomId, const QString &userId, const QString &name,
                                        bool isAdmin)
{
    const qint64 t = now();
    return { { QStringLiteral("token"),
               QString::fromLatin1(Jwt::sign({ { QStringLiteral("iss"), m_config.plugnmeetApiKey },
                                               { QStringLiteral("sub"), userId },
                                               { QStringLiteral("room_id"), roomId },
                                               { QStringLiteral("name"), name },
                                               { QStringLiteral("is_admin"), isAdmin },
                                               { QStringLiteral("nbf"), t },
                                               { QStringLiteral("jti"), uuid() }, // each token its own
                                               { QStringLiteral("exp"), t + kTokenValiditySeconds } },
                                             m_config.plugnmeetApiSecret.toUtf8())) },
             { QStringLiteral("expires_at"), t + kTokenValiditySeconds } };
}

std::optional<QJsonObject> PlugNmeetSandbox::tokenClaims(const QString &accessToken) const
{
    const Jwt::Verified jwt = Jwt::verify(accessToken.toLatin1(), m_config.plugnmeetApiSecret.toUtf8());
    if (jwt.check != Jwt::Check::Ok)
        return std::nullopt;
    const QJsonObject &claims = jwt.claims;
    if (static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble()) < now())
        return std::nullopt; // "401 token expired": re-join with a new token
    return claims;
}

std::optional<QString> PlugNmeetSandbox::join(const QString &accessToken, QString *error)
{
    const auto claims = tokenClaims(accessToken);
    if (!claims) {
        *error = QStringLiteral("token-not-valid");
        return std::nullopt;
    }
    auto it = m_rooms.find(claims->value(QStringLiteral("room_id")).toString());
    if (it == m_rooms.end() || !it->active) {
        *error = QStringLiteral("room is not active");
        return std::nullopt;
    }
    // One connection per identity, as LiveKit does: a second join replaces the first.
    const QString identity = claims->value(QStringLiteral("sub")).toString();
    for (const QJsonObject &p : std::as_const(it->participants)) {
        if (p.value(QStringLiteral("identity")).toString() == identity) {
            removeParticipant(*it, p.value(QStringLiteral("sid")).toString(),
                              QStringLiteral("DUPLICATE_IDENTITY"));
            break;
        }
    }
    const bool first = it->participants.isEmpty();
    const QString sid = QStringLiteral("PA_") + uuid().left(12);
    const qint64 t = now();
    const QJsonObject participant {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("identity"), claims->value(QStringLiteral("sub")).toString() },
        { QStringLiteral("name"), claims->value(QStringLiteral("name")).toString() },
        { QStringLiteral("state"), QStringLiteral("ACTIVE") },
        { QStringLiteral("joined_at"), QString::number(t) },
        { QStringLiteral("joined_at_ms"), QString::number(t * 1000) },
        { QStringLiteral("is_publisher"), true },
    };
    it->participants.insert(sid, participant);
    it->lastSeenMs.insert(sid, Clock::nowMs());
    if (first)
        emitEvent(QStringLiteral("room_started"), *it, {});
    emitEvent(QStringLiteral("participant_joined"), *it, { { QStringLiteral("participant"), participant } });
    return sid;
}

bool PlugNmeetSandbox::leave(const QString &accessToken, const QString &participantSid)
{
    const auto claims = tokenClaims(accessToken);
    if (!claims)
        return false;
    auto it = m_rooms.find(claims->value(QStringLiteral("room_id")).toString());
    if (it == m_rooms.end() || !it->participants.contains(participantSid))
        return false;
    removeParticipant(*it, participantSid, QStringLiteral("CLIENT_INITIATED"));
    return true;
}

QJsonObject PlugNmeetSandbox::endRoom(const QString &roomId)
{
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || !it->active)
        return { { QStringLiteral("ok"), false } };
    for (auto p = it->participants.begin(); p != it->participants.end(); ++p) {
        QJsonObject participant = p.value();
        participant.insert(QStringLiteral("state"), QStringLiteral("DISCONNECTED"));
        emitEvent(QStringLiteral("participant_left"), *it,
                  { { QStringLiteral("participant"), participant } });
    }
    it->participants.clear();
    it->lastSeenMs.clear();
    it->active = false;
    emitEvent(QStringLiteral("session_ended"), *it, {});
    emitEvent(QStringLiteral("room_finished"), *it, {});
    it->recordId = it->sid + QLatin1Char('-') + QString::number(Clock::nowMs());
    emitEvent(QStringLiteral("recording_proceeded"), *it,
              { { QStringLiteral("recording_info"),
                  QJsonObject { { QStringLiteral("record_id"), it->recordId },
                                { QStringLiteral("recorder_id"), QStringLiteral("node_01") },
                                { QStringLiteral("recorder_msg"), QStringLiteral("success") },
                                { QStringLiteral("file_path"),
                                  QStringLiteral("node_01/%1/%2.mp4").arg(roomId, it->recordId) },
                                { QStringLiteral("file_size"), 12.34 } } } });
    return { { QStringLiteral("ok"), true } };
}

void PlugNmeetSandbox::registerOn(Router &router)
{
    // The REST API: HMAC-SHA256 of the exact body bytes, hex, with the API secret.
    const auto authed = [this](const std::function<HttpResponse(const QJsonObject &)> &handler) {
        return [this, handler](HttpRequest &request) {
            const auto fail = [](const char *msg, const char *code) {
                return HttpResponse::json(
                    QJsonObject { { QStringLiteral("status"), false },
                                  { QStringLiteral("msg"), QLatin1String(msg) },
                                  { QStringLiteral("status_code"), QLatin1String(code) } },
                    401);
            };
            const QByteArray key = request.header("api-key");
            const QByteArray signature = request.header("hash-signature");
            if (key.isEmpty())
                return fail("Missing API-KEY header.", "MISSING_REQUIRED_PARAMETER");
            if (!constantTimeEquals(key, m_config.plugnmeetApiKey.toUtf8()))
                return fail("Invalid API key provided.", "INVALID_API_KEY");
            if (signature.isEmpty())
                return fail("Missing HASH-SIGNATURE header.", "MISSING_REQUIRED_PARAMETER");
            const QByteArray expected
                = QMessageAuthenticationCode::hash(request.body, m_config.plugnmeetApiSecret.toUtf8(),
                                                   QCryptographicHash::Sha256)
                      .toHex();
            if (!constantTimeEquals(expected, signature.toLower()))
                return fail("Failed to verify provided authentication details.",
                            "INVALID_TOKEN_OR_SIGNATURE");
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            return handler(body);
        };
    };
    router.add(
        QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/auth/room/create"), Access::Public,
        authed([this](const QJsonObject &body) {
            const QString roomId = field(body, "room_id", "roomId");
            const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
            const QString title = field(metadata, "room_title", "roomTitle");
            if (roomId.isEmpty() || title.isEmpty())
                return protoAnswer(false, QStringLiteral("room_id and metadata.room_title are required"),
                                   "INVALID_PARAMETERS");
            const QString webhookUrl = field(metadata, "webhook_url", "webhookUrl");
            if (!webhookUrl.isEmpty() && !isAllowedWebhookUrl(webhookUrl))
                return protoAnswer(false,
                                   QStringLiteral("metadata.webhook_url must be /api/webhooks/plugnmeet on a "
                                                  "configured host"),
                                   "INVALID_PARAMETERS");
            const QJsonObject room
                = createRoom(roomId, title, webhookUrl, field(metadata, "logout_url", "logoutUrl"));
            return protoAnswer(true, QStringLiteral("success"), "SUCCESS",
                               { { QStringLiteral("room_info"),
                                   QJsonObject { { QStringLiteral("room_id"), roomId },
                                                 { QStringLiteral("sid"), room.value(QStringLiteral("sid")) },
                                                 { QStringLiteral("room_title"), title } } } });
        }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/auth/room/getJoinToken"),
               Access::Public, authed([this](const QJsonObject &body) {
                   const QString roomId = field(body, "room_id", "roomId");
                   const QJsonObject user = body.value(QStringLiteral("user_info")).toObject().isEmpty()
                       ? body.value(QStringLiteral("userInfo")).toObject()
                       : body.value(QStringLiteral("user_info")).toObject();
                   if (!m_rooms.value(roomId).active)
                       return protoAnswer(false, QStringLiteral("room is not active. create room first"),
                                          "ROOM_NOT_ACTIVE");
                   const QString name = user.value(QStringLiteral("name")).toString();
                   if (name.isEmpty())
                       return protoAnswer(false, QStringLiteral("user_info.name is required"),
                                          "INVALID_PARAMETERS");
                   const QJsonObject token = joinToken(roomId, field(user, "user_id", "userId"), name,
                                                       user.value(QStringLiteral("is_admin")).toBool()
                                                           || user.value(QStringLiteral("isAdmin")).toBool());
                   return protoAnswer(true, QStringLiteral("success"), "SUCCESS",
                                      { { QStringLiteral("token"), token.value(QStringLiteral("token")) } });
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/auth/room/isRoomActive"),
               Access::Public, authed([this](const QJsonObject &body) {
                   const bool active = m_rooms.value(field(body, "room_id", "roomId")).active;
                   return protoAnswer(
                       true, active ? QStringLiteral("room is active") : QStringLiteral("room is not active"),
                       "SUCCESS", { { QStringLiteral("is_active"), active } });
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/auth/room/endRoom"), Access::Public,
               authed([this](const QJsonObject &body) {
                   const bool ended
                       = endRoom(field(body, "room_id", "roomId")).value(QStringLiteral("ok")).toBool();
                   return ended ? protoAnswer(true, QStringLiteral("success"), "SUCCESS")
                                : protoAnswer(false, QStringLiteral("room not found"), "ROOM_NOT_FOUND");
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/auth/recording/fetch"),
               Access::Public, authed([this](const QJsonObject &body) {
                   QJsonArray list;
                   QJsonArray roomIds = body.value(QStringLiteral("room_ids")).toArray();
                   if (roomIds.isEmpty())
                       roomIds = body.value(QStringLiteral("roomIds")).toArray();
                   for (const QJsonValue &id : roomIds) {
                       const Room room = m_rooms.value(id.toString());
                       if (room.recordId.isEmpty())
                           continue;
                       list.append(QJsonObject {
                           { QStringLiteral("record_id"), room.recordId },
                           { QStringLiteral("room_id"), room.roomId },
                           { QStringLiteral("room_sid"), room.sid },
                           { QStringLiteral("file_path"),
                             QStringLiteral("node_01/%1/%2.mp4").arg(room.roomId, room.recordId) },
                           { QStringLiteral("file_size"), 12.34 },
                           { QStringLiteral("creation_time"), QString::number(room.createdAt) },
                           { QStringLiteral("room_creation_time"), QString::number(room.createdAt) },
                       });
                   }
                   if (list.isEmpty())
                       return protoAnswer(false, QStringLiteral("no recordings found"), "NOT_FOUND");
                   return protoAnswer(
                       true, QStringLiteral("success"), "SUCCESS",
                       { { QStringLiteral("result"),
                           QJsonObject { { QStringLiteral("total_recordings"), QString::number(list.size()) },
                                         { QStringLiteral("from"), 0 },
                                         { QStringLiteral("limit"), 20 },
                                         { QStringLiteral("order_by"), QStringLiteral("DESC") },
                                         { QStringLiteral("recordings_list"), list } } } });
               }));

    registerPages(router);
}

} // namespace companion::server
