#pragma once

namespace companion::server {

class Router;
struct ProviderConfig;

// An offline Stream feed read endpoint, GET /sandbox/stream/api/v1.0/feed/{slug}/{id}/
// with `Stream-Auth-Type: jwt` and `Authorization: <token>`: the HS256 token must verify
// with the API secret and not be expired; a `course` feed (private) additionally needs a
// read token scoped to it (feed_id "course:<id>"), which only /api/stream/token hands to
// enrolled users; `user` feeds are global-read, as in Stream's defaults. 401/403 otherwise.
class StreamSandbox
{
public:
    explicit StreamSandbox(const ProviderConfig &config);
    void registerOn(Router &router);

private:
    const ProviderConfig &m_config;
};

} // namespace companion::server
