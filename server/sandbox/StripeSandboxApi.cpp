// The REST face of StripeSandbox: the /v1 subset the Stripe adapter calls.
#include "server/core/ConstantTime.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/sandbox/StripeSandbox.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace companion::server {

void StripeSandbox::registerApi(Router &router)
{
    // Stripe's REST API subset the adapter uses: form-encoded bodies (a[b]=c nests one level),
    // Bearer secret key, Idempotency-Key; errors as {"error": {...}} with 4xx.
    using Handler = std::function<Result(const QJsonObject &form, const HttpRequest &request)>;
    const auto api = [this](const Handler &handler) {
        return [this, handler](HttpRequest &request) {
            if (!constantTimeEquals(request.header("authorization"),
                                    "Bearer " + m_config.stripeSecretKey.toUtf8()))
                return HttpResponse::json(stripeError(QStringLiteral("invalid_request_error"),
                                                      QStringLiteral("api_key_invalid"),
                                                      QStringLiteral("Invalid API Key provided.")),
                                          401);
            QJsonObject form;
            for (const auto &[key, value] :
                 QUrlQuery(QString::fromUtf8(request.body)).queryItems(QUrl::FullyDecoded)) {
                const qsizetype open = key.indexOf(QLatin1Char('['));
                if (open > 0 && key.endsWith(QLatin1Char(']'))) {
                    QJsonObject inner = form.value(key.left(open)).toObject();
                    inner.insert(key.mid(open + 1, key.size() - open - 2), value);
                    form.insert(key.left(open), inner);
                } else {
                    form.insert(key, value);
                }
            }
            const Result result = handler(form, request);
            const QString code = result.object.value(QStringLiteral("error"))
                                     .toObject()
                                     .value(QStringLiteral("code"))
                                     .toString();
            return HttpResponse::json(result.object,
                                      result.ok                         ? 200
                                          : code == u"resource_missing" ? 404
                                                                        : 400);
        };
    };
    const auto key
        = [](const HttpRequest &request) { return QString::fromUtf8(request.header("idempotency-key")); };
    const auto number = [](const QJsonObject &form, const char *name) {
        return form.value(QLatin1String(name)).toString().toLongLong();
    };
    const QString base = QStringLiteral("/sandbox/stripe/v1");
    router.add(
        QStringLiteral("POST"), base + QStringLiteral("/accounts"), Access::Public,
        api([this](const QJsonObject &form, const HttpRequest &) {
            const QString id = createAccount(
                form.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(),
                form.value(QStringLiteral("email")).toString());
            return Result { true, m_accounts.value(id) };
        }));
    router.add(QStringLiteral("POST"), base + QStringLiteral("/account_links"), Access::Public,
               api([this](const QJsonObject &form, const HttpRequest &) {
                   return Result { true,
                                   createAccountLink(form.value(QStringLiteral("account")).toString(),
                                                     form.value(QStringLiteral("refresh_url")).toString(),
                                                     form.value(QStringLiteral("return_url")).toString()) };
               }));
    router.add(QStringLiteral("POST"), base + QStringLiteral("/accounts/{id}/login_links"), Access::Public,
               api([this](const QJsonObject &, const HttpRequest &request) {
                   return Result { true, createLoginLink(request.pathParams.value(QStringLiteral("id"))) };
               }));
    router.add(QStringLiteral("POST"), base + QStringLiteral("/transfers"), Access::Public,
               api([this, key, number](const QJsonObject &form, const HttpRequest &request) {
                   QJsonObject params = form;
                   params.insert(QStringLiteral("amount"), number(form, "amount"));
                   return createTransfer(params, key(request));
               }));
    router.add(QStringLiteral("POST"), base + QStringLiteral("/transfers/{id}/reversals"), Access::Public,
               api([this, key, number](const QJsonObject &form, const HttpRequest &request) {
                   return reverseTransfer(request.pathParams.value(QStringLiteral("id")),
                                          number(form, "amount"), key(request));
               }));
    router.add(QStringLiteral("GET"), base + QStringLiteral("/transfers/{id}"), Access::Public,
               api([this](const QJsonObject &, const HttpRequest &request) {
                   return retrieveTransfer(request.pathParams.value(QStringLiteral("id")));
               }));
    router.add(QStringLiteral("GET"), base + QStringLiteral("/balance"), Access::Public,
               api([this](const QJsonObject &, const HttpRequest &request) {
                   return balance(QString::fromUtf8(request.header("stripe-account")));
               }));
    router.add(QStringLiteral("GET"), base + QStringLiteral("/accounts/{id}"), Access::Public,
               api([this](const QJsonObject &, const HttpRequest &request) {
                   return retrieveAccount(request.pathParams.value(QStringLiteral("id")));
               }));
    router.add(QStringLiteral("GET"), base + QStringLiteral("/payment_intents/{id}"), Access::Public,
               api([this](const QJsonObject &, const HttpRequest &request) {
                   return retrievePaymentIntent(request.pathParams.value(QStringLiteral("id")));
               }));
    router.add(QStringLiteral("POST"), base + QStringLiteral("/refunds"), Access::Public,
               api([this, key, number](const QJsonObject &form, const HttpRequest &request) {
                   return refund(form.value(QStringLiteral("payment_intent")).toString(),
                                 number(form, "amount"), key(request));
               }));
    // Where events go (a Dashboard setting in real Stripe); signed with this server's secrets.
    router.add(
        QStringLiteral("POST"), base + QStringLiteral("/webhook_endpoints"), Access::Public,
        api([this](const QJsonObject &form, const HttpRequest &) {
            const bool connect = form.value(QStringLiteral("connect")).toString() == u"true";
            (connect ? m_connectEndpoint : m_platformEndpoint) = form.value(QStringLiteral("url")).toString();
            return Result { true,
                            QJsonObject { { QStringLiteral("id"), newId("we_") },
                                          { QStringLiteral("object"), QStringLiteral("webhook_endpoint") },
                                          { QStringLiteral("url"), form.value(QStringLiteral("url")) },
                                          { QStringLiteral("application"), QJsonValue(QJsonValue::Null) },
                                          { QStringLiteral("status"), QStringLiteral("enabled") } } };
        }));
}

} // namespace companion::server
