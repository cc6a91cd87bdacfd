#include "server/providers/PlugNmeetAdapter.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/providers/BlockingHttp.h"
#include "server/providers/ProviderConfig.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace companion::server {

PlugNmeetAdapter::PlugNmeetAdapter(const ProviderConfig &config, const QUrl &ourBaseUrl)
    : m_config(config)
    , m_ourBaseUrl(ourBaseUrl)
{ }

QJsonObject PlugNmeetAdapter::call(const QString &path, const QJsonObject &body, QString *error,
                                   int *status) const
{
    // Serialise once and sign exactly those bytes.
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray signature = QMessageAuthenticationCode::hash(bytes, m_config.plugnmeetApiSecret.toUtf8(),
                                                                  QCryptographicHash::Sha256)
                                     .toHex();
    QString base = m_config.plugnmeetUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const BlockingHttp::Reply reply
        = BlockingHttp::send("POST", QUrl(base + QStringLiteral("/auth") + path), bytes,
                             { { "Content-Type", "application/json" },
                               { "API-KEY", m_config.plugnmeetApiKey.toUtf8() },
                               { "HASH-SIGNATURE", signature } },
                             m_config.callDeadlineMs);
    if (status)
        *status = reply.status;
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    // HTTP 200 with status:false is a business error; 401 is authentication.
    if (reply.status != 200 || !answer.value(QStringLiteral("status")).toBool()) {
        *error = QStringLiteral("PlugNmeet %1: %2 %3")
                     .arg(path)
                     .arg(reply.status)
                     .arg(answer.value(QStringLiteral("msg")).toString(reply.error));
        qCWarning(lcServer).noquote() << *error;
        return {};
    }
    return answer;
}

std::optional<VideoProvider::Room> PlugNmeetAdapter::createRoom(const QString &sessionId,
                                                                const QString &title, QString *error)
{
    const QString roomId = QStringLiteral("room_") + sessionId;
    const QJsonObject answer
        = call(QStringLiteral("/room/create"),
               { { QStringLiteral("room_id"), roomId },
                 { QStringLiteral("metadata"),
                   QJsonObject {
                       { QStringLiteral("room_title"), title },
                       { QStringLiteral("webhook_url"),
                         m_ourBaseUrl.resolved(QUrl(QStringLiteral("/api/webhooks/plugnmeet"))).toString() },
                       { QStringLiteral("logout_url"), logoutUrl(m_ourBaseUrl, sessionId).toString() },
                       { QStringLiteral("room_features"), QJsonObject() } } } },
               error);
    if (answer.isEmpty())
        return std::nullopt;
    const QJsonObject info = answer.value(QStringLiteral("room_info")).toObject();
    return Room { roomId, info.value(QStringLiteral("sid")).toString() };
}

VideoProvider::Join PlugNmeetAdapter::joinToken(const Room &room, const QString &userId,
                                                const QString &displayName, bool moderator, qint64)
{
    QString error;
    int status = 0;
    // getJoinToken fails for a room that is not active (ended, or never created): create it.
    // A PlugNmeet that did not answer at all is not asked again.
    QJsonObject answer = call(QStringLiteral("/room/getJoinToken"),
                              { { QStringLiteral("room_id"), room.roomId },
                                { QStringLiteral("user_info"),
                                  QJsonObject { { QStringLiteral("name"), displayName },
                                                { QStringLiteral("user_id"), userId },
                                                { QStringLiteral("is_admin"), moderator } } } },
                              &error, &status);
    if (answer.isEmpty() && status != 0 && createRoom(room.roomId.mid(5), displayName, &error))
        answer = call(QStringLiteral("/room/getJoinToken"),
                      { { QStringLiteral("room_id"), room.roomId },
                        { QStringLiteral("user_info"),
                          QJsonObject { { QStringLiteral("name"), displayName },
                                        { QStringLiteral("user_id"), userId },
                                        { QStringLiteral("is_admin"), moderator } } } },
                      &error);
    const QString token = answer.value(QStringLiteral("token")).toString();
    QUrl url(m_config.plugnmeetUrl.endsWith(QLatin1Char('/')) ? m_config.plugnmeetUrl
                                                              : m_config.plugnmeetUrl + QLatin1Char('/'));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    // client.token_validity defaults to 10 minutes.
    return Join { token.isEmpty() ? QString() : url.toString(), token, Clock::nowSecs() + 600 };
}

} // namespace companion::server
