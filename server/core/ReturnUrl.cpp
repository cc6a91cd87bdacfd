#include "server/core/ReturnUrl.h"

#include <algorithm>

namespace companion::server {

namespace {

QString originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(url.port(defaultPort));
}

} // namespace

bool ReturnUrl::isAllowed(const QString &text, const QUrl &publicBase, const QStringList &extraOrigins)
{
    if (text.isEmpty() || text.size() > 2048)
        return false;
    if (std::any_of(text.begin(), text.end(),
                    [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"companion")
        return true;
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return false;
    if (url.host().isEmpty())
        return false;
    const QString origin = originOf(url);
    if (origin == originOf(publicBase))
        return true;
    return url.scheme() == u"https"
        && std::any_of(extraOrigins.begin(), extraOrigins.end(),
                       [&origin](const QString &allowed) { return originOf(QUrl(allowed)) == origin; });
}

} // namespace companion::server
