#include "server/sandbox/StreamSandbox.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/core/Jwt.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace companion::server {

namespace {

const QString kApi = QStringLiteral("/sandbox/stream/api/v1.0");
constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 100;
constexpr int kMaxTextLength = 5000;

// Stream's error body: {"code", "message", "StatusCode", "exception"}.
HttpResponse streamError(int status, const QString &message)
{
    const int code = status == 401 ? 16 : status == 403 ? 17 : status == 404 ? 6 : 4;
    const QString exception = status == 401 ? QStringLiteral("NotAuthenticated")
        : status == 403                     ? QStringLiteral("NotAllowedException")
        : status == 404                     ? QStringLiteral("DoesNotExistException")
                                            : QStringLiteral("InputException");
    return HttpResponse::json(QJsonObject { { QStringLiteral("code"), code },
                                            { QStringLiteral("message"), message },
                                            { QStringLiteral("exception"), exception },
                                            { QStringLiteral("StatusCode"), status } },
                              status);
}

HttpResponse withDuration(QJsonObject body, int status = 200)
{
    body.insert(QStringLiteral("duration"), QStringLiteral("0.20ms"));
    return HttpResponse::json(body, status);
}

// "SU:usr_x" (a user reference, as the JS client writes it) or "usr_x".
QString actorUser(const QString &actor)
{
    return actor.startsWith(u"SU:") ? actor.mid(3) : actor;
}

// Stream reads a time without an offset as UTC.
std::optional<qint64> parseStreamTime(const QString &text)
{
    const bool hasOffset = text.endsWith(QLatin1Char('Z')) || text.lastIndexOf(QLatin1Char('+')) > 10
        || text.lastIndexOf(QLatin1Char('-')) > 10;
    return instant::parseMs(hasOffset ? text : text + QLatin1Char('Z'));
}

std::optional<int> limitOf(const HttpRequest &request, HttpResponse *error)
{
    if (!request.hasQuery(QStringLiteral("limit")))
        return kDefaultLimit;
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit) {
        *error = streamError(400, QStringLiteral("limit must be between 1 and %1").arg(kMaxLimit));
        return std::nullopt;
    }
    return limit;
}

} // namespace

StreamSandbox::StreamSandbox(const ProviderConfig &config)
    : m_config(config)
{ }

bool StreamSandbox::open(const QString &dataDir, QString *error)
{
    return m_store.open(dataDir, error);
}

void StreamSandbox::registerOn(Router &router)
{
    const auto route = [&](const char *method, const QString &path,
                           HttpResponse (StreamSandbox::*handler)(HttpRequest &)) {
        router.add(QString::fromLatin1(method), kApi + path, Access::Public,
                   [this, handler](HttpRequest &request) { return (this->*handler)(request); });
    };
    route("GET", QStringLiteral("/feed/{slug}/{id}"), &StreamSandbox::readFeed);
    route("POST", QStringLiteral("/feed/{slug}/{id}"), &StreamSandbox::addActivity);
    route("DELETE", QStringLiteral("/feed/{slug}/{id}/{activity}"), &StreamSandbox::removeActivity);
    route("POST", QStringLiteral("/reaction"), &StreamSandbox::addReaction);
    route("GET", QStringLiteral("/reaction/activity_id/{activity}/{kind}"), &StreamSandbox::listReactions);
    route("DELETE", QStringLiteral("/reaction/{id}"), &StreamSandbox::removeReaction);
}

std::optional<StreamSandbox::Caller> StreamSandbox::authenticate(const HttpRequest &request,
                                                                 HttpResponse *error) const
{
    if (request.hasQuery(QStringLiteral("api_key"))
        && request.queryValue(QStringLiteral("api_key")) != m_config.streamApiKey) {
        *error = streamError(401, QStringLiteral("api_key not valid"));
        return std::nullopt;
    }
    const Jwt::Verified jwt = request.header("stream-auth-type") == "jwt"
        ? Jwt::verify(request.header("authorization").trimmed(), m_config.streamApiSecret.toUtf8())
        : Jwt::Verified {};
    if (jwt.check != Jwt::Check::Ok) {
        *error = streamError(401,
                             jwt.check == Jwt::Check::Malformed ? QStringLiteral("missing or malformed token")
                                                                : QStringLiteral("signature is invalid"));
        return std::nullopt;
    }
    const QJsonObject &claims = jwt.claims;
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (exp.isDouble() && static_cast<qint64>(exp.toDouble()) < Clock::nowSecs()) {
        *error = streamError(401, QStringLiteral("token has expired"));
        return std::nullopt;
    }
    Caller caller { claims.value(QStringLiteral("user_id")).toString(),
                    claims.value(QStringLiteral("feed_id")).toString(),
                    claims.value(QStringLiteral("action")).toString(),
                    claims.value(QStringLiteral("server")).toBool() };
    if (!caller.server && caller.userId.isEmpty()) {
        *error = streamError(401, QStringLiteral("token has no user_id"));
        return std::nullopt;
    }
    return caller;
}

bool StreamSandbox::allows(const Caller &caller, const QString &feed, Need need)
{
    if (caller.server)
        return true;
    if (caller.feedId.isEmpty()) {
        // A plain user token: its own user feed, and read on `user` feeds (global read).
        if (feed == QStringLiteral("user:") + caller.userId)
            return need != Need::Moderate;
        return need == Need::Read && feed.startsWith(u"user:");
    }
    if (caller.feedId != u"*" && caller.feedId != feed)
        return false;
    if (caller.action == u"*")
        return true;
    if (caller.action == u"write")
        return need != Need::Moderate;
    return caller.action == u"read" && need == Need::Read;
}

HttpResponse StreamSandbox::readFeed(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QString slug = request.pathParams.value(QStringLiteral("slug"));
    const QString feed = slug + QLatin1Char(':') + request.pathParams.value(QStringLiteral("id"));
    if (!allows(*caller, feed, Need::Read))
        return streamError(403, QStringLiteral("you don't have permission to read feed %1").arg(feed));
    const auto limit = limitOf(request, &error);
    if (!limit)
        return error;
    const StreamFeedStore::Page page
        = m_store.read(feed, *limit, request.queryValue(QStringLiteral("id_lt")), caller->userId);
    const QString next = page.lastId.isEmpty()
        ? QString()
        : QStringLiteral("/api/v1.0/feed/%1/%2/?limit=%3&id_lt=%4")
              .arg(slug, request.pathParams.value(QStringLiteral("id")))
              .arg(*limit)
              .arg(page.lastId);
    return withDuration({ { QStringLiteral("results"), page.results }, { QStringLiteral("next"), next } });
}

HttpResponse StreamSandbox::addActivity(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QString feed = request.pathParams.value(QStringLiteral("slug")) + QLatin1Char(':')
        + request.pathParams.value(QStringLiteral("id"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return streamError(400, QStringLiteral("the body must be a JSON object"));
    QJsonObject activity = document.object();
    const QString verb = activity.value(QStringLiteral("verb")).toString();
    const QString actor = actorUser(activity.value(QStringLiteral("actor")).toString());
    const QString text = activity.value(QStringLiteral("text")).toString();
    if (verb.isEmpty() || actor.isEmpty() || activity.value(QStringLiteral("object")).toString().isEmpty())
        return streamError(400, QStringLiteral("actor, verb and object are required"));
    if (text.size() > kMaxTextLength)
        return streamError(400, QStringLiteral("text is longer than %1 characters").arg(kMaxTextLength));
    if (!allows(*caller, feed, verb == u"announce" ? Need::Moderate : Need::Write))
        return streamError(
            403,
            QStringLiteral("you don't have permission to %1 to feed %2")
                .arg(verb == u"announce" ? QStringLiteral("announce") : QStringLiteral("add"), feed));
    if (!caller->server && actor != caller->userId)
        return streamError(403, QStringLiteral("the actor must be the token's user"));
    std::optional<qint64> time = Clock::nowMs();
    if (activity.contains(QStringLiteral("time"))) {
        time = parseStreamTime(activity.value(QStringLiteral("time")).toString());
        if (!time)
            return streamError(400, QStringLiteral("time is not a valid date-time"));
    }
    activity.insert(QStringLiteral("actor"), actor);
    activity.insert(QStringLiteral("time"), instant::toStorageStringMs(*time));
    bool created = false;
    const auto stored = m_store.add(feed, activity, &created);
    if (!stored)
        return streamError(500, QStringLiteral("could not store the activity"));
    QJsonObject body = *stored;
    body.insert(QStringLiteral("reaction_counts"), QJsonObject());
    return withDuration(body, created ? 201 : 200);
}

HttpResponse StreamSandbox::removeActivity(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QString feed = request.pathParams.value(QStringLiteral("slug")) + QLatin1Char(':')
        + request.pathParams.value(QStringLiteral("id"));
    const QString id = request.pathParams.value(QStringLiteral("activity"));
    const auto activity = m_store.activity(id);
    if (!allows(*caller, feed, Need::Write))
        return streamError(403, QStringLiteral("you don't have permission to delete from feed %1").arg(feed));
    if (!activity || activity->feed != feed)
        return streamError(404, QStringLiteral("activity %1 does not exist in feed %2").arg(id, feed));
    if (activity->actor != caller->userId && !allows(*caller, feed, Need::Moderate))
        return streamError(403, QStringLiteral("only its author or a moderator can delete an activity"));
    m_store.removeActivity(id);
    return withDuration({ { QStringLiteral("removed"), id } });
}

HttpResponse StreamSandbox::addReaction(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString kind = body.value(QStringLiteral("kind")).toString();
    const QString activityId = body.value(QStringLiteral("activity_id")).toString();
    const QString userId = body.value(QStringLiteral("user_id")).toString(caller->userId);
    if ((kind != u"like" && kind != u"comment") || activityId.isEmpty())
        return streamError(400, QStringLiteral("kind (like or comment) and activity_id are required"));
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    const QString text = data.value(QStringLiteral("text")).toString();
    if (kind == u"comment" && (text.trimmed().isEmpty() || text.size() > kMaxTextLength))
        return streamError(
            400, QStringLiteral("a comment needs a text of 1 to %1 characters").arg(kMaxTextLength));
    const auto activity = m_store.activity(activityId);
    if (!activity)
        return streamError(404, QStringLiteral("activity %1 does not exist").arg(activityId));
    if (!allows(*caller, activity->feed, Need::Write))
        return streamError(
            403, QStringLiteral("you don't have permission to react in feed %1").arg(activity->feed));
    if (!caller->server && userId != caller->userId)
        return streamError(403, QStringLiteral("user_id must be the token's user"));
    bool created = false;
    const auto reaction = m_store.addReaction(activityId, kind, userId, data, &created);
    if (!reaction)
        return streamError(500, QStringLiteral("could not store the reaction"));
    return withDuration(*reaction, created ? 201 : 200);
}

HttpResponse StreamSandbox::listReactions(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QString activityId = request.pathParams.value(QStringLiteral("activity"));
    const auto activity = m_store.activity(activityId);
    if (!activity)
        return streamError(404, QStringLiteral("activity %1 does not exist").arg(activityId));
    if (!allows(*caller, activity->feed, Need::Read))
        return streamError(403,
                           QStringLiteral("you don't have permission to read feed %1").arg(activity->feed));
    const auto limit = limitOf(request, &error);
    if (!limit)
        return error;
    const QString kind = request.pathParams.value(QStringLiteral("kind"));
    const StreamFeedStore::Page page
        = m_store.reactions(activityId, kind, *limit, request.queryValue(QStringLiteral("id_lt")));
    const QString next = page.lastId.isEmpty()
        ? QString()
        : QStringLiteral("/api/v1.0/reaction/activity_id/%1/%2/?limit=%3&id_lt=%4")
              .arg(activityId, kind)
              .arg(*limit)
              .arg(page.lastId);
    return withDuration({ { QStringLiteral("results"), page.results }, { QStringLiteral("next"), next } });
}

HttpResponse StreamSandbox::removeReaction(HttpRequest &request)
{
    HttpResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const auto reaction = m_store.reaction(id);
    const auto activity = reaction ? m_store.activity(reaction->activityId) : std::nullopt;
    if (!reaction || !activity)
        return streamError(404, QStringLiteral("reaction %1 does not exist").arg(id));
    const bool own = reaction->userId == caller->userId && allows(*caller, activity->feed, Need::Write);
    if (!own && !allows(*caller, activity->feed, Need::Moderate))
        return streamError(403, QStringLiteral("only its author or a moderator can delete a reaction"));
    m_store.removeReaction(id);
    return withDuration({});
}

} // namespace companion::server
