#include "server/api/FeedRoutes.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/api/ServerContext.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/providers/Providers.h"
#include "server/store/CatalogStore.h"

namespace companion::server {

namespace {

// Stream's default user-token validity; clients fetch a new one when it runs out.
constexpr qint64 kTokenSeconds = 3600;
const QString kCommunityFeed = QStringLiteral("community:all");

} // namespace

QJsonObject FeedRoutes::Feed::toJson() const
{
    return {
        { QStringLiteral("feed_id"), id },
        { QStringLiteral("kind"),
          courseId.isEmpty() ? QStringLiteral("community") : QStringLiteral("course") },
        { QStringLiteral("course_id"),
          courseId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(courseId) },
        { QStringLiteral("title"), title },
        { QStringLiteral("role"), role },
        { QStringLiteral("permissions"),
          QJsonObject { { QStringLiteral("read"), true },
                        { QStringLiteral("post"), true },
                        { QStringLiteral("announce"), moderates },
                        { QStringLiteral("moderate"), moderates } } },
    };
}

FeedRoutes::FeedRoutes(ServerContext &context)
    : m_context(context)
{ }

QList<FeedRoutes::Feed> FeedRoutes::feedsOf(const QString &userId)
{
    QList<Feed> feeds {
        { kCommunityFeed, {}, QStringLiteral("Community"), QStringLiteral("member"), false }
    };
    for (const CourseFeedMembership &course : m_context.catalog->courseFeedsOf(userId)) {
        const bool teaches = course.role != CourseFeedMembership::Role::Student;
        const QString role = course.role == CourseFeedMembership::Role::Creator ? QStringLiteral("creator")
            : teaches                                                           ? QStringLiteral("teacher")
                                                                                : QStringLiteral("student");
        feeds.append({ QStringLiteral("course:") + course.courseId, course.courseId, course.courseTitle, role,
                       teaches });
    }
    return feeds;
}

QString FeedRoutes::streamBaseUrl() const
{
    if (!m_context.config->streamApiUrl.isEmpty())
        return m_context.config->streamApiUrl;
    return m_context.baseUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/sandbox/stream/api/v1.0");
}

void FeedRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stream/feeds"), Access::Bearer,
               [this](HttpRequest &request) {
                   QJsonArray feeds;
                   for (const Feed &feed : feedsOf(request.userId))
                       feeds.append(feed.toJson());
                   return HttpResponse::json(QJsonObject { { QStringLiteral("feeds"), feeds } });
               });
    router.addJson(
        QStringLiteral("POST"), QStringLiteral("/api/stream/token"), Access::Bearer,
        [this](HttpRequest &request, const QJsonObject &body) {
            const QJsonValue feedValue = body.value(QStringLiteral("feed_id"));
            const QJsonValue courseValue = body.value(QStringLiteral("course_id"));
            if ((!feedValue.isUndefined() && !feedValue.isString())
                || (!courseValue.isUndefined() && !courseValue.isString())
                || feedValue.toString().size() > 200 || courseValue.toString().size() > 200)
                return HttpResponse::error(
                    400, QStringLiteral("invalid_request"),
                    QStringLiteral("feed_id and course_id are strings of at most 200 characters."));
            QString feedId = feedValue.toString();
            if (feedId.isEmpty() && !courseValue.toString().isEmpty())
                feedId = QStringLiteral("course:") + courseValue.toString();
            std::optional<Feed> feed;
            if (!feedId.isEmpty()) {
                for (const Feed &candidate : feedsOf(request.userId)) {
                    if (candidate.id == feedId)
                        feed = candidate;
                }
                if (!feed)
                    return HttpResponse::error(403, QStringLiteral("not_enrolled"),
                                               QStringLiteral("Only the course's students and teachers can "
                                                              "open its feed."));
            }
            const qint64 expiresAt = Clock::nowSecs() + kTokenSeconds;
            const QString action = !feed ? QString()
                : feed->moderates        ? QStringLiteral("*")
                                         : QStringLiteral("write");
            const FeedProvider::Token token
                = m_context.feeds->userToken(request.userId, expiresAt, feedId, action);
            QJsonObject json {
                { QStringLiteral("token"), token.token },
                { QStringLiteral("user_id"), request.userId },
                { QStringLiteral("api_key"), token.apiKey },
                { QStringLiteral("app_id"), token.appId },
                { QStringLiteral("expires_at"), instant::toUtcStringSecs(token.expiresAt) },
                { QStringLiteral("base_url"), streamBaseUrl() },
            };
            if (feed) {
                const QJsonObject described = feed->toJson();
                json.insert(QStringLiteral("feed_id"), feed->id);
                json.insert(QStringLiteral("role"), feed->role);
                json.insert(QStringLiteral("permissions"), described.value(QStringLiteral("permissions")));
            }
            return HttpResponse::json(json);
        },
        EmptyBody::EmptyObject);
}

} // namespace companion::server
