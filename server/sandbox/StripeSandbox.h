#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace companion::server {

class Router;
class WebhookSender;
struct ProviderConfig;

// An offline, stateful Stripe: Connect accounts with requirements, single-use expiring
// account links with a hosted-onboarding page (Complete / Save for later), login links,
// Checkout Sessions completed by a simulated student, charges, transfers (with
// source_transaction and the charge's transfer_group), reversals, refunds and payouts. It
// sends signed events to the platform endpoint (transfer.*, charge.refunded, checkout.*)
// and to the Connect endpoint (account.updated, payout.*) with a fresh t= per attempt.
// Idempotency-Key replays the first result, as Stripe does. State lives in memory.
class StripeSandbox
{
public:
    StripeSandbox(const ProviderConfig &config, const QUrl &baseUrl, WebhookSender &sender);
    void registerOn(Router &router);
    // The price of an offering, so a simulated checkout charges what the platform would ask.
    using PriceLookup = std::function<std::optional<QPair<qint64, QString>>(const QString &offeringId)>;
    void setPriceLookup(PriceLookup lookup) { m_priceOf = std::move(lookup); }

    struct Result
    {
        bool ok = false;
        QJsonObject object; // the Stripe object, or {"error": {...}}
    };
    QString createAccount(const QString &userId, const QString &email);
    QJsonObject createAccountLink(const QString &accountId, const QString &refreshUrl,
                                  const QString &returnUrl);
    QJsonObject createLoginLink(const QString &accountId);
    Result createTransfer(const QJsonObject &params, const QString &idempotencyKey);
    Result reverseTransfer(const QString &transferId, qint64 amount, const QString &idempotencyKey);
    Result retrieveTransfer(const QString &transferId) const;
    Result refund(const QString &paymentIntent, qint64 amount, const QString &idempotencyKey);
    Result retrievePaymentIntent(const QString &paymentIntent) const;
    Result retrieveAccount(const QString &accountId) const;
    // GET /v1/balance for a connected account (Stripe-Account): what was transferred and not
    // paid out yet is available; nothing is held as pending here.
    Result balance(const QString &accountId) const;
    // A platform account the sandbox has not seen (the demo's, or from before a restart),
    // with the state and the unpaid balance the platform knows.
    // `status`: enabled | restricted (details given, an identity document still due) | pending.
    void adoptAccount(const QString &accountId, const QString &status, qint64 unpaidCents);

    // Simulated student checkout: creates and completes a Checkout Session (paid) and sends
    // checkout.session.completed. metadata names the offering, slot start and student.
    // A charge the platform's database already holds (the demo's seeded payments), made known
    // here so that refunding it works like refunding one paid through the sandbox.
    void adoptCharge(const QString &paymentIntent, qint64 amount, qint64 refunded, const QString &currency);
    QJsonObject simulateCheckout(const QJsonObject &metadata, qint64 amount, const QString &currency);
    // Pays out everything transferred to the account and not yet paid out: payout.paid.
    Result payout(const QString &accountId, bool fail);

private:
    void emitEvent(const QString &type, const QJsonObject &object, const QString &connectAccount = {});
    Result idempotent(const QString &key, const QString &fingerprint, const std::function<Result()> &run);
    void adopt(const QString &accountId, bool enabled);
    void registerApi(Router &router); // the REST face, StripeSandboxApi.cpp
    void registerPages(Router &router); // hosted pages and test hooks, StripeSandboxPages.cpp
    static QJsonObject stripeError(const QString &type, const QString &code, const QString &message);
    void finishOnboarding(const QString &accountId, bool complete);
    QString newId(const char *prefix);

    const ProviderConfig &m_config;
    QUrl m_baseUrl;
    WebhookSender &m_sender;
    PriceLookup m_priceOf;
    qint64 m_lastEventCreated = 0;
    QString m_platformEndpoint; // from POST /v1/webhook_endpoints
    QString m_connectEndpoint;
    QHash<QString, QJsonObject> m_accounts;
    QHash<QString, QJsonObject> m_links; // link id -> {account, refresh_url, return_url, expires_at, state}
    QHash<QString, QJsonObject> m_paymentIntents;
    QHash<QString, QJsonObject> m_charges;
    QHash<QString, QJsonObject> m_transfers;
    QHash<QString, qint64> m_unpaidBalance; // account -> transferred, not yet paid out
    QHash<QString, QPair<QString, Result>> m_idempotency; // key -> (fingerprint, first result)
};

} // namespace companion::server
