#pragma once

#include "server/providers/Providers.h"

#include <QUrlQuery>

namespace companion::server {

struct ProviderConfig;

// PaymentProvider over Stripe's REST API (STRIPE_API_URL, e.g. https://api.stripe.com):
// form-encoded requests (nested keys as a[b]), Bearer STRIPE_SECRET_KEY, Idempotency-Key on
// every write that has one (Stripe replays the first answer for 24 h). Express accounts,
// account_onboarding links, login links, transfers with source_transaction, reversals and
// refunds.
class StripeAdapter : public PaymentProvider
{
public:
    explicit StripeAdapter(const ProviderConfig &config);
    QString createAccount(const QString &userId, const QString &email) override;
    Link onboardingLink(const QString &accountId, const QString &returnUrl,
                        const QString &refreshUrl) override;
    Link loginLink(const QString &accountId) override;
    Call createTransfer(const Transfer &transfer, const QString &idempotencyKey) override;
    Call reverseTransfer(const QString &transferId, qint64 amount, const QString &idempotencyKey) override;
    Call retrieveTransfer(const QString &transferId) override;
    Call retrievePaymentIntent(const QString &paymentIntentId) override;
    Call retrieveAccount(const QString &accountId) override;
    Call refund(const QString &paymentIntentId, qint64 amount, const QString &idempotencyKey) override;
    Call retrieveBalance(const QString &accountId) override;

private:
    // `account`: act as that connected account (Stripe-Account header).
    Call request(const QByteArray &method, const QString &path, const QUrlQuery &form = {},
                 const QString &idempotencyKey = {}, const QString &account = {}) const;

    const ProviderConfig &m_config;
};

} // namespace companion::server
