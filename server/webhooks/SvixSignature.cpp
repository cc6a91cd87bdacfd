#include "server/webhooks/SvixSignature.h"

#include "server/core/ConstantTime.h"

#include <QMessageAuthenticationCode>

namespace companion::server {

QByteArray SvixSignature::key(const QByteArray &secret)
{
    const QByteArray encoded = secret.startsWith("whsec_") ? secret.mid(6) : secret;
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QByteArray SvixSignature::compute(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                                  const QByteArray &secret)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return QMessageAuthenticationCode::hash(content, key(secret), QCryptographicHash::Sha256).toBase64();
}

QByteArray SvixSignature::header(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                                 const QList<QByteArray> &secrets)
{
    QList<QByteArray> parts;
    for (const QByteArray &secret : secrets)
        parts.append("v1," + compute(id, timestamp, body, secret));
    return parts.join(' ');
}

WebhookCheck SvixSignature::verify(const QByteArray &id, const QByteArray &timestampHeader,
                                   const QByteArray &signatureHeader, const QByteArray &body,
                                   const QByteArray &secret, qint64 now)
{
    if (id.isEmpty() || timestampHeader.isEmpty() || signatureHeader.trimmed().isEmpty())
        return WebhookCheck::MissingHeader;
    bool ok = false;
    const qint64 timestamp = timestampHeader.toLongLong(&ok);
    if (!ok || !std::all_of(timestampHeader.begin(), timestampHeader.end(), ::isdigit))
        return WebhookCheck::Malformed;
    if (key(secret).isEmpty())
        return WebhookCheck::BadSignature; // misconfigured secret: accept nothing
    const QByteArray expected = QByteArray::fromBase64(compute(id, timestamp, body, secret));
    bool sawV1 = false;
    bool matched = false;
    for (const QByteArray &entry : signatureHeader.split(' ')) {
        const qsizetype comma = entry.indexOf(',');
        if (comma <= 0 || entry.left(comma) != "v1")
            continue;
        sawV1 = true;
        const auto candidate
            = QByteArray::fromBase64Encoding(entry.mid(comma + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (candidate)
            matched = constantTimeEquals(expected, *candidate) || matched;
    }
    if (!sawV1)
        return WebhookCheck::Malformed;
    if (!matched)
        return WebhookCheck::BadSignature;
    if (now - timestamp > kToleranceSeconds)
        return WebhookCheck::TooOld;
    if (timestamp - now > kToleranceSeconds)
        return WebhookCheck::TooNew;
    return WebhookCheck::Ok;
}

} // namespace companion::server
