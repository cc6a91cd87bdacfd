#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace companion::server {

// Which requests a route accepts before its handler runs.
enum class Access {
    Public, // no token needed
    Bearer, // a valid access token; HttpRequest::userId is set
};

using Handler = std::function<HttpResponse(HttpRequest &)>;
// A handler of a request whose body is a JSON object (parsed before it runs).
using JsonHandler = std::function<HttpResponse(HttpRequest &, const QJsonObject &body)>;

// What a JSON route does with an empty body.
enum class EmptyBody {
    Invalid, // 400 invalid_json, like any other body that is not an object
    EmptyObject, // the handler gets {}: every field is optional
};

struct Route
{
    QString method;
    // "{name}" segments capture into HttpRequest::pathParams; "{!name}" ones too, and are
    // credentials (a feed token): the request log shows "{name}" in their place.
    QStringList segments;
    Access access = Access::Public;
    Handler handler;
    // Takes WebSocket upgrades (GET only); its handler answers 101 to let one through.
    bool webSocket = false;
};

// Method + path routing with "{param}" segments. Kept apart from the HTTP transport so
// we choose the answers ourselves: JSON 404s and a real 405 (Qt 6.4 answers both with an
// empty 404).
class Router
{
public:
    void add(const QString &method, const QString &pattern, Access access, Handler handler);
    // As add(), for a JSON-object body: anything else is answered with 400 invalid_json.
    void addJson(const QString &method, const QString &pattern, Access access, JsonHandler handler,
                 EmptyBody empty = EmptyBody::Invalid);
    // A GET route that takes WebSocket upgrades: the handler sees HttpRequest::webSocketUpgrade
    // and answers 101 to accept one. Upgrades to every other route are refused before theirs runs.
    void addWebSocket(const QString &pattern, Access access, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // set when the path exists but not for this method
        QString logPath; // the path with secret segments hidden; empty when it has none
    };
    Match match(const QString &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace companion::server
