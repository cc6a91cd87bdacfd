#include "server/webhooks/PlugNmeetWebhookToken.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace companion::server {

namespace {

constexpr auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto bytes
        = QByteArray::fromBase64Encoding(part, kB64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray PlugNmeetWebhookToken::bodyHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
}

QByteArray PlugNmeetWebhookToken::sign(const QByteArray &body, const QByteArray &apiKey,
                                       const QByteArray &apiSecret, qint64 now)
{
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64Url);
    const QJsonObject claims {
        { QStringLiteral("iss"), QString::fromUtf8(apiKey) },
        { QStringLiteral("nbf"), now },
        { QStringLiteral("exp"), now + kValiditySeconds },
        { QStringLiteral("sha256"), QString::fromLatin1(bodyHash(body)) },
    };
    const QByteArray input
        = header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64Url);
    return input + '.'
        + QMessageAuthenticationCode::hash(input, apiSecret, QCryptographicHash::Sha256).toBase64(kB64Url);
}

WebhookCheck PlugNmeetWebhookToken::verify(const QByteArray &rawToken, const QByteArray &body,
                                           const QByteArray &apiKey, const QByteArray &apiSecret, qint64 now)
{
    QByteArray token = rawToken.trimmed();
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        return WebhookCheck::MissingHeader;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return WebhookCheck::Malformed;
    const auto header = decodePart(parts.at(0));
    const auto claims = decodePart(parts.at(1));
    const auto signature
        = QByteArray::fromBase64Encoding(parts.at(2), kB64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!header || !claims || !signature)
        return WebhookCheck::Malformed;
    // Only HS256: a token claiming "none" or another algorithm never verifies.
    if (header->value(QStringLiteral("alg")).toString() != u"HS256")
        return WebhookCheck::BadSignature;
    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), apiSecret,
                                                                 QCryptographicHash::Sha256);
    if (!constantTimeEquals(expected, *signature))
        return WebhookCheck::BadSignature;
    if (!constantTimeEquals(claims->value(QStringLiteral("iss")).toString().toUtf8(), apiKey))
        return WebhookCheck::WrongIssuer;
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return WebhookCheck::Malformed; // a token without expiry would be valid forever
    if (now > static_cast<qint64>(exp.toDouble()) + kLeewaySeconds)
        return WebhookCheck::TooOld;
    const QJsonValue nbf = claims->value(QStringLiteral("nbf"));
    if (nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > now + kLeewaySeconds)
        return WebhookCheck::TooNew;
    // The body binding: without it a captured token could carry any body for 5 minutes.
    if (!constantTimeEquals(claims->value(QStringLiteral("sha256")).toString().toLatin1(), bodyHash(body)))
        return WebhookCheck::BadSignature;
    return WebhookCheck::Ok;
}

} // namespace companion::server
