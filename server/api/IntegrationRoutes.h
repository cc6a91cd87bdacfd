#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/providers/Providers.h"
#include "server/store/SessionStore.h"

#include <QHash>
#include <QString>

#include <functional>

namespace companion::server {

class Router;
struct ServerContext;

// The seed's service endpoints, answered through the provider adapters:
// POST /api/video/room, POST /api/video/join, POST /api/payments/connect/onboard,
// GET /api/payments/connect/status, POST /api/payments/connect/login-link,
// GET /api/calendar/feed, POST /api/calendar/feed/rotate,
// DELETE /api/calendar/feed (revoke),
// plus the public calendar file. (The sandboxes serve their own pages.)
class IntegrationRoutes
{
public:
    explicit IntegrationRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    void registerVideo(Router &router);
    void registerPayments(Router &router);
    void registerCalendar(Router &router);
    // GET /calendar/{token}.ics: the user's sessions as iCalendar, with ETag and Last-Modified.
    HttpResponse calendarFeed(HttpRequest &request);

    // The session a video request's body names, if the caller may use its room: 503 without
    // video, 400 without a session_id, 404 unless the caller relates to it, 403 for a
    // student where only its teacher may, 409 once it is cancelled.
    enum class VideoAccess { Teacher, Member };
    struct VideoSession
    {
        QString id;
        SessionRelation relation = SessionRelation::None;
        SessionStore::Timing timing;
    };
    std::optional<VideoSession> videoSessionFor(const HttpRequest &request, VideoAccess access,
                                                HttpResponse *error);
    // The session's room, created at the video provider on first use (off the event loop);
    // `then` gets it, or a 502 answer.
    using RoomThen = std::function<void(std::optional<VideoProvider::Room>, HttpResponse error)>;
    void withRoomOf(const VideoSession &session, RoomThen then);
    HttpResponse openRoom(HttpRequest &request);
    HttpResponse joinRoom(HttpRequest &request);
    HttpResponse onboard(HttpRequest &request);
    HttpResponse connectStatus(HttpRequest &request);
    HttpResponse loginLink(HttpRequest &request);

    ServerContext &m_context;
    QHash<QString, qint64> m_accountRefreshedAt; // account id -> last retrieval (unix s)
};

} // namespace companion::server
