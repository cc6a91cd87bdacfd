#pragma once

#include "models/feed/FeedActivity.h"
#include "models/feed/FeedChannel.h"
#include "services/net/ApiResponse.h"
#include "services/net/PlatformClient.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace companion {

class AuthSession;

// Companion's side of the seed's feed flow: which feeds the user may open (the platform's
// GET /api/stream/feeds), a token per feed from the platform (POST /api/stream/token, kept
// until a minute before it expires, fetched again once when Stream answers 401), then
// Stream's Feeds REST API at the base URL the platform names, with `Stream-Auth-Type: jwt`.
// Never the API secret: Stream only ever sees the scoped tokens.
class StreamFeedClient : public QObject
{
    Q_OBJECT
public:
    explicit StreamFeedClient(AuthSession *session, QObject *parent = nullptr);

    struct Page
    {
        QJsonArray raw; // Stream's activities as they came (for the cache)
        QList<FeedActivity> activities;
        QString nextIdLt; // empty: no older page
    };
    // A post as written: `foreignId` and `timeMs` make a retried add the same activity.
    struct Post
    {
        QString text;
        bool announce = false;
        QString foreignId;
        qint64 timeMs = 0;
    };
    using Done = std::function<void(const ApiResponse &)>;

    void channels(std::function<void(const ApiResponse &, const QList<FeedChannel> &)> done);
    void read(const QString &feedId, const QString &idLessThan, int limit,
              std::function<void(const ApiResponse &, const Page &)> done);
    // The created (or, for a retry, the existing) activity is the response's object.
    void post(const QString &feedId, const Post &post, Done done);
    void remove(const QString &feedId, const QString &activityId, Done done);
    // kind "like" or "comment" (with `text`); the reaction is the response's object.
    void react(const QString &feedId, const QString &activityId, const QString &kind, const QString &text,
               Done done);
    void unreact(const QString &feedId, const QString &reactionId, Done done);
    // All comments of an activity, oldest first.
    void comments(const QString &feedId, const QString &activityId,
                  std::function<void(const ApiResponse &, const QList<FeedComment> &)> done);

    QString userId() const;
    // Forget every token (sign-out, another account).
    void reset() { m_tokens.clear(); }

private:
    struct Token
    {
        QString token;
        QString apiKey;
        QUrl baseUrl;
        qint64 expiresMs = 0;
    };
    void withToken(const QString &feedId, std::function<void(const ApiResponse &, const Token &)> next);
    void call(const QString &feedId, PlatformClient::Method method, const QString &path,
              const QJsonObject &body, Done done, bool retried = false);
    PlatformClient *streamAt(const QUrl &baseUrl);

    AuthSession *m_session;
    QHash<QString, Token> m_tokens; // by feed id
    QPointer<PlatformClient> m_stream;
};

} // namespace companion
