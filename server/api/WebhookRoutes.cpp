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
#include "server/webhooks/WebhookApplier.h"
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
    case WebhookInbox::Outcome::Accepted:
        return ok("accepted");
    case WebhookInbox::Outcome::Ignored:
        return ok("ignored");
    case WebhookInbox::Outcome::Duplicate:
        return ok("duplicate");
    case WebhookInbox::Outcome::Failed:
        break;
    }
    return HttpResponse::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("The event could not be recorded; please retry."));
}

// A field that must be a non-empty string; empty when it is missing or anything else.
QString requiredText(const QJsonObject &event, const char *key)
{
    const QJsonValue value = event.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

// What a Stripe event is about: its payment (a checkout and its refunds share the payment
// intent) or else its object; events of one object apply in the order they arrived.
QString stripeObjectKey(const QJsonObject &event)
{
    const QJsonObject object
        = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const QString intent = object.value(QStringLiteral("payment_intent")).toString();
    const QString id = intent.isEmpty() ? object.value(QStringLiteral("id")).toString() : intent;
    return id.isEmpty() ? QString() : QStringLiteral("stripe:") + id;
}

// The types a Connect endpoint takes, from connected accounts (Stripe sends those with
// `account`): everything else there would be a platform event arriving where it does not
// belong (review finding F10), so it is recorded as ignored and never applied.
bool belongsOnConnect(const QJsonObject &event, const QString &type)
{
    return !requiredText(event, "account").isEmpty()
        && (type == u"account.updated" || type.startsWith(u"payout."));
}

} // namespace

WebhookRoutes::WebhookRoutes(ServerContext &context)
    : m_context(context)
    , m_inbox(std::make_unique<WebhookInbox>(*context.db))
    , m_stripe(std::make_unique<StripeEvents>(*context.db, *context.catalog, *context.sessions,
                                              *context.splits, *context.ledger, *context.jobs))
    , m_plugnmeet(std::make_unique<PlugNmeetEvents>(*context.db, *context.changes, *context.ledger))
    , m_resend(std::make_unique<ResendEvents>(*context.db))
    , m_applier(std::make_unique<WebhookApplier>(*context.db))
{
    m_stripe->setOnSessionCreated([this](const QString &sessionId) {
        return m_plugnmeet->replayParked(sessionId, recordingBaseUrl());
    });
    m_applier->setHandler(QStringLiteral("stripe"),
                          [this](const QJsonObject &event) { return m_stripe->apply(event); });
    m_applier->setHandler(QStringLiteral("plugnmeet"), [this](const QJsonObject &event) {
        return m_plugnmeet->apply(event, recordingBaseUrl());
    });
    m_applier->setHandler(QStringLiteral("resend"),
                          [this](const QJsonObject &event) { return m_resend->apply(event); });
}

void WebhookRoutes::setOnCommitted(std::function<void()> callback)
{
    m_applier->setOnApplied(std::move(callback));
}

HttpResponse WebhookRoutes::record(const QString &provider, const QString &eventId, const QString &type,
                                   const QByteArray &body, qint64 created, const QString &objectKey,
                                   bool ignore)
{
    const auto outcome = m_inbox->record(provider, eventId, type, body, created, objectKey, ignore);
    if (outcome == WebhookInbox::Outcome::Accepted)
        m_applier->kick(); // after this answer is written
    return answer(outcome, eventId);
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
    const QString type = event ? requiredText(*event, "event") : QString();
    if (!event || type.isEmpty())
        return invalidPayload();
    QString id = event->value(QStringLiteral("id")).toString();
    if (id.isEmpty()) // the sender always sets one; a hash keeps redeliveries idempotent
        id = QStringLiteral("sha256_")
            + QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    const QString room
        = event->value(QStringLiteral("room")).toObject().value(QStringLiteral("room_id")).toString();
    return record(QStringLiteral("plugnmeet"), id, type, request.body,
                  int64(event->value(QStringLiteral("created_at"))),
                  room.isEmpty() ? QString() : QStringLiteral("plugnmeet:") + room);
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
    const QString type = requiredText(*event, "type");
    if (type.isEmpty())
        return invalidPayload();
    const QString eventId = QString::fromUtf8(id); // the same on every retry
    const QString email
        = event->value(QStringLiteral("data")).toObject().value(QStringLiteral("email_id")).toString();
    return record(QStringLiteral("resend"), eventId, type, request.body, 0,
                  email.isEmpty() ? QString() : QStringLiteral("resend:") + email);
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
    const QString id = event ? requiredText(*event, "id") : QString();
    const QString type = event ? requiredText(*event, "type") : QString();
    if (!event || id.isEmpty() || type.isEmpty())
        return invalidPayload();
    const bool ignore = connect && !belongsOnConnect(*event, type);
    if (ignore)
        qCInfo(lcWebhooks).noquote() << "stripe-connect:" << type << id
                                     << "is not a connected account's event; ignored";
    return record(QStringLiteral("stripe"), id, type, request.body,
                  int64(event->value(QStringLiteral("created"))), stripeObjectKey(*event), ignore);
}

} // namespace companion::server
