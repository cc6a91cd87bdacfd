#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace companion::server {

class Router;
class WebhookSender;
struct ProviderConfig;

// An offline Resend: POST /sandbox/resend/emails (Bearer API key, User-Agent required,
// Idempotency-Key replays the first answer and rejects a different body with 409), stores
// each email, and sends Svix-signed events: email.sent, then email.delivered, or
// email.bounced / email.complained / email.failed for the test recipients
// bounced@…, complained@…, suppressed@… (the local part before any +label decides).
class ResendSandbox
{
public:
    ResendSandbox(const ProviderConfig &config, const QUrl &baseUrl, WebhookSender &sender);
    void registerOn(Router &router);
    // Returns the email id ("" on a validation failure).
    QString send(const QString &to, const QString &subject, const QString &text,
                 const QString &idempotencyKey);

private:
    void emitEvent(const QString &type, const QJsonObject &email);

    const ProviderConfig &m_config;
    QUrl m_baseUrl;
    WebhookSender &m_sender;
    QJsonArray m_emails;
    QHash<QString, QPair<QByteArray, QString>> m_idempotency; // key -> (body fingerprint, email id)
};

} // namespace companion::server
