#include "server/SandboxProviders.h"

#include "server/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace companion::server {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QString randomId(const QString &prefix)
{
    return prefix + QString::fromLatin1(randomBytes(8).toHex());
}

} // namespace

QString signJwt(const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

SandboxVideoProvider::SandboxVideoProvider(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_secret(randomBytes(32))
{ }

std::optional<VideoProvider::Room> SandboxVideoProvider::createRoom(const QString &sessionId,
                                                                    const QString &title, QString *)
{
    qCInfo(lcServer) << "sandbox video: room for" << sessionId << title;
    return Room { QStringLiteral("room_") + sessionId, randomId(QStringLiteral("RM_")) };
}

VideoProvider::Join SandboxVideoProvider::joinToken(const Room &room, const QString &userId,
                                                    const QString &displayName, bool moderator,
                                                    qint64 expiresAt)
{
    const QString token = signJwt(
        {
            { QStringLiteral("iss"), QStringLiteral("plugnmeet-sandbox") },
            { QStringLiteral("sub"), userId },
            { QStringLiteral("exp"), expiresAt },
            { QStringLiteral("room_id"), room.roomId },
            { QStringLiteral("name"), displayName },
            { QStringLiteral("is_admin"), moderator },
        },
        m_secret);
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/video/room")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    return Join { url.toString(), token, expiresAt };
}

SandboxPaymentProvider::SandboxPaymentProvider(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

QString SandboxPaymentProvider::createAccount(const QString &userId, const QString &)
{
    return QStringLiteral("acct_sandbox_") + userId.mid(userId.indexOf(QLatin1Char('_')) + 1);
}

PaymentProvider::Link SandboxPaymentProvider::onboardingLink(const QString &accountId,
                                                             const QString &returnUrl,
                                                             const QString &refreshUrl)
{
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/stripe/onboarding/") + accountId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("return_url"), returnUrl);
    query.addQueryItem(QStringLiteral("refresh_url"), refreshUrl);
    url.setQuery(query);
    // Stripe account links expire after a few minutes.
    return Link { url.toString(), QDateTime::currentSecsSinceEpoch() + 300 };
}

PaymentProvider::Link SandboxPaymentProvider::loginLink(const QString &accountId)
{
    return Link {
        m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/stripe/dashboard/") + accountId)).toString(),
        QDateTime::currentSecsSinceEpoch() + 300
    };
}

QString SandboxEmailProvider::send(const QString &to, const QString &subject, const QString &)
{
    qCInfo(lcServer) << "sandbox email to" << to << ":" << subject;
    return QStringLiteral("email_sandbox_%1").arg(++m_sent);
}

SandboxFeedProvider::SandboxFeedProvider()
    : m_secret(randomBytes(32))
{ }

FeedProvider::Token SandboxFeedProvider::userToken(const QString &userId, qint64 expiresAt)
{
    return Token { signJwt({ { QStringLiteral("user_id"), userId }, { QStringLiteral("exp"), expiresAt } },
                           m_secret),
                   QStringLiteral("sandbox_stream_key"), QStringLiteral("sandbox"), expiresAt };
}

} // namespace companion::server
