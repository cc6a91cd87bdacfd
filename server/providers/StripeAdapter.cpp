#include "server/providers/StripeAdapter.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/providers/BlockingHttp.h"
#include "server/providers/ProviderConfig.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

namespace companion::server {

StripeAdapter::StripeAdapter(const ProviderConfig &config)
    : m_config(config)
{ }

PaymentProvider::Call StripeAdapter::request(const QByteArray &method, const QString &path,
                                             const QUrlQuery &form, const QString &idempotencyKey,
                                             const QString &account) const
{
    QString base = m_config.stripeApiUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    BlockingHttp::Headers headers { { "Authorization", "Bearer " + m_config.stripeSecretKey.toUtf8() } };
    if (method == "POST")
        headers.append({ QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    if (!idempotencyKey.isEmpty())
        headers.append({ QByteArray("Idempotency-Key"), idempotencyKey.left(255).toUtf8() });
    if (!account.isEmpty())
        headers.append({ QByteArray("Stripe-Account"), account.toUtf8() });
    const BlockingHttp::Reply reply
        = BlockingHttp::send(method, QUrl(base + QStringLiteral("/v1") + path),
                             form.toString(QUrl::FullyEncoded).toUtf8(), headers, m_config.callDeadlineMs);
    Call call;
    call.object = QJsonDocument::fromJson(reply.body).object();
    call.ok = reply.status >= 200 && reply.status < 300;
    if (!call.ok && call.object.isEmpty())
        call.object = { { QStringLiteral("error"),
                          QJsonObject { { QStringLiteral("code"), QStringLiteral("network_error") },
                                        { QStringLiteral("message"), reply.error } } } };
    if (!call.ok)
        qCWarning(lcServer).noquote() << "Stripe" << method << path << reply.status
                                      << QJsonDocument(call.object).toJson(QJsonDocument::Compact);
    return call;
}

QString StripeAdapter::createAccount(const QString &userId, const QString &email)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("type"), QStringLiteral("express"));
    form.addQueryItem(QStringLiteral("email"), email);
    form.addQueryItem(QStringLiteral("metadata[user_id]"), userId);
    form.addQueryItem(QStringLiteral("capabilities[transfers][requested]"), QStringLiteral("true"));
    // One account per user even if the first answer was lost.
    return request("POST", QStringLiteral("/accounts"), form, QStringLiteral("account_") + userId)
        .object.value(QStringLiteral("id"))
        .toString();
}

PaymentProvider::Link StripeAdapter::onboardingLink(const QString &accountId, const QString &returnUrl,
                                                    const QString &refreshUrl)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("account"), accountId);
    form.addQueryItem(QStringLiteral("type"), QStringLiteral("account_onboarding"));
    form.addQueryItem(QStringLiteral("return_url"), returnUrl);
    form.addQueryItem(QStringLiteral("refresh_url"), refreshUrl);
    const Call call = request("POST", QStringLiteral("/account_links"), form);
    return Link { call.object.value(QStringLiteral("url")).toString(),
                  static_cast<qint64>(call.object.value(QStringLiteral("expires_at")).toDouble()) };
}

PaymentProvider::Link StripeAdapter::loginLink(const QString &accountId)
{
    const Call call = request("POST", QStringLiteral("/accounts/%1/login_links").arg(accountId));
    return Link { call.object.value(QStringLiteral("url")).toString(), Clock::nowSecs() + 300 };
}

PaymentProvider::Call StripeAdapter::createTransfer(const Transfer &t, const QString &idempotencyKey)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("amount"), QString::number(t.amount));
    form.addQueryItem(QStringLiteral("currency"), t.currency.toLower());
    form.addQueryItem(QStringLiteral("destination"), t.destination);
    if (!t.sourceTransaction.isEmpty())
        form.addQueryItem(QStringLiteral("source_transaction"), t.sourceTransaction);
    if (!t.transferGroup.isEmpty())
        form.addQueryItem(QStringLiteral("transfer_group"), t.transferGroup);
    for (auto it = t.metadata.begin(); it != t.metadata.end(); ++it)
        form.addQueryItem(QStringLiteral("metadata[%1]").arg(it.key()), it.value().toString());
    return request("POST", QStringLiteral("/transfers"), form, idempotencyKey);
}

PaymentProvider::Call StripeAdapter::reverseTransfer(const QString &transferId, qint64 amount,
                                                     const QString &idempotencyKey)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("amount"), QString::number(amount));
    return request("POST", QStringLiteral("/transfers/%1/reversals").arg(transferId), form, idempotencyKey);
}

PaymentProvider::Call StripeAdapter::retrieveTransfer(const QString &transferId)
{
    return request("GET", QStringLiteral("/transfers/%1").arg(transferId));
}

PaymentProvider::Call StripeAdapter::retrievePaymentIntent(const QString &paymentIntentId)
{
    return request("GET", QStringLiteral("/payment_intents/%1").arg(paymentIntentId));
}

PaymentProvider::Call StripeAdapter::retrieveAccount(const QString &accountId)
{
    return request("GET", QStringLiteral("/accounts/%1").arg(accountId));
}

PaymentProvider::Call StripeAdapter::retrieveBalance(const QString &accountId)
{
    return request("GET", QStringLiteral("/balance"), {}, {}, accountId);
}

PaymentProvider::Call StripeAdapter::refund(const QString &paymentIntentId, qint64 amount,
                                            const QString &idempotencyKey)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("payment_intent"), paymentIntentId);
    if (amount > 0)
        form.addQueryItem(QStringLiteral("amount"), QString::number(amount));
    return request("POST", QStringLiteral("/refunds"), form, idempotencyKey);
}

} // namespace companion::server
