// The browser side of the PlugNmeet sandbox: the room page, its stylesheet, the embedded
// board of another origin, and the small API the page's script calls.
#include "models/time/Clock.h"
#include "server/http/Router.h"
#include "server/sandbox/PlugNmeetSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace companion::server {

namespace {

HttpResponse resource(const char *name, const QByteArray &type)
{
    QFile file(QStringLiteral(":/sandbox/pages/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("missing page"));
    return HttpResponse::text(type, file.readAll());
}

HttpResponse status(bool ok, const QString &msg = {}, int code = 200)
{
    return HttpResponse::json(
        QJsonObject { { QStringLiteral("status"), ok }, { QStringLiteral("msg"), msg } }, code);
}

} // namespace

void PlugNmeetSandbox::registerPages(Router &router)
{
    const auto roomPage = [this](HttpRequest &request) {
        if (!tokenClaims(request.queryValue(QStringLiteral("access_token"))))
            return HttpResponse::text(
                "text/html; charset=utf-8",
                "<!doctype html><html><head><title>PlugNmeet</title></head><body>"
                "<h1>Verification failed</h1><p>token-not-valid: open the room again from Companion.</p>"
                "</body></html>",
                401);
        return resource("plugnmeet-room.html", "text/html; charset=utf-8");
    };
    for (const char *path : { "/sandbox/plugnmeet", "/sandbox/plugnmeet/", "/sandbox/video/room" })
        router.add(QStringLiteral("GET"), QLatin1String(path), Access::Public, roomPage);
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/plugnmeet/room.css"), Access::Public,
               [](HttpRequest &) { return resource("plugnmeet-room.css", "text/css; charset=utf-8"); });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/plugnmeet/frame"), Access::Public,
               [](HttpRequest &) { return resource("plugnmeet-frame.html", "text/html; charset=utf-8"); });

    // The page's own calls. Bodies are JSON; sendBeacon's come as text/plain.
    const auto withRoom =
        [this](const std::function<HttpResponse(Room &, const QJsonObject &, const QJsonObject &)> &handler) {
            return [this, handler](HttpRequest &request) {
                QJsonObject body = QJsonDocument::fromJson(request.body).object();
                const QString token = body.isEmpty() ? request.queryValue(QStringLiteral("access_token"))
                                                     : body.value(QStringLiteral("access_token")).toString();
                if (body.isEmpty())
                    body.insert(QStringLiteral("participant_sid"),
                                request.queryValue(QStringLiteral("participant_sid")));
                const auto claims = tokenClaims(token);
                if (!claims)
                    return status(false, QStringLiteral("token-not-valid"), 401);
                auto it = m_rooms.find(claims->value(QStringLiteral("room_id")).toString());
                if (it == m_rooms.end())
                    return status(false, QStringLiteral("room is not active"), 404);
                return handler(*it, *claims, body);
            };
        };
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/plugnmeet/api/whoami"), Access::Public,
               withRoom([](Room &room, const QJsonObject &claims, const QJsonObject &) {
                   return HttpResponse::json(QJsonObject {
                       { QStringLiteral("status"), true },
                       { QStringLiteral("room_title"), room.title },
                       { QStringLiteral("name"), claims.value(QStringLiteral("name")) },
                       { QStringLiteral("is_admin"), claims.value(QStringLiteral("is_admin")) },
                       { QStringLiteral("breakout"), room.breakout },
                       { QStringLiteral("logout_url"), room.logoutUrl },
                   });
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/api/join"), Access::Public,
               [this](HttpRequest &request) {
                   const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                   QString error;
                   const auto sid = join(body.value(QStringLiteral("access_token")).toString(), &error);
                   if (!sid)
                       return status(false, error, 401);
                   return HttpResponse::json(QJsonObject { { QStringLiteral("status"), true },
                                                           { QStringLiteral("participant_sid"), *sid } });
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/api/leave"), Access::Public,
               [this](HttpRequest &request) {
                   const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                   const bool ok = leave(body.value(QStringLiteral("access_token")).toString(),
                                         body.value(QStringLiteral("participant_sid")).toString());
                   return status(ok, {}, ok ? 200 : 404);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/plugnmeet/api/participants"), Access::Public,
               withRoom([](Room &room, const QJsonObject &, const QJsonObject &body) {
                   const QString sid = body.value(QStringLiteral("participant_sid")).toString();
                   if (room.participants.contains(sid))
                       room.lastSeenMs.insert(sid, Clock::nowMs());
                   QJsonArray list;
                   for (const QJsonObject &p : std::as_const(room.participants))
                       list.append(p);
                   return HttpResponse::json(QJsonObject { { QStringLiteral("participants"), list },
                                                           { QStringLiteral("active"), room.active } });
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/api/report"), Access::Public,
               withRoom([](Room &room, const QJsonObject &claims, const QJsonObject &body) {
                   // Keyed by identity, so a report survives the page's reload.
                   const QString who = claims.value(QStringLiteral("sub")).toString();
                   QJsonObject mine = room.reports.value(who).toObject();
                   mine.insert(body.value(QStringLiteral("key")).toString(),
                               body.value(QStringLiteral("value")));
                   room.reports.insert(who, mine);
                   return status(true);
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/api/breakout"), Access::Public,
               withRoom([this](Room &room, const QJsonObject &claims, const QJsonObject &) {
                   if (!claims.value(QStringLiteral("is_admin")).toBool() || room.breakout)
                       return status(false, QStringLiteral("only a moderator of the main room"), 403);
                   const QString id = room.roomId + QStringLiteral("_b1");
                   const QString title = room.title + QStringLiteral(" · Breakout 1");
                   const QString webhookUrl = room.webhookUrl;
                   createRoom(id, title, webhookUrl);
                   m_rooms[id].breakout = true;
                   const QJsonObject token = joinToken(id, claims.value(QStringLiteral("sub")).toString(),
                                                       claims.value(QStringLiteral("name")).toString(), true);
                   return HttpResponse::json(
                       QJsonObject { { QStringLiteral("status"), true },
                                     { QStringLiteral("token"), token.value(QStringLiteral("token")) } });
               }));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/plugnmeet/api/end"), Access::Public,
               withRoom([this](Room &room, const QJsonObject &claims, const QJsonObject &) {
                   if (!claims.value(QStringLiteral("is_admin")).toBool())
                       return status(false, QStringLiteral("only a moderator ends the session"), 403);
                   return status(endRoom(room.roomId).value(QStringLiteral("ok")).toBool());
               }));
    // For tests: every room, its participants now and what their pages reported.
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/plugnmeet/rooms"), Access::Public,
               [this](HttpRequest &) {
                   QJsonArray rooms;
                   for (const Room &room : std::as_const(m_rooms)) {
                       QJsonArray participants;
                       for (const QJsonObject &p : room.participants)
                           participants.append(p);
                       rooms.append(QJsonObject { { QStringLiteral("room_id"), room.roomId },
                                                  { QStringLiteral("active"), room.active },
                                                  { QStringLiteral("breakout"), room.breakout },
                                                  { QStringLiteral("logout_url"), room.logoutUrl },
                                                  { QStringLiteral("participants"), participants },
                                                  { QStringLiteral("reports"), room.reports } });
                   }
                   return HttpResponse::json(QJsonObject { { QStringLiteral("rooms"), rooms } });
               });
}

} // namespace companion::server
