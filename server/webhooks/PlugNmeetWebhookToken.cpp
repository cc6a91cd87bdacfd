#include "server/webhooks/PlugNmeetWebhookToken.h"

#include "server/core/ConstantTime.h"
#include "server/core/Jwt.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace companion::server {

QByteArray PlugNmeetWebhookToken::bodyHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
}

QByteArray PlugNmeetWebhookToken::sign(const QByteArray &body, const QByteArray &apiKey,
                                       const QByteArray &apiSecret, qint64 now)
{
    return Jwt::sign({ { QStringLiteral("iss"), QString::fromUtf8(apiKey) },
                       { QStringLiteral("nbf"), now },
                       { QStringLiteral("exp"), now + kValiditySeconds },
                       { QStringLiteral("sha256"), QString::fromLatin1(bodyHash(body)) } },
                     apiSecret);
}

WebhookCheck PlugNmeetWebhookToken::verify(const QByteArray &rawToken, const QByteArray &body,
                                           const QByteArray &apiKey, const QByteArray &apiSecret, qint64 now)
{
    QByteArray token = rawToken.trimmed();
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        return WebhookCheck::MissingHeader;
    const Jwt::Verified jwt = Jwt::verify(token, apiSecret);
    if (jwt.check == Jwt::Check::Malformed)
        return WebhookCheck::Malformed;
    if (jwt.check == Jwt::Check::BadSignature) // includes "alg" other than HS256
        return WebhookCheck::BadSignature;
    const QJsonObject &claims = jwt.claims;
    if (!constantTimeEquals(claims.value(QStringLiteral("iss")).toString().toUtf8(), apiKey))
        return WebhookCheck::WrongIssuer;
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return WebhookCheck::Malformed; // a token without expiry would be valid forever
    if (now > static_cast<qint64>(exp.toDouble()) + kLeewaySeconds)
        return WebhookCheck::TooOld;
    // PlugNmeet signs each webhook for 5 minutes: a token meant to live longer (10 years, in
    // the security review) is not one it sent, whoever holds the secret.
    if (exp.toDouble() > double(now + kValiditySeconds + kLeewaySeconds))
        return WebhookCheck::TooNew;
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > now + kLeewaySeconds)
        return WebhookCheck::TooNew;
    // The body binding: without it a captured token could carry any body for 5 minutes.
    if (!constantTimeEquals(claims.value(QStringLiteral("sha256")).toString().toLatin1(), bodyHash(body)))
        return WebhookCheck::BadSignature;
    return WebhookCheck::Ok;
}

} // namespace companion::server
