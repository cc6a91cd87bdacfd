#pragma once

#include "server/Providers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace companion::server {

// HS256 JSON Web Tokens, the token format PlugNmeet and Stream use.
QString signJwt(const QJsonObject &claims, const QByteArray &secret);

// Local stand-ins for the external services: same shapes, links to pages this server
// serves under /sandbox/. Every instance gets its own random signing secret.
class SandboxVideoProvider : public VideoProvider
{
public:
    explicit SandboxVideoProvider(const QUrl &baseUrl);
    std::optional<Room> createRoom(const QString &sessionId, const QString &title, QString *error) override;
    Join joinToken(const Room &room, const QString &userId, const QString &displayName, bool moderator,
                   qint64 expiresAt) override;

private:
    QUrl m_baseUrl;
    QByteArray m_secret;
};

class SandboxPaymentProvider : public PaymentProvider
{
public:
    explicit SandboxPaymentProvider(const QUrl &baseUrl);
    QString createAccount(const QString &userId, const QString &email) override;
    Link onboardingLink(const QString &accountId, const QString &returnUrl,
                        const QString &refreshUrl) override;
    Link loginLink(const QString &accountId) override;

private:
    QUrl m_baseUrl;
};

class SandboxEmailProvider : public EmailProvider
{
public:
    QString send(const QString &to, const QString &subject, const QString &text) override;

private:
    int m_sent = 0;
};

class SandboxFeedProvider : public FeedProvider
{
public:
    SandboxFeedProvider();
    Token userToken(const QString &userId, qint64 expiresAt) override;

private:
    QByteArray m_secret;
};

} // namespace companion::server
