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
class WebhookInbox;
struct ServerContext;

// POST /api/webhooks/plugnmeet, /api/webhooks/stripe, /api/webhooks/stripe-connect and
// /api/webhooks/resend. Each verifies its provider's signature over the raw body before
// anything parses it (400 for a missing/malformed header, 401 for a signature or time
// that does not verify, no side effect either way), then hands the event to the inbox,
// which records its id and applies it in one transaction. 200 for processed, ignored and
// duplicate deliveries; 500 (the provider retries) when applying failed and rolled back.
class WebhookRoutes
{
public:
    explicit WebhookRoutes(ServerContext &context);
    ~WebhookRoutes();
    void registerOn(Router &router);
    // Called after every committed event, so the provider job runner can start at once.
    void setOnCommitted(std::function<void()> callback) { m_onCommitted = std::move(callback); }

private:
    HttpResponse onStripe(HttpRequest &request, bool connect);
    HttpResponse onPlugNmeet(HttpRequest &request);
    HttpResponse onResend(HttpRequest &request);

    QString recordingBaseUrl() const;

    ServerContext &m_context;
    std::unique_ptr<WebhookInbox> m_inbox;
    std::unique_ptr<StripeEvents> m_stripe;
    std::unique_ptr<PlugNmeetEvents> m_plugnmeet;
    std::unique_ptr<ResendEvents> m_resend;
    std::function<void()> m_onCommitted;
};

} // namespace companion::server
