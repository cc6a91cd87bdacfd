#include "app/gui/desktop/DeepLink.h"

#include <QRegularExpression>

namespace companion {

namespace {
bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

DeepLink DeepLink::parse(const QString &text)
{
    if (text.size() > 256)
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("companion") || !url.userInfo().isEmpty()
        || url.port() != -1 || url.hasQuery() || url.hasFragment())
        return {};
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')) || path.count(QLatin1Char('/')) != 1)
        return {};
    const QString segment = path.mid(1);
    const QString host = url.host();
    if (host == QLatin1String("payouts")) {
        if (segment == QLatin1String("return"))
            return { Kind::PayoutsReturn, {} };
        if (segment == QLatin1String("refresh"))
            return { Kind::PayoutsRefresh, {} };
        return {};
    }
    if (!isId(segment))
        return {};
    if (host == QLatin1String("session"))
        return session(segment);
    if (host == QLatin1String("join"))
        return join(segment);
    return {};
}

QUrl DeepLink::toUrl() const
{
    switch (kind) {
    case Kind::Session:
        return QUrl(QStringLiteral("companion://session/") + sessionId);
    case Kind::Join:
        return QUrl(QStringLiteral("companion://join/") + sessionId);
    case Kind::PayoutsReturn:
        return QUrl(QStringLiteral("companion://payouts/return"));
    case Kind::PayoutsRefresh:
        return QUrl(QStringLiteral("companion://payouts/refresh"));
    case Kind::Invalid:
        break;
    }
    return {};
}

} // namespace companion
