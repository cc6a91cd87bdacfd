#include "services/feed/StreamFeedClient.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "services/Logging.h"
#include "services/auth/AuthSession.h"

#include <QCoreApplication>
#include <QUrl>

namespace companion {

namespace {

// A token this close to its expiry is fetched again instead of being sent.
constexpr qint64 kTokenMarginMs = 60 * 1000;
constexpr int kCommentPage = 100;

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// "course:crs_python" -> "/feed/course/crs_python/"
QString feedPath(const QString &feedId)
{
    const qsizetype colon = feedId.indexOf(QLatin1Char(':'));
    return QStringLiteral("/feed/%1/%2/").arg(encoded(feedId.left(colon)), encoded(feedId.mid(colon + 1)));
}

// Stream's errors are {"code", "message", "StatusCode"}: keep its words for the user.
ApiResponse withStreamMessage(ApiResponse response)
{
    const QString message = response.object().value(QLatin1String("message")).toString();
    if (response.kind == ApiResponse::Kind::HttpError && !message.isEmpty()) {
        response.error.code = QStringLiteral("stream_%1").arg(response.httpStatus);
        response.error.message = message;
    }
    return response;
}

} // namespace

StreamFeedClient::StreamFeedClient(AuthSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QString StreamFeedClient::userId() const
{
    return m_session->user().id;
}

void StreamFeedClient::channels(std::function<void(const ApiResponse &, const QList<FeedChannel> &)> done)
{
    m_session->send(PlatformClient::Method::Get, QStringLiteral("/api/stream/feeds"), {},
                    [done = std::move(done)](const ApiResponse &response) {
                        QList<FeedChannel> channels;
                        if (response.ok()) {
                            for (const QJsonValue &value :
                                 response.object().value(QLatin1String("feeds")).toArray()) {
                                if (const auto channel = FeedChannel::fromJson(value.toObject()))
                                    channels.append(*channel);
                            }
                        }
                        done(response, channels);
                    });
}

void StreamFeedClient::withToken(const QString &feedId,
                                 std::function<void(const ApiResponse &, const Token &)> next)
{
    const auto cached = m_tokens.constFind(feedId);
    if (cached != m_tokens.constEnd() && cached->expiresMs - kTokenMarginMs > Clock::nowMs()) {
        ApiResponse ok;
        ok.kind = ApiResponse::Kind::Ok;
        next(ok, *cached);
        return;
    }
    m_session->send(
        PlatformClient::Method::Post, QStringLiteral("/api/stream/token"),
        { { QStringLiteral("feed_id"), feedId } },
        [self = QPointer<StreamFeedClient>(this), feedId,
         next = std::move(next)](const ApiResponse &response) {
            if (!self)
                return;
            if (!response.ok()) {
                next(response, {});
                return;
            }
            const QJsonObject json = response.object();
            Token token { json.value(QLatin1String("token")).toString(),
                          json.value(QLatin1String("api_key")).toString(),
                          QUrl(json.value(QLatin1String("base_url")).toString()),
                          instant::parseMs(json.value(QLatin1String("expires_at")).toString()).value_or(0) };
            if (token.token.isEmpty() || PlatformClient::validateBaseUrl(token.baseUrl) != QString()) {
                next(ApiResponse::invalidResponse(
                         response.httpStatus,
                         QCoreApplication::translate(
                             "StreamFeedClient", "The platform sent an unusable feed token or address (%1).")
                             .arg(PlatformClient::validateBaseUrl(token.baseUrl))),
                     {});
                return;
            }
            self->m_tokens.insert(feedId, token);
            next(response, token);
        });
}

PlatformClient *StreamFeedClient::streamAt(const QUrl &baseUrl)
{
    if (!m_stream || m_stream->baseUrl() != baseUrl) {
        delete m_stream;
        m_stream = new PlatformClient(baseUrl, this);
    }
    return m_stream;
}

void StreamFeedClient::call(const QString &feedId, PlatformClient::Method method, const QString &path,
                            const QJsonObject &body, Done done, bool retried)
{
    withToken(feedId,
              [self = QPointer<StreamFeedClient>(this), feedId, method, path, body, done = std::move(done),
               retried](const ApiResponse &tokenResponse, const Token &token) mutable {
                  if (!self)
                      return;
                  if (!tokenResponse.ok()) {
                      done(tokenResponse);
                      return;
                  }
                  const QString withKey = path + (path.contains(QLatin1Char('?')) ? u'&' : u'?')
                      + QStringLiteral("api_key=") + encoded(token.apiKey);
                  self->streamAt(token.baseUrl)
                      ->send(method, withKey, body, false,
                             [self, feedId, method, path, body, done = std::move(done),
                              retried](const ApiResponse &response) mutable {
                                 if (!self)
                                     return;
                                 if (response.isAuthError() && !retried) {
                                     // Expired or revoked early: one fresh token, one more try.
                                     qCDebug(lcSync)
                                         << "stream answered 401; fetching a new token for" << feedId;
                                     self->m_tokens.remove(feedId);
                                     self->call(feedId, method, path, body, std::move(done), true);
                                     return;
                                 }
                                 done(withStreamMessage(response));
                             },
                             { { "Stream-Auth-Type", "jwt" }, { "Authorization", token.token.toUtf8() } });
              });
}

void StreamFeedClient::read(const QString &feedId, const QString &idLessThan, int limit,
                            std::function<void(const ApiResponse &, const Page &)> done)
{
    QString path = feedPath(feedId)
        + QStringLiteral("?limit=%1&withReactionCounts=true&withOwnReactions=true").arg(limit);
    if (!idLessThan.isEmpty())
        path += QStringLiteral("&id_lt=") + encoded(idLessThan);
    call(feedId, PlatformClient::Method::Get, path, {},
         [feedId, done = std::move(done)](const ApiResponse &response) {
             Page page;
             if (response.ok()) {
                 page.raw = response.object().value(QLatin1String("results")).toArray();
                 for (const QJsonValue &value : std::as_const(page.raw)) {
                     if (const auto activity = FeedActivity::fromStreamJson(value.toObject(), feedId))
                         page.activities.append(*activity);
                 }
                 if (!response.object().value(QLatin1String("next")).toString().isEmpty()
                     && !page.activities.isEmpty())
                     page.nextIdLt = page.activities.last().id;
             }
             done(response, page);
         });
}

void StreamFeedClient::post(const QString &feedId, const Post &post, Done done)
{
    const QJsonObject activity { { QStringLiteral("actor"), QStringLiteral("SU:") + userId() },
                                 { QStringLiteral("actor_name"), m_session->user().name },
                                 { QStringLiteral("verb"),
                                   post.announce ? QStringLiteral("announce") : QStringLiteral("post") },
                                 { QStringLiteral("object"), QStringLiteral("text") },
                                 { QStringLiteral("text"), post.text },
                                 { QStringLiteral("foreign_id"), post.foreignId },
                                 { QStringLiteral("time"), toStreamTime(post.timeMs) } };
    call(feedId, PlatformClient::Method::Post, feedPath(feedId), activity, std::move(done));
}

void StreamFeedClient::remove(const QString &feedId, const QString &activityId, Done done)
{
    call(feedId, PlatformClient::Method::Delete, feedPath(feedId) + encoded(activityId) + u'/', {},
         std::move(done));
}

void StreamFeedClient::react(const QString &feedId, const QString &activityId, const QString &kind,
                             const QString &text, Done done)
{
    QJsonObject data;
    if (kind == u"comment")
        data = { { QStringLiteral("text"), text }, { QStringLiteral("actor_name"), m_session->user().name } };
    call(feedId, PlatformClient::Method::Post, QStringLiteral("/reaction/"),
         { { QStringLiteral("kind"), kind },
           { QStringLiteral("activity_id"), activityId },
           { QStringLiteral("user_id"), userId() },
           { QStringLiteral("data"), data } },
         std::move(done));
}

void StreamFeedClient::unreact(const QString &feedId, const QString &reactionId, Done done)
{
    call(feedId, PlatformClient::Method::Delete, QStringLiteral("/reaction/%1/").arg(encoded(reactionId)), {},
         std::move(done));
}

void StreamFeedClient::comments(const QString &feedId, const QString &activityId,
                                std::function<void(const ApiResponse &, const QList<FeedComment> &)> done)
{
    call(feedId, PlatformClient::Method::Get,
         QStringLiteral("/reaction/activity_id/%1/comment/?limit=%2")
             .arg(encoded(activityId))
             .arg(kCommentPage),
         {}, [done = std::move(done)](const ApiResponse &response) {
             QList<FeedComment> comments;
             const QJsonArray results = response.object().value(QLatin1String("results")).toArray();
             for (qsizetype i = results.size() - 1; i >= 0; --i) { // newest first on the wire
                 if (const auto comment = FeedComment::fromStreamJson(results.at(i).toObject()))
                     comments.append(*comment);
             }
             done(response, comments);
         });
}

} // namespace companion
