#pragma once

#include "server/providers/Providers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace companion::server {

class PlugNmeetSandbox;
class ResendSandbox;
class StripeSandbox;

// The adapters when the services are the in-process sandboxes: they call the sandbox
// objects directly (a synchronous HTTP call from a request handler to this same
// single-threaded server would deadlock); everything the sandboxes send back — webhooks —
// still travels over loopback HTTP with real signatures.
class SandboxVideoProvider : public VideoProvider
{
public:
    SandboxVideoProvider(PlugNmeetSandbox &sandbox, const QUrl &baseUrl);
    std::optional<Room> createRoom(const QString &sessionId, const QString &title, QString *error) override;
    Join joinToken(const Room &room, const QString &userId, const QString &displayName, bool moderator,
                   qint64 expiresAt) override;

private:
    PlugNmeetSandbox &m_sandbox;
    QUrl m_baseUrl;
};

class SandboxPaymentProvider : public PaymentProvider
{
public:
    explicit SandboxPaymentProvider(StripeSandbox &sandbox);
    QString createAccount(const QString &userId, const QString &email) override;
    Link onboardingLink(const QString &accountId, const QString &returnUrl,
                        const QString &refreshUrl) override;
    Link loginLink(const QString &accountId) override;
    Call createTransfer(const Transfer &transfer, const QString &idempotencyKey) override;
    Call reverseTransfer(const QString &transferId, qint64 amount, const QString &idempotencyKey) override;
    Call retrieveTransfer(const QString &transferId) override;
    Call retrievePaymentIntent(const QString &paymentIntentId) override;
    Call retrieveAccount(const QString &accountId) override;
    Call retrieveBalance(const QString &accountId) override;
    Call refund(const QString &paymentIntentId, qint64 amount, const QString &idempotencyKey) override;

private:
    StripeSandbox &m_sandbox;
};

class SandboxEmailProvider : public EmailProvider
{
public:
    explicit SandboxEmailProvider(ResendSandbox &sandbox);
    QString send(const QString &to, const QString &subject, const QString &text,
                 const QString &idempotencyKey) override;

private:
    ResendSandbox &m_sandbox;
};

} // namespace companion::server
