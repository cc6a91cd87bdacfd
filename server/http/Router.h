#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QStringList>

#include <functional>

namespace companion::server {

// Which requests a route accepts before its handler runs.
enum class Access {
    Public, // no token needed
    Bearer, // a valid access token; HttpRequest::userId is set
};

using Handler = std::function<HttpResponse(HttpRequest &)>;

struct Route
{
    QString method;
    QStringList segments; // "{name}" segments capture into HttpRequest::pathParams
    Access access = Access::Public;
    Handler handler;
};

// Method + path routing with "{param}" segments. Kept apart from the HTTP transport so
// we choose the answers ourselves: JSON 404s and a real 405 (Qt 6.4 answers both with an
// empty 404).
class Router
{
public:
    void add(const QString &method, const QString &pattern, Access access, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // set when the path exists but not for this method
    };
    Match match(const QString &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace companion::server
