#pragma once

#include "services/net/ApiResponse.h"
#include "services/storage/OutboxStore.h"

#include <QObject>

#include <functional>

namespace companion {

class AuthSession;
class Storage;
class StreamFeedClient;

// Replays one outbox edit (a job object, one per edit): PUT /api/availability with If-Match
// and the edit's Idempotency-Key, then records the server's answer in the outbox and cache.
//   2xx        → the edit is applied: removed, its version handed to the edit chained on it,
//                the saved schedule cached                                    → Applied
//   412        → changed elsewhere: the server's copy is fetched and the edit kept as a
//                visible conflict (later edits wait behind it)                → Conflict
//   other 4xx  → the server will never accept it as it is: kept, failed       → Failed
//   (not 401 or 429, which are the session's and the back-off's business)
//   otherwise  → nothing recorded; the sync fails with `response`            → Error
// `done` is called once; the job deletes itself after it.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    enum class Result { Applied, Conflict, Failed, Error };
    Q_ENUM(Result)

    struct Outcome
    {
        Result result = Result::Error;
        ApiResponse response; // Error: the response the sync fails with
        bool availabilityChanged = false; // the cached server copy changed
        bool feedsChanged = false; // a post landed in a feed (and in the feed cache)
    };

    // Checks a saved schedule before it may reach the cache; empty when usable.
    using Validator = std::function<QString(const QJsonObject &)>;

    OutboxReplayer(AuthSession *session, Storage *storage, OutboxEdit edit, Validator validate,
                   QObject *parent = nullptr);

    // Where feed posts go (feed_post edits fail as errors without it).
    void setFeeds(StreamFeedClient *feeds) { m_feeds = feeds; }
    void start(std::function<void(const Outcome &)> done);

private:
    void startCancel(); // a session_cancel edit: POST /api/sessions/{id}/cancel
    void startFeedPost(); // a feed_post edit: an activity added on Stream
    void applied(const ApiResponse &response);
    void conflicted(const QString &message);
    void failed(const QString &message);
    void finish(Outcome outcome);
    void get(const QString &path, std::function<void(const ApiResponse &)> callback);

    AuthSession *m_session;
    Storage *m_storage;
    StreamFeedClient *m_feeds = nullptr;
    OutboxEdit m_edit;
    Validator m_validate;
    std::function<void(const Outcome &)> m_done;
};

} // namespace companion
