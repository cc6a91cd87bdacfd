#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QString>

#include <functional>
#include <memory>

namespace companion::server {

class PlugNmeetEvents;
class ResendEvents;
class Router;
class StripeEvents;
class WebhookApplier;
class WebhookInbox;
struct ServerContext;

// POST /api/webhooks/plugnmeet, /api/webhooks/stripe, /api/webhooks/stripe-connect and
// /api/webhooks/resend. Each verifies its provider's signature over the raw body before
// anything parses it (400 for a missing/malformed header, 401 for a signature or time
// that does not verify, no side effect either way), refuses a body without an id or a type
// (400 invalid_payload), records the raw event in the inbox and answers 200 "accepted" (or
// "duplicate", or "ignored" for a type that does not belong on that endpoint: only
// account.updated and payout.* from connected accounts on the Connect endpoint), before
// applying anything: the WebhookApplier applies it right after, outside the request. 500
// (the provider retries) only when it could not be recorded.
class WebhookRoutes
{
public:
    explicit WebhookRoutes(ServerContext &context);
    ~WebhookRoutes();
    void registerOn(Router &router);
    // Called after events were applied, so the provider job runner can start at once.
    void setOnCommitted(std::function<void()> callback);
    // Starts applying (first what a previous run left in the inbox). Test hooks: see
    // WebhookApplier.
    WebhookApplier &applier() { return *m_applier; }

private:
    HttpResponse onStripe(HttpRequest &request, bool connect);
    HttpResponse onPlugNmeet(HttpRequest &request);
    HttpResponse onResend(HttpRequest &request);
    HttpResponse record(const QString &provider, const QString &eventId, const QString &type,
                        const QByteArray &body, qint64 created, const QString &objectKey,
                        bool ignore = false);

    QString recordingBaseUrl() const;

    ServerContext &m_context;
    std::unique_ptr<WebhookInbox> m_inbox;
    std::unique_ptr<StripeEvents> m_stripe;
    std::unique_ptr<PlugNmeetEvents> m_plugnmeet;
    std::unique_ptr<ResendEvents> m_resend;
    std::unique_ptr<WebhookApplier> m_applier;
};

} // namespace companion::server
