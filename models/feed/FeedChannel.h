#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion {

// A feed the user may open (GET /api/stream/feeds): the community feed or a course's,
// with the user's role in it and what that role allows.
struct FeedChannel
{
    QString feedId; // "community:all", "course:crs_python"
    QString courseId; // empty for the community feed
    QString title;
    QString role; // creator | teacher | student | member
    bool canPost = false;
    bool canAnnounce = false;
    bool canModerate = false;

    bool isCommunity() const { return courseId.isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<FeedChannel> fromJson(const QJsonObject &json);
};

} // namespace companion
