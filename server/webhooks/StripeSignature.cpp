#include "server/webhooks/StripeSignature.h"

#include "server/core/ConstantTime.h"

#include <QMessageAuthenticationCode>

namespace companion::server {

QByteArray StripeSignature::compute(const QByteArray &body, const QByteArray &secret, qint64 timestamp)
{
    const QByteArray signedPayload = QByteArray::number(timestamp) + '.' + body;
    return QMessageAuthenticationCode::hash(signedPayload, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray StripeSignature::header(const QByteArray &body, const QList<QByteArray> &secrets, qint64 timestamp)
{
    QByteArray header = "t=" + QByteArray::number(timestamp);
    for (const QByteArray &secret : secrets)
        header += ",v1=" + compute(body, secret, timestamp);
    return header;
}

WebhookCheck StripeSignature::verify(const QByteArray &header, const QByteArray &body,
                                     const QByteArray &secret, qint64 now, qint64 tolerance)
{
    if (header.trimmed().isEmpty())
        return WebhookCheck::MissingHeader;
    qint64 timestamp = -1;
    QList<QByteArray> v1;
    for (const QByteArray &item : header.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            timestamp = value.toLongLong(&ok);
            if (!ok || value.isEmpty() || !std::all_of(value.begin(), value.end(), ::isdigit))
                return WebhookCheck::Malformed;
        } else if (key == "v1") {
            v1.append(value);
        }
    }
    if (timestamp < 0 || v1.isEmpty())
        return WebhookCheck::Malformed;
    const QByteArray expected = compute(body, secret, timestamp);
    bool matched = false;
    for (const QByteArray &candidate : v1)
        matched = constantTimeEquals(expected, candidate.toLower()) || matched; // check all, no early exit
    if (!matched)
        return WebhookCheck::BadSignature;
    if (now - timestamp > tolerance)
        return WebhookCheck::TooOld;
    if (timestamp - now > tolerance)
        return WebhookCheck::TooNew;
    return WebhookCheck::Ok;
}

} // namespace companion::server
