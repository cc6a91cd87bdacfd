#pragma once

#include "server/providers/Providers.h"

namespace companion::server {

struct ProviderConfig;

// EmailProvider over Resend's API (RESEND_API_URL): POST /emails with the Bearer API key,
// a User-Agent (Resend rejects requests without one) and Idempotency-Key (24 h: the same key
// and body never sends twice).
class ResendAdapter : public EmailProvider
{
public:
    explicit ResendAdapter(const ProviderConfig &config);
    QString send(const QString &to, const QString &subject, const QString &text,
                 const QString &idempotencyKey) override;

private:
    const ProviderConfig &m_config;
};

} // namespace companion::server
