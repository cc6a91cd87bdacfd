#include "server/sandbox/Sandboxes.h"

#include "server/providers/ProviderConfig.h"
#include "server/sandbox/PlugNmeetSandbox.h"
#include "server/sandbox/ResendSandbox.h"
#include "server/sandbox/SandboxProviders.h"
#include "server/sandbox/StreamSandbox.h"
#include "server/sandbox/StripeSandbox.h"
#include "server/sandbox/TestHookRoutes.h"
#include "server/sandbox/WebhookSender.h"

namespace companion::server {

Sandboxes::Sandboxes(const ProviderConfig &config, const QUrl &baseUrl, const QStringList &webhookHosts,
                     PriceLookup prices, QObject *parent)
    : m_config(config)
    , m_baseUrl(baseUrl)
    , m_sender(new WebhookSender(parent))
    , m_stripe(std::make_unique<StripeSandbox>(config, baseUrl, *m_sender))
    , m_plugnmeet(std::make_unique<PlugNmeetSandbox>(config, baseUrl, webhookHosts, *m_sender))
    , m_resend(std::make_unique<ResendSandbox>(config, baseUrl, *m_sender))
    , m_stream(std::make_unique<StreamSandbox>(config))
{
    m_stripe->setPriceLookup(std::move(prices));
}

Sandboxes::~Sandboxes() = default;

std::unique_ptr<VideoProvider> Sandboxes::videoProvider()
{
    return std::make_unique<SandboxVideoProvider>(*m_plugnmeet, m_baseUrl);
}

std::unique_ptr<PaymentProvider> Sandboxes::paymentProvider()
{
    return std::make_unique<SandboxPaymentProvider>(*m_stripe);
}

std::unique_ptr<EmailProvider> Sandboxes::emailProvider()
{
    return std::make_unique<SandboxEmailProvider>(*m_resend);
}

void Sandboxes::registerOn(Router &router)
{
    // A sandbox signs its webhooks with the configured secrets, so it must not exist when
    // that service is the real one: anyone could then forge bookings or attendance.
    if (m_config.stripeApiUrl.isEmpty())
        m_stripe->registerOn(router);
    if (m_config.plugnmeetUrl.isEmpty())
        m_plugnmeet->registerOn(router);
    if (m_config.resendApiUrl.isEmpty())
        m_resend->registerOn(router);
    if (m_config.streamApiUrl.isEmpty())
        m_stream->registerOn(router);
}

bool Sandboxes::openFeeds(const QString &dataDir, QString *error)
{
    return m_stream->open(dataDir, error);
}

void Sandboxes::seedDemoFeeds(qint64 nowMs)
{
    m_stream->seedDemo(nowMs);
}

void Sandboxes::adoptStripeCharges(const QList<BookingStore::PaidCharge> &charges)
{
    for (const BookingStore::PaidCharge &charge : charges)
        m_stripe->adoptCharge(charge.paymentIntentId, charge.amountCents, charge.refundedCents,
                              charge.currency);
}

void Sandboxes::adoptStripeAccounts(const QList<SplitStore::AccountBalance> &accounts)
{
    for (const SplitStore::AccountBalance &account : accounts)
        m_stripe->adoptAccount(account.accountId, account.status, account.unpaidCents);
}

void Sandboxes::registerTestHooks(Router &router, ServerContext &context)
{
    m_testHooks = std::make_unique<TestHookRoutes>(context);
    m_testHooks->registerOn(router);
}

} // namespace companion::server
