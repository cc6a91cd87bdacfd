#include "server/core/Jwt.h"

#include "server/core/ConstantTime.h"

#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

namespace companion::server {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hmac(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto bytes = Jwt::fromBase64Url(part);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray Jwt::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(kBase64Url);
}

std::optional<QByteArray> Jwt::fromBase64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QByteArray Jwt::sign(const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray signingInput = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(hmac(signingInput, secret));
}

Jwt::Verified Jwt::verify(const QByteArray &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const auto header = decodeObject(parts.at(0));
    const auto claims = decodeObject(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !claims || !signature)
        return {};
    if (header->value(QStringLiteral("alg")).toString() != u"HS256")
        return { Check::BadSignature, {} };
    if (!constantTimeEquals(hmac(parts.at(0) + '.' + parts.at(1), secret), *signature))
        return { Check::BadSignature, {} };
    return { Check::Ok, *claims };
}

} // namespace companion::server
