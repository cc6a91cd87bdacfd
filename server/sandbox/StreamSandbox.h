#pragma once

#include "server/http/HttpResponse.h"
#include "server/sandbox/StreamFeedStore.h"

#include <optional>

namespace companion::server {

class Router;
struct HttpRequest;
struct ProviderConfig;

// An offline Stream Feeds API (v1.0 REST), the subset Companion uses, under
// /sandbox/stream/api/v1.0/: read a feed (limit, id_lt), add and delete activities, add,
// list and delete reactions (like, comment). Every request carries `Stream-Auth-Type: jwt`
// and `Authorization: <token>`, checked as Stream does: HS256 with the API secret, not
// expired, a user_id. A scoped token (resource/action/feed_id, as /api/stream/token hands
// out) allows its feed only: "read" reads, "write" also posts, reacts and deletes its own,
// "*" also announces and deletes others'. A token without feed_id reads `user` feeds (global
// read) and writes its own; a server token ({"server": true}) may do anything. 401 / 403
// otherwise, with Stream's error body. State lives in a StreamFeedStore and survives restarts.
class StreamSandbox
{
public:
    explicit StreamSandbox(const ProviderConfig &config);
    bool open(const QString &dataDir, QString *error);
    void registerOn(Router &router);
    // The demo's feeds, once: welcome posts, questions and announcements with comments and likes.
    void seedDemo(qint64 nowMs);

private:
    enum class Need { Read, Write, Moderate };
    struct Caller
    {
        QString userId;
        QString feedId; // the token's scope; empty for a plain user token, "*" for all
        QString action;
        bool server = false;
    };
    std::optional<Caller> authenticate(const HttpRequest &request, HttpResponse *error) const;
    static bool allows(const Caller &caller, const QString &feed, Need need);

    HttpResponse readFeed(HttpRequest &request);
    HttpResponse addActivity(HttpRequest &request);
    HttpResponse removeActivity(HttpRequest &request);
    HttpResponse addReaction(HttpRequest &request);
    HttpResponse listReactions(HttpRequest &request);
    HttpResponse removeReaction(HttpRequest &request);

    const ProviderConfig &m_config;
    StreamFeedStore m_store;
};

} // namespace companion::server
