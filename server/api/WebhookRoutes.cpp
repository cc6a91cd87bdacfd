#include "server/api/WebhookRoutes.h"

#include "models/time/Clock.h"
#include "server/api/ServerContext.h"
#include "server/core/JsonFields.h"
#include "server/core/Logging.h"
#include "server/http/Router.h"
#include "server/providers/ProviderConfig.h"
#include "server/webhooks/PlugNmeetEvents.h"
#include "server/webhooks/PlugNmeetWebhookToken.h"
#include "server/webhooks/ResendEvents.h"
#include "server/webhooks/StripeEvents.h"
#include "server/webhooks/StripeSignature.h"
#include "server/webhooks/SvixSignature.h"
#include "server/webhooks/WebhookInbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace companion::server {

namespace {

using jsonfield::int64;

HttpResponse rejected(WebhookCheck check)
{
    return HttpResponse::error(webhookCheckHttpStatus(check), webhookCheckToString(check),
                               QStringLiteral("The webhook signature did not verify."));
}

std::optional<QJsonObject> parseEvent(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

HttpResponse invalidPayload()
{
    return HttpResponse::error(400, QStringLiteral("invalid_payload"),
                               QStringLiteral("The webhook body is not a JSON event."));
}

HttpResponse answer(WebhookInbox::Outcome outcome, const QString &eventId)
{
    const auto ok = [&](const char *result) {
        return HttpResponse::json(QJsonObject { { QStringLiteral("received"), true },
                                                { QStringLiteral("event_id"), eventId },
                                                { QStringLiteral("result"), QLatin1String(result) } });
    };
    switch (outcome) {
    case WebhookInbox::Outcome::Processed:
        return ok("processed");
    case WebhookInbox::Outcome::Parked:
        return ok("parked");
    case WebhookInbox::Outcome::Ignored:
        return ok("ignored");
    case WebhookInbox::Outcome::Duplicate:
        return ok("duplicate");
    case WebhookInbox::Outcome::Failed:
        break;
    }
    return HttpResponse::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("The event could not be applied; please retry."));
}

} // namespace

WebhookRoutes::WebhookRoutes(ServerContext &context)
    : m_context(context)
    , m_inbox(std::make_unique<WebhookInbox>(*context.db))
    , m_stripe(std::make_unique<StripeEvents>(*context.db, *context.catalog, *context.sessions,
                                              *context.splits, *context.ledger, *context.jobs))
    , m_plugnmeet(std::make_unique<PlugNmeetEvents>(*context.db, *context.changes, *context.ledger))
    , m_resend(std::make_unique<ResendEvents>(*context.db))
{
    m_stripe->setOnSessionCreated([this](const QString &sessionId) {
        return m_plugnmeet->replayParked(sessionId, recordingBaseUrl());
    });
}

WebhookRoutes::~WebhookRoutes() = default;

QString WebhookRoutes::recordingBaseUrl() const
{
    const ProviderConfig &config = *m_context.config;
    return config.plugnmeetUrl.isEmpty()
        ? m_context.baseUrl.resolved(QUrl(QStringLiteral("/sandbox/plugnmeet"))).toString()
        : config.plugnmeetUrl;
}

void WebhookRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/webhooks/stripe"), Access::Public,
               [this](HttpRequest &request) { return onStripe(request, false); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/webhooks/stripe-connect"), Access::Public,
               [this](HttpRequest &request) { return onStripe(request, true); });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/webhooks/plugnmeet"), Access::Public,
               [this](HttpRequest &request) { return onPlugNmeet(request); });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/webhooks/resend"), Access::Public,
               [this](HttpRequest &request) { return onResend(request); });
}

HttpResponse WebhookRoutes::onPlugNmeet(HttpRequest &request)
{
    const ProviderConfig &config = *m_context.config;
    // Hash-Token first: some proxies strip Authorization (why PlugNmeet sends both).
    QByteArray token = request.header("hash-token");
    if (token.isEmpty())
        token = request.header("authorization");
    const WebhookCheck check
        = PlugNmeetWebhookToken::verify(token, request.body, config.plugnmeetApiKey.toUtf8(),
                                        config.plugnmeetApiSecret.toUtf8(), Clock::nowSecs());
    if (check != WebhookCheck::Ok) {
        qCWarning(lcWebhooks) << "plugnmeet webhook rejected:" << webhookCheckToString(check);
        return rejected(check);
    }
    const auto event = parseEvent(request.body);
    if (!event)
        return invalidPayload();
    QString id = event->value(QStringLiteral("id")).toString();
    if (id.isEmpty()) // the sender always sets one; a hash keeps redeliveries idempotent
        id = QStringLiteral("sha256_")
            + QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    const QString recordingBase = recordingBaseUrl();
    const auto outcome
        = m_inbox->receive(QStringLiteral("plugnmeet"), id, event->value(QStringLiteral("event")).toString(),
                           request.body, int64(event->value(QStringLiteral("created_at"))),
                           [&] { return m_plugnmeet->apply(*event, recordingBase); });
    if (outcome != WebhookInbox::Outcome::Failed && m_onCommitted)
        m_onCommitted();
    return answer(outcome, id);
}

HttpResponse WebhookRoutes::onResend(HttpRequest &request)
{
    const ProviderConfig &config = *m_context.config;
    const auto header = [&](const char *svix, const char *branded) {
        const QByteArray value = request.header(svix);
        return value.isEmpty() ? request.header(branded) : value;
    };
    const QByteArray id = header("svix-id", "webhook-id");
    const WebhookCheck check = SvixSignature::verify(
        id, header("svix-timestamp", "webhook-timestamp"), header("svix-signature", "webhook-signature"),
        request.body, config.resendWebhookSecret.toUtf8(), Clock::nowSecs());
    if (check != WebhookCheck::Ok) {
        qCWarning(lcWebhooks) << "resend webhook rejected:" << webhookCheckToString(check);
        return rejected(check);
    }
    const auto event = parseEvent(request.body);
    if (!event)
        return invalidPayload();
    const QString eventId = QString::fromUtf8(id); // the same on every retry
    const auto outcome
        = m_inbox->receive(QStringLiteral("resend"), eventId, event->value(QStringLiteral("type")).toString(),
                           request.body, 0, [&] { return m_resend->apply(*event); });
    return answer(outcome, eventId);
}

// The platform endpoint, or with `connect` the Connect endpoint (its own secret).
HttpResponse WebhookRoutes::onStripe(HttpRequest &request, bool connect)
{
    const ProviderConfig &config = *m_context.config;
    const QByteArray secret
        = (connect ? config.stripeConnectWebhookSecret : config.stripeWebhookSecret).toUtf8();
    const WebhookCheck check
        = StripeSignature::verify(request.header("stripe-signature"), request.body, secret, Clock::nowSecs());
    if (check != WebhookCheck::Ok) {
        qCWarning(lcWebhooks) << "stripe webhook rejected:" << webhookCheckToString(check);
        return rejected(check);
    }
    const auto event = parseEvent(request.body);
    const QString id = event ? event->value(QStringLiteral("id")).toString() : QString();
    if (!event || id.isEmpty())
        return invalidPayload();
    const auto outcome = m_inbox->receive(
        QStringLiteral("stripe"), id, event->value(QStringLiteral("type")).toString(), request.body,
        int64(event->value(QStringLiteral("created"))), [&] { return m_stripe->apply(*event); });
    if (outcome != WebhookInbox::Outcome::Failed && m_onCommitted)
        m_onCommitted();
    return answer(outcome, id);
}

} // namespace companion::server
