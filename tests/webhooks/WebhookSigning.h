#pragma once

// Test-side signing for the three webhook schemes, written from the providers' documented
// algorithms with Qt's crypto primitives only — deliberately not using the server's
// signer classes, so a bug there cannot make a test vector agree with it.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace companion::test {

// The development defaults `platform-server --print-config` shows.
inline const QByteArray kStripeSecret = "whsec_companion_dev_platform_endpoint";
inline const QByteArray kStripeConnectSecret = "whsec_companion_dev_connect_endpoint";
inline const QByteArray kResendSecret = "whsec_Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk=";
inline const QByteArray kPlugNmeetKey = "plugnmeet";
inline const QByteArray kPlugNmeetSecret = "zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6";

inline qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Stripe: hex(HMAC-SHA256(key = "whsec_..." bytes as they are, "t.body")).
inline QByteArray stripeV1(const QByteArray &body, const QByteArray &secret, qint64 t)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(t));
    mac.addData(".");
    mac.addData(body);
    return mac.result().toHex();
}

inline QByteArray stripeHeader(const QByteArray &body, const QByteArray &secret, qint64 t)
{
    return "t=" + QByteArray::number(t) + ",v1=" + stripeV1(body, secret, t);
}

// Svix: base64(HMAC-SHA256(key = base64decode(secret without "whsec_"), "id.t.body")).
inline QByteArray svixV1(const QByteArray &id, qint64 t, const QByteArray &body, const QByteArray &secret)
{
    const QByteArray key = QByteArray::fromBase64(secret.mid(QByteArray("whsec_").size()));
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(id + "." + QByteArray::number(t) + "." + body);
    return mac.result().toBase64();
}

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// PlugNmeet / LiveKit webhook JWT over explicit claims (tests vary them).
inline QByteArray jwt(const QJsonObject &claims, const QByteArray &secret,
                      const QByteArray &header = R"({"alg":"HS256","typ":"JWT"})")
{
    const QByteArray input
        = base64Url(header) + "." + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(input);
    return input + "." + base64Url(mac.result());
}

inline QJsonObject plugnmeetClaims(const QByteArray &body, qint64 now,
                                   const QByteArray &issuer = kPlugNmeetKey)
{
    return { { QStringLiteral("iss"), QString::fromLatin1(issuer) },
             { QStringLiteral("nbf"), now },
             { QStringLiteral("exp"), now + 300 },
             { QStringLiteral("sha256"),
               QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64()) } };
}

inline QByteArray plugnmeetToken(const QByteArray &body, qint64 now)
{
    return jwt(plugnmeetClaims(body, now), kPlugNmeetSecret);
}

} // namespace companion::test
