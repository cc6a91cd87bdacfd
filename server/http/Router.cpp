#include "server/http/Router.h"

#include "server/http/JsonBody.h"

#include <algorithm>

namespace companion::server {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isCapture(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

bool isSecret(const QString &segment)
{
    return isCapture(segment) && segment.at(1) == QLatin1Char('!');
}

bool matchSegments(const QStringList &pattern, const QStringList &path, QHash<QString, QString> &params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &want = pattern.at(i);
        if (isCapture(want))
            captured.insert(want.mid(isSecret(want) ? 2 : 1, want.size() - (isSecret(want) ? 3 : 2)),
                            path.at(i));
        else if (want != path.at(i))
            return false;
    }
    params = captured;
    return true;
}

// "/calendar/{feed}" for a path that matched "/calendar/{!feed}".
QString redacted(const QStringList &pattern, const QStringList &path)
{
    if (std::none_of(pattern.cbegin(), pattern.cend(), isSecret))
        return {};
    QStringList shown = path;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isSecret(pattern.at(i)))
            shown[i] = QLatin1Char('{') + pattern.at(i).mid(2);
    }
    return QLatin1Char('/') + shown.join(QLatin1Char('/'));
}

} // namespace

void Router::add(const QString &method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route { method, splitPath(pattern), access, std::move(handler) });
}

void Router::addJson(const QString &method, const QString &pattern, Access access, JsonHandler handler,
                     EmptyBody empty)
{
    add(method, pattern, access, [handler = std::move(handler), empty](HttpRequest &request) {
        if (empty == EmptyBody::EmptyObject && request.body.trimmed().isEmpty())
            return handler(request, QJsonObject());
        HttpResponse error;
        const auto body = parseJsonBody(request, &error);
        return body ? handler(request, *body) : error;
    });
}

void Router::addWebSocket(const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route { QStringLiteral("GET"), splitPath(pattern), access, std::move(handler), true });
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, segments, params))
            continue;
        if (const QString logPath = redacted(route.segments, segments); !logPath.isEmpty())
            result.logPath = logPath;
        if (route.method == method || (method == u"HEAD" && route.method == u"GET")) {
            result.route = &route;
            result.params = params;
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace companion::server
