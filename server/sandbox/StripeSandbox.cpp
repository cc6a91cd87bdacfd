#include "server/sandbox/StripeSandbox.h"

#include "models/time/Clock.h"
#include "server/core/ConstantTime.h"
#include "server/core/Logging.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/sandbox/WebhookSender.h"
#include "server/webhooks/StripeSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace companion::server {

namespace {

constexpr qint64 kLinkLifetimeSeconds = 300; // "a few minutes"

qint64 now()
{
    return Clock::nowSecs();
}

const QStringList kOnboardingFields { QStringLiteral("business_profile.url"),
                                      QStringLiteral("external_account"),
                                      QStringLiteral("individual.dob.day"),
                                      QStringLiteral("individual.verification.document"),
                                      QStringLiteral("tos_acceptance.date") };

// What Stripe shows of an onboarded Express account's payouts: the default daily schedule
// with a two-day delay, and the bank account (Stripe's test IBAN ends in 3000).
void addPayoutSettings(QJsonObject &account, bool onboarded)
{
    const QJsonObject schedule { { QStringLiteral("interval"), QStringLiteral("daily") },
                                 { QStringLiteral("delay_days"), 2 } };
    const QJsonObject payouts { { QStringLiteral("schedule"), schedule } };
    account.insert(QStringLiteral("settings"), QJsonObject { { QStringLiteral("payouts"), payouts } });
    QJsonArray banks;
    if (onboarded)
        banks.append(QJsonObject { { QStringLiteral("object"), QStringLiteral("bank_account") },
                                   { QStringLiteral("bank_name"), QStringLiteral("STRIPE TEST BANK") },
                                   { QStringLiteral("last4"), QStringLiteral("3000") },
                                   { QStringLiteral("currency"), QStringLiteral("eur") },
                                   { QStringLiteral("default_for_currency"), true } });
    account.insert(QStringLiteral("external_accounts"),
                   QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                                 { QStringLiteral("data"), banks } });
}

QJsonObject requirements(const QStringList &due, const QStringList &pending = {})
{
    return {
        { QStringLiteral("currently_due"), QJsonArray::fromStringList(due) },
        { QStringLiteral("eventually_due"), QJsonArray::fromStringList(due) },
        { QStringLiteral("past_due"), QJsonArray() },
        { QStringLiteral("pending_verification"), QJsonArray::fromStringList(pending) },
        { QStringLiteral("errors"), QJsonArray() },
        { QStringLiteral("alternatives"), QJsonArray() },
        { QStringLiteral("disabled_reason"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("current_deadline"), QJsonValue(QJsonValue::Null) },
    };
}

} // namespace

StripeSandbox::StripeSandbox(const ProviderConfig &config, const QUrl &baseUrl, WebhookSender &sender)
    : m_config(config)
    , m_baseUrl(baseUrl)
    , m_sender(sender)
{ }

QString StripeSandbox::newId(const char *prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = QLatin1String(prefix);
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

void StripeSandbox::emitEvent(const QString &type, const QJsonObject &object, const QString &connectAccount)
{
    // Strictly increasing: receivers order account.updated snapshots by `created`, and two
    // changes within one second must not tie (Stripe's clock moves on between changes too).
    m_lastEventCreated = std::max(now(), m_lastEventCreated + 1);
    QJsonObject event {
        { QStringLiteral("id"), newId("evt_") },
        { QStringLiteral("object"), QStringLiteral("event") },
        { QStringLiteral("api_version"), QStringLiteral("2026-07-29.dahlia") },
        { QStringLiteral("created"), m_lastEventCreated },
        { QStringLiteral("livemode"), false },
        { QStringLiteral("pending_webhooks"), 1 },
        { QStringLiteral("type"), type },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("object"), object } } },
        { QStringLiteral("request"),
          QJsonObject { { QStringLiteral("id"), QJsonValue(QJsonValue::Null) },
                        { QStringLiteral("idempotency_key"), QJsonValue(QJsonValue::Null) } } },
    };
    // Connected accounts' events go to the Connect endpoint, with its own secret.
    if (!connectAccount.isEmpty())
        event.insert(QStringLiteral("account"), connectAccount);
    const QByteArray secret
        = (connectAccount.isEmpty() ? m_config.stripeWebhookSecret : m_config.stripeConnectWebhookSecret)
              .toUtf8();
    // Endpoints registered through POST /v1/webhook_endpoints win over this server's own.
    const QString registered = connectAccount.isEmpty() ? m_platformEndpoint : m_connectEndpoint;
    const QUrl url = !registered.isEmpty()
        ? QUrl(registered)
        : m_baseUrl.resolved(QUrl(connectAccount.isEmpty() ? QStringLiteral("/api/webhooks/stripe")
                                                           : QStringLiteral("/api/webhooks/stripe-connect")));
    m_sender.send(
        url, QJsonDocument(event).toJson(QJsonDocument::Compact),
        [secret](const QByteArray &body) {
            // Test-mode deliveries carry a fake v0 too; verifiers must ignore it.
            const qint64 t = now();
            return WebhookSender::Headers {
                { "Stripe-Signature",
                  StripeSignature::header(body, { secret }, t) + ",v0=" + QByteArray(64, '0') },
                { "User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
            };
        },
        QStringLiteral("stripe ") + type);
}

StripeSandbox::Result StripeSandbox::idempotent(const QString &key, const QString &fingerprint,
                                                const std::function<Result()> &run)
{
    if (!key.isEmpty()) {
        const auto it = m_idempotency.constFind(key);
        if (it != m_idempotency.constEnd()) {
            if (it->first != fingerprint)
                return { false,
                         stripeError(QStringLiteral("idempotency_error"), QStringLiteral("idempotency_error"),
                                     QStringLiteral("Keys for idempotent requests can only be used with "
                                                    "the same parameters they were first used with.")) };
            return it->second; // the first answer, success or error, replayed
        }
    }
    const Result result = run();
    if (!key.isEmpty())
        m_idempotency.insert(key, { fingerprint, result });
    return result;
}

QString StripeSandbox::createAccount(const QString &userId, const QString &email)
{
    const QString id = newId("acct_");
    m_accounts.insert(
        id,
        QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("object"), QStringLiteral("account") },
            { QStringLiteral("type"), QStringLiteral("express") },
            { QStringLiteral("email"), email },
            { QStringLiteral("charges_enabled"), false },
            { QStringLiteral("payouts_enabled"), false },
            { QStringLiteral("details_submitted"), false },
            { QStringLiteral("requirements"), requirements(kOnboardingFields) },
            { QStringLiteral("capabilities"),
              QJsonObject { { QStringLiteral("transfers"), QStringLiteral("inactive") } } },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("user_id"), userId } } },
            { QStringLiteral("created"), now() },
        });
    addPayoutSettings(m_accounts[id], false);
    emitEvent(QStringLiteral("account.updated"), m_accounts.value(id), id);
    return id;
}

void StripeSandbox::adopt(const QString &accountId, bool enabled)
{
    // An account the platform knows but this in-memory sandbox does not (demo data, or
    // created before a restart): take it over instead of failing.
    if (m_accounts.contains(accountId) || !accountId.startsWith(u"acct_"))
        return;
    m_accounts.insert(
        accountId,
        QJsonObject {
            { QStringLiteral("id"), accountId },
            { QStringLiteral("object"), QStringLiteral("account") },
            { QStringLiteral("type"), QStringLiteral("express") },
            { QStringLiteral("charges_enabled"), enabled },
            { QStringLiteral("payouts_enabled"), enabled },
            { QStringLiteral("details_submitted"), enabled },
            { QStringLiteral("requirements"), requirements(enabled ? QStringList() : kOnboardingFields) },
            { QStringLiteral("metadata"), QJsonObject() },
            { QStringLiteral("created"), now() },
        });
    addPayoutSettings(m_accounts[accountId], enabled);
}

QJsonObject StripeSandbox::createAccountLink(const QString &accountId, const QString &refreshUrl,
                                             const QString &returnUrl)
{
    adopt(accountId, false);
    const QString id = newId("link_");
    const qint64 expires = now() + kLinkLifetimeSeconds;
    m_links.insert(id,
                   QJsonObject { { QStringLiteral("account"), accountId },
                                 { QStringLiteral("refresh_url"), refreshUrl },
                                 { QStringLiteral("return_url"), returnUrl },
                                 { QStringLiteral("expires_at"), expires },
                                 { QStringLiteral("state"), QStringLiteral("new") } });
    return { { QStringLiteral("object"), QStringLiteral("account_link") },
             { QStringLiteral("created"), now() },
             { QStringLiteral("expires_at"), expires },
             { QStringLiteral("url"),
               m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/stripe/onboarding/") + id)).toString() } };
}

QJsonObject StripeSandbox::createLoginLink(const QString &accountId)
{
    return {
        { QStringLiteral("object"), QStringLiteral("login_link") },
        { QStringLiteral("created"), now() },
        { QStringLiteral("url"),
          m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/stripe/dashboard/") + accountId)).toString() }
    };
}

void StripeSandbox::finishOnboarding(const QString &accountId, bool complete)
{
    QJsonObject account = m_accounts.value(accountId);
    if (complete) {
        account.insert(QStringLiteral("details_submitted"), true);
        account.insert(QStringLiteral("charges_enabled"), true);
        account.insert(QStringLiteral("payouts_enabled"), true);
        account.insert(QStringLiteral("requirements"), requirements({}));
        account.insert(QStringLiteral("capabilities"),
                       QJsonObject { { QStringLiteral("transfers"), QStringLiteral("active") } });
        addPayoutSettings(account, true);
    } else {
        // "Save for later": some fields given, the identity document still due.
        account.insert(QStringLiteral("requirements"),
                       requirements({ QStringLiteral("external_account"),
                                      QStringLiteral("individual.verification.document") }));
    }
    m_accounts.insert(accountId, account);
    emitEvent(QStringLiteral("account.updated"), account, accountId);
}

StripeSandbox::Result StripeSandbox::createTransfer(const QJsonObject &params, const QString &idempotencyKey)
{
    const QString fingerprint = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    return idempotent(idempotencyKey, fingerprint, [&]() -> Result {
        const qint64 amount = static_cast<qint64>(params.value(QStringLiteral("amount")).toDouble());
        const QString destination = params.value(QStringLiteral("destination")).toString();
        const QString source = params.value(QStringLiteral("source_transaction")).toString();
        adopt(destination, true);
        if (amount <= 0 || !m_accounts.contains(destination))
            return { false,
                     stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                                 QStringLiteral("No such destination or amount: %1").arg(destination)) };
        if (!m_accounts.value(destination).value(QStringLiteral("payouts_enabled")).toBool())
            return { false,
                     stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("account_invalid"),
                                 QStringLiteral("The destination account cannot receive transfers yet.")) };
        QString group = params.value(QStringLiteral("transfer_group")).toString();
        if (!source.isEmpty()) {
            QJsonObject charge = m_charges.value(source);
            if (charge.isEmpty())
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("resource_missing"), QStringLiteral("No such charge")) };
            // Several transfers may share one source charge, never more than it.
            const qint64 used = static_cast<qint64>(charge.value(QStringLiteral("x_transferred")).toDouble());
            if (used + amount > static_cast<qint64>(charge.value(QStringLiteral("amount")).toDouble()))
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("transfer_source_balance_parameters_mismatch"),
                                     QStringLiteral("Transfers exceed the source charge.")) };
            charge.insert(QStringLiteral("x_transferred"), used + amount);
            m_charges.insert(source, charge);
            group = charge.value(QStringLiteral("transfer_group")).toString(); // inherited
        }
        const QString id = newId("tr_");
        const QJsonObject transfer {
            { QStringLiteral("id"), id },
            { QStringLiteral("object"), QStringLiteral("transfer") },
            { QStringLiteral("amount"), amount },
            { QStringLiteral("amount_reversed"), 0 },
            { QStringLiteral("currency"), params.value(QStringLiteral("currency")).toString().toLower() },
            { QStringLiteral("created"), now() },
            { QStringLiteral("destination"), destination },
            { QStringLiteral("destination_payment"), newId("py_") },
            { QStringLiteral("livemode"), false },
            { QStringLiteral("metadata"), params.value(QStringLiteral("metadata")).toObject() },
            { QStringLiteral("reversals"),
              QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                            { QStringLiteral("data"), QJsonArray() } } },
            { QStringLiteral("reversed"), false },
            { QStringLiteral("source_transaction"),
              source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(source) },
            { QStringLiteral("transfer_group"), group },
        };
        m_transfers.insert(id, transfer);
        m_unpaidBalance[destination] += amount;
        emitEvent(QStringLiteral("transfer.created"), transfer);
        return { true, transfer };
    });
}

StripeSandbox::Result StripeSandbox::reverseTransfer(const QString &transferId, qint64 amount,
                                                     const QString &idempotencyKey)
{
    return idempotent(
        idempotencyKey, transferId + QLatin1Char(':') + QString::number(amount), [&]() -> Result {
            QJsonObject transfer = m_transfers.value(transferId);
            if (transfer.isEmpty())
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("resource_missing"),
                                     QStringLiteral("No such transfer")) };
            const qint64 total = static_cast<qint64>(transfer.value(QStringLiteral("amount")).toDouble());
            const qint64 reversed
                = static_cast<qint64>(transfer.value(QStringLiteral("amount_reversed")).toDouble());
            if (amount <= 0 || reversed + amount > total)
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("amount_too_large"),
                                     QStringLiteral("Cannot reverse more than remains.")) };
            transfer.insert(QStringLiteral("amount_reversed"), reversed + amount);
            transfer.insert(QStringLiteral("reversed"), reversed + amount == total);
            m_transfers.insert(transferId, transfer);
            const QString destination = transfer.value(QStringLiteral("destination")).toString();
            m_unpaidBalance[destination] = std::max<qint64>(0, m_unpaidBalance.value(destination) - amount);
            emitEvent(QStringLiteral("transfer.reversed"), transfer);
            return { true, transfer };
        });
}

StripeSandbox::Result StripeSandbox::retrieveTransfer(const QString &transferId) const
{
    const QJsonObject transfer = m_transfers.value(transferId);
    if (transfer.isEmpty())
        return { false,
                 stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                             QStringLiteral("No such transfer")) };
    return { true, transfer };
}

StripeSandbox::Result StripeSandbox::retrievePaymentIntent(const QString &paymentIntent) const
{
    const QJsonObject intent = m_paymentIntents.value(paymentIntent);
    if (intent.isEmpty())
        return { false,
                 stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                             QStringLiteral("No such payment_intent")) };
    return { true, intent };
}

StripeSandbox::Result StripeSandbox::balance(const QString &accountId) const
{
    if (!m_accounts.contains(accountId))
        return { false,
                 stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                             QStringLiteral("No such account")) };
    const auto amounts = [](qint64 amount) {
        return QJsonArray { QJsonObject { { QStringLiteral("amount"), amount },
                                          { QStringLiteral("currency"), QStringLiteral("eur") } } };
    };
    return { true,
             { { QStringLiteral("object"), QStringLiteral("balance") },
               { QStringLiteral("livemode"), false },
               { QStringLiteral("available"), amounts(m_unpaidBalance.value(accountId)) },
               { QStringLiteral("pending"), amounts(0) } } };
}

void StripeSandbox::adoptAccount(const QString &accountId, const QString &status, qint64 unpaidCents)
{
    if (m_accounts.contains(accountId))
        return;
    adopt(accountId, status == u"enabled");
    if (status == u"restricted") {
        // Details given, but what is still owed is past due: Stripe has paused payouts.
        QJsonObject &account = m_accounts[accountId];
        account.insert(QStringLiteral("details_submitted"), true);
        // (The demo's restricted account also still owes its bank account.)
        const QStringList owed { QStringLiteral("external_account"),
                                 QStringLiteral("individual.verification.document") };
        QJsonObject due = requirements(owed);
        due.insert(QStringLiteral("past_due"), QJsonArray::fromStringList(owed));
        due.insert(QStringLiteral("disabled_reason"), QStringLiteral("requirements.past_due"));
        account.insert(QStringLiteral("requirements"), due);
    }
    m_unpaidBalance.insert(accountId, unpaidCents);
}

StripeSandbox::Result StripeSandbox::retrieveAccount(const QString &accountId) const
{
    const QJsonObject account = m_accounts.value(accountId);
    if (account.isEmpty())
        return { false,
                 stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                             QStringLiteral("No such account")) };
    return { true, account };
}

StripeSandbox::Result StripeSandbox::refund(const QString &paymentIntent, qint64 amount,
                                            const QString &idempotencyKey)
{
    return idempotent(
        idempotencyKey, paymentIntent + QLatin1Char(':') + QString::number(amount), [&]() -> Result {
            const QString chargeId
                = m_paymentIntents.value(paymentIntent).value(QStringLiteral("latest_charge")).toString();
            QJsonObject charge = m_charges.value(chargeId);
            if (charge.isEmpty())
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("resource_missing"),
                                     QStringLiteral("No such payment_intent")) };
            const qint64 total = static_cast<qint64>(charge.value(QStringLiteral("amount")).toDouble());
            const qint64 refunded
                = static_cast<qint64>(charge.value(QStringLiteral("amount_refunded")).toDouble());
            const qint64 value = amount > 0 ? amount : total - refunded;
            if (value <= 0 || refunded + value > total)
                return { false,
                         stripeError(QStringLiteral("invalid_request_error"),
                                     QStringLiteral("charge_already_refunded"),
                                     QStringLiteral("The charge has been refunded already.")) };
            // Refunds leave transfers alone: reversing them is the platform's job.
            charge.insert(QStringLiteral("amount_refunded"), refunded + value);
            charge.insert(QStringLiteral("refunded"), refunded + value == total);
            m_charges.insert(chargeId, charge);
            QJsonObject visible = charge;
            visible.remove(QStringLiteral("x_transferred"));
            emitEvent(QStringLiteral("charge.refunded"), visible);
            return { true,
                     QJsonObject { { QStringLiteral("id"), newId("re_") },
                                   { QStringLiteral("object"), QStringLiteral("refund") },
                                   { QStringLiteral("amount"), value },
                                   { QStringLiteral("charge"), chargeId },
                                   { QStringLiteral("payment_intent"), paymentIntent },
                                   { QStringLiteral("status"), QStringLiteral("succeeded") } } };
        });
}

void StripeSandbox::adoptCharge(const QString &paymentIntent, qint64 amount, qint64 refunded,
                                const QString &currency)
{
    if (m_paymentIntents.contains(paymentIntent))
        return;
    const QString chargeId = QStringLiteral("ch_") + paymentIntent.section(QLatin1Char('_'), -1);
    m_charges.insert(
        chargeId,
        QJsonObject { { QStringLiteral("id"), chargeId },
                      { QStringLiteral("object"), QStringLiteral("charge") },
                      { QStringLiteral("amount"), amount },
                      { QStringLiteral("amount_refunded"), refunded },
                      { QStringLiteral("currency"), currency.toLower() },
                      { QStringLiteral("payment_intent"), paymentIntent },
                      { QStringLiteral("refunded"), refunded >= amount },
                      { QStringLiteral("paid"), true },
                      { QStringLiteral("transfer_group"), QStringLiteral("group_") + paymentIntent },
                      { QStringLiteral("created"), now() } });
    m_paymentIntents.insert(paymentIntent,
                            QJsonObject { { QStringLiteral("id"), paymentIntent },
                                          { QStringLiteral("object"), QStringLiteral("payment_intent") },
                                          { QStringLiteral("amount"), amount },
                                          { QStringLiteral("currency"), currency.toLower() },
                                          { QStringLiteral("status"), QStringLiteral("succeeded") },
                                          { QStringLiteral("latest_charge"), chargeId } });
}

QJsonObject StripeSandbox::simulateCheckout(const QJsonObject &metadata, qint64 amount,
                                            const QString &currency)
{
    const QString sessionId = newId("cs_test_");
    const QString intentId = newId("pi_");
    const QString chargeId = newId("ch_");
    const qint64 t = now();
    // No transfer_group on the PaymentIntent: Stripe then generates group_<pi> for the charge.
    m_charges.insert(chargeId,
                     QJsonObject { { QStringLiteral("id"), chargeId },
                                   { QStringLiteral("object"), QStringLiteral("charge") },
                                   { QStringLiteral("amount"), amount },
                                   { QStringLiteral("amount_refunded"), 0 },
                                   { QStringLiteral("currency"), currency.toLower() },
                                   { QStringLiteral("payment_intent"), intentId },
                                   { QStringLiteral("refunded"), false },
                                   { QStringLiteral("paid"), true },
                                   { QStringLiteral("transfer_group"), QStringLiteral("group_") + intentId },
                                   { QStringLiteral("created"), t } });
    m_paymentIntents.insert(intentId,
                            QJsonObject { { QStringLiteral("id"), intentId },
                                          { QStringLiteral("object"), QStringLiteral("payment_intent") },
                                          { QStringLiteral("amount"), amount },
                                          { QStringLiteral("currency"), currency.toLower() },
                                          { QStringLiteral("status"), QStringLiteral("succeeded") },
                                          { QStringLiteral("latest_charge"), chargeId } });
    const QJsonObject session {
        { QStringLiteral("id"), sessionId },
        { QStringLiteral("object"), QStringLiteral("checkout.session") },
        { QStringLiteral("mode"), QStringLiteral("payment") },
        { QStringLiteral("status"), QStringLiteral("complete") },
        { QStringLiteral("payment_status"), QStringLiteral("paid") },
        { QStringLiteral("amount_subtotal"), amount },
        { QStringLiteral("amount_total"), amount },
        { QStringLiteral("currency"), currency.toLower() },
        { QStringLiteral("client_reference_id"), metadata.value(QStringLiteral("student_id")) },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("payment_intent"), intentId },
        { QStringLiteral("created"), t },
        { QStringLiteral("livemode"), false },
    };
    emitEvent(QStringLiteral("checkout.session.completed"), session);
    return { { QStringLiteral("checkout_session"), sessionId },
             { QStringLiteral("payment_intent"), intentId },
             { QStringLiteral("charge"), chargeId } };
}

StripeSandbox::Result StripeSandbox::payout(const QString &accountId, bool fail)
{
    const qint64 amount = m_unpaidBalance.value(accountId);
    if (!m_accounts.contains(accountId) || amount <= 0)
        return { false,
                 stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("balance_insufficient"),
                             QStringLiteral("Nothing to pay out.")) };
    m_unpaidBalance.insert(accountId, 0);
    const qint64 t = now();
    const QJsonObject payout {
        { QStringLiteral("id"), newId("po_") },
        { QStringLiteral("object"), QStringLiteral("payout") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("arrival_date"), t },
        { QStringLiteral("created"), t },
        { QStringLiteral("currency"), QStringLiteral("eur") },
        { QStringLiteral("status"), fail ? QStringLiteral("failed") : QStringLiteral("paid") },
        { QStringLiteral("method"), QStringLiteral("standard") },
    };
    emitEvent(QStringLiteral("payout.paid"), payout, accountId);
    if (fail)
        emitEvent(QStringLiteral("payout.failed"), payout, accountId);
    return { true, payout };
}

QJsonObject StripeSandbox::stripeError(const QString &type, const QString &code, const QString &message)
{
    return { { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("type"), type },
                             { QStringLiteral("code"), code },
                             { QStringLiteral("message"), message } } } };
}

void StripeSandbox::registerOn(Router &router)
{
    registerApi(router); // StripeSandboxApi.cpp
    registerPages(router); // StripeSandboxPages.cpp
}

} // namespace companion::server
