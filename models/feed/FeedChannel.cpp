#include "models/feed/FeedChannel.h"

namespace companion {

QJsonObject FeedChannel::toJson() const
{
    return { { QStringLiteral("feed_id"), feedId },
             { QStringLiteral("kind"),
               isCommunity() ? QStringLiteral("community") : QStringLiteral("course") },
             { QStringLiteral("course_id"), courseId.isEmpty() ? QJsonValue() : QJsonValue(courseId) },
             { QStringLiteral("title"), title },
             { QStringLiteral("role"), role },
             { QStringLiteral("permissions"),
               QJsonObject { { QStringLiteral("read"), true },
                             { QStringLiteral("post"), canPost },
                             { QStringLiteral("announce"), canAnnounce },
                             { QStringLiteral("moderate"), canModerate } } } };
}

std::optional<FeedChannel> FeedChannel::fromJson(const QJsonObject &json)
{
    const QJsonObject permissions = json.value(QLatin1String("permissions")).toObject();
    FeedChannel channel { json.value(QLatin1String("feed_id")).toString(),
                          json.value(QLatin1String("course_id")).toString(),
                          json.value(QLatin1String("title")).toString(),
                          json.value(QLatin1String("role")).toString(),
                          permissions.value(QLatin1String("post")).toBool(),
                          permissions.value(QLatin1String("announce")).toBool(),
                          permissions.value(QLatin1String("moderate")).toBool() };
    if (channel.feedId.isEmpty() || channel.title.isEmpty())
        return std::nullopt;
    return channel;
}

} // namespace companion
