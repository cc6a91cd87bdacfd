#include "server/sandbox/ResendSandbox.h"

#include "models/time/Clock.h"
#include "server/core/ConstantTime.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/sandbox/WebhookSender.h"
#include "server/webhooks/SvixSignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace companion::server {

namespace {

QString isoNow()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

HttpResponse resendError(int status, const char *name, const QString &message)
{
    return HttpResponse::json(QJsonObject { { QStringLiteral("statusCode"), status },
                                            { QStringLiteral("name"), QLatin1String(name) },
                                            { QStringLiteral("message"), message } },
                              status);
}

} // namespace

ResendSandbox::ResendSandbox(const ProviderConfig &config, const QUrl &baseUrl, WebhookSender &sender)
    : m_config(config)
    , m_baseUrl(baseUrl)
    , m_sender(sender)
{ }

void ResendSandbox::emitEvent(const QString &type, const QJsonObject &email)
{
    QJsonObject data {
        { QStringLiteral("email_id"), email.value(QStringLiteral("id")) },
        { QStringLiteral("created_at"), email.value(QStringLiteral("created_at")) },
        { QStringLiteral("from"), email.value(QStringLiteral("from")) },
        { QStringLiteral("to"), email.value(QStringLiteral("to")) },
        { QStringLiteral("subject"), email.value(QStringLiteral("subject")) },
        { QStringLiteral("tags"), QJsonObject() },
    };
    if (type == u"email.bounced")
        data.insert(QStringLiteral("bounce"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("Permanent") },
                                  { QStringLiteral("subType"), QStringLiteral("General") },
                                  { QStringLiteral("message"), QStringLiteral("550 5.1.1 user unknown") } });
    if (type == u"email.failed")
        data.insert(QStringLiteral("failed"),
                    QJsonObject { { QStringLiteral("reason"), QStringLiteral("suppressed") } });
    const QJsonObject event { { QStringLiteral("type"), type },
                              { QStringLiteral("created_at"), isoNow() },
                              { QStringLiteral("data"), data } };
    const QByteArray id = "msg_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray secret = m_config.resendWebhookSecret.toUtf8();
    m_sender.send(
        m_baseUrl.resolved(QUrl(QStringLiteral("/api/webhooks/resend"))),
        QJsonDocument(event).toJson(QJsonDocument::Compact),
        [id, secret](const QByteArray &body) {
            const qint64 t = Clock::nowSecs();
            return WebhookSender::Headers { { "svix-id", id }, // the same on every retry
                                            { "svix-timestamp", QByteArray::number(t) },
                                            { "svix-signature",
                                              SvixSignature::header(id, t, body, { secret }) } };
        },
        QStringLiteral("resend ") + type);
}

QString ResendSandbox::send(const QString &to, const QString &subject, const QString &text,
                            const QString &idempotencyKey)
{
    const QByteArray fingerprint = QCryptographicHash::hash(
        (to + QChar(0) + subject + QChar(0) + text).toUtf8(), QCryptographicHash::Sha256);
    if (!idempotencyKey.isEmpty()) {
        const auto it = m_idempotency.constFind(idempotencyKey);
        if (it != m_idempotency.constEnd())
            return it->first == fingerprint ? it->second : QString(); // no second email
    }
    if (!to.contains(QLatin1Char('@')) || subject.isEmpty())
        return {};
    const QJsonObject email {
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("from"), QStringLiteral("Companion <no-reply@companion.test>") },
        { QStringLiteral("to"), QJsonArray { to } },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("text"), text },
        { QStringLiteral("created_at"), isoNow() },
    };
    m_emails.append(email);
    const QString id = email.value(QStringLiteral("id")).toString();
    if (!idempotencyKey.isEmpty())
        m_idempotency.insert(idempotencyKey, { fingerprint, id });
    emitEvent(QStringLiteral("email.sent"), email);
    const QString local = to.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('+'), 0, 0).toLower();
    if (local == u"bounced")
        emitEvent(QStringLiteral("email.bounced"), email);
    else if (local == u"complained") {
        emitEvent(QStringLiteral("email.delivered"), email);
        emitEvent(QStringLiteral("email.complained"), email);
    } else if (local == u"suppressed")
        emitEvent(QStringLiteral("email.failed"), email);
    else
        emitEvent(QStringLiteral("email.delivered"), email);
    return id;
}

void ResendSandbox::registerOn(Router &router)
{
    router.add(
        QStringLiteral("POST"), QStringLiteral("/sandbox/resend/emails"), Access::Public,
        [this](HttpRequest &request) {
            const QByteArray auth = request.header("authorization");
            if (auth.isEmpty())
                return resendError(401, "missing_api_key",
                                   QStringLiteral("Missing API key in the authorization header"));
            if (!constantTimeEquals(auth, "Bearer " + m_config.resendApiKey.toUtf8()))
                return resendError(403, "validation_error", QStringLiteral("API key is invalid"));
            if (request.header("user-agent").isEmpty())
                return resendError(403, "validation_error", QStringLiteral("User-Agent header is required"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonValue toValue = body.value(QStringLiteral("to"));
            const QString to = toValue.isArray() ? toValue.toArray().first().toString() : toValue.toString();
            const QString subject = body.value(QStringLiteral("subject")).toString();
            if (to.isEmpty() || subject.isEmpty() || body.value(QStringLiteral("from")).toString().isEmpty())
                return resendError(422, "missing_required_field",
                                   QStringLiteral("from, to and subject are required"));
            const QString key = QString::fromUtf8(request.header("idempotency-key"));
            const QString id = send(to, subject, body.value(QStringLiteral("text")).toString(), key);
            if (id.isEmpty())
                return resendError(
                    409, "invalid_idempotent_request",
                    QStringLiteral("Same idempotency key used with a different request body."));
            return HttpResponse::json(QJsonObject { { QStringLiteral("id"), id } });
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/resend/test/emails"), Access::Public,
               [this](HttpRequest &) {
                   return HttpResponse::json(QJsonObject { { QStringLiteral("data"), m_emails } });
               });
}

} // namespace companion::server
