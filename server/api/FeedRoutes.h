#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion::server {

class Router;
struct ServerContext;

// The seed's feed access flow (flow 4): our database decides who belongs to which feed,
// Stream only ever sees the scoped tokens handed out here.
//   GET  /api/stream/feeds  the feeds the user may open: the community feed and the course
//                           feeds of the courses they create, teach or are enrolled in
//   POST /api/stream/token  {} the user's own token; {"feed_id"} (or {"course_id"}) a token
//                           for that feed, for its members only (403 otherwise)
// Students read, post, react and delete their own; teachers and the creator also announce
// and moderate; everyone signed in reads and posts to the community feed.
class FeedRoutes
{
public:
    explicit FeedRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    struct Feed
    {
        QString id; // "course:crs_python", "community:all"
        QString courseId;
        QString title;
        QString role; // creator, teacher, student, member
        bool moderates = false;
        QJsonObject toJson() const;
    };
    QList<Feed> feedsOf(const QString &userId);
    QString streamBaseUrl() const;

    ServerContext &m_context;
};

} // namespace companion::server
