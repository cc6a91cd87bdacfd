#pragma once

#include "server/store/BookingStore.h"
#include "server/store/payments/SplitStore.h"

#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace companion::server {

class EmailProvider;
class PaymentProvider;
class PlugNmeetSandbox;
class ResendSandbox;
class Router;
class StreamSandbox;
class StripeSandbox;
class TestHookRoutes;
class VideoProvider;
class WebhookSender;
struct ProviderConfig;
struct ServerContext;

// What companion_server_sandbox offers the composition root: offline emulators of
// PlugNmeet, Stripe, Resend and Stream under /sandbox/..., the providers that call them
// in-process, and the /api/_test/* hooks. A production build (COMPANION_SANDBOX=OFF)
// links none of it.
class Sandboxes
{
public:
    // The price of an offering, so a simulated checkout charges what the platform would ask.
    using PriceLookup = std::function<std::optional<QPair<qint64, QString>>(const QString &offeringId)>;

    // The sandboxes deliver their webhooks to `baseUrl` through a sender owned by `parent`;
    // a PlugNmeet room's own webhook_url may also name one of `webhookHosts`.
    Sandboxes(const ProviderConfig &config, const QUrl &baseUrl, const QStringList &webhookHosts,
              PriceLookup prices, QObject *parent);
    ~Sandboxes();

    // In-process providers backed by the emulators, for services whose URL is unset.
    std::unique_ptr<VideoProvider> videoProvider();
    std::unique_ptr<PaymentProvider> paymentProvider();
    std::unique_ptr<EmailProvider> emailProvider();

    // Opens the Stream sandbox's feeds under `dataDir` (they outlive a restart).
    bool openFeeds(const QString &dataDir, QString *error);
    // Serves the sandbox of each service whose URL is unset.
    void registerOn(Router &router);
    // The demo's feed posts, once (an empty feed store only).
    void seedDemoFeeds(qint64 nowMs);
    // The demo's seeded payments, known to the Stripe sandbox so that they can be refunded.
    void adoptStripeCharges(const QList<BookingStore::PaidCharge> &charges);
    // ... and its connected accounts, with what is waiting in their balance.
    void adoptStripeAccounts(const QList<SplitStore::AccountBalance> &accounts);
    // /api/_test/*: unauthenticated writes for tests (--enable-test-hooks only).
    void registerTestHooks(Router &router, ServerContext &context);

private:
    const ProviderConfig &m_config;
    QUrl m_baseUrl;
    WebhookSender *m_sender = nullptr;
    std::unique_ptr<StripeSandbox> m_stripe;
    std::unique_ptr<PlugNmeetSandbox> m_plugnmeet;
    std::unique_ptr<ResendSandbox> m_resend;
    std::unique_ptr<StreamSandbox> m_stream;
    std::unique_ptr<TestHookRoutes> m_testHooks;
};

} // namespace companion::server
