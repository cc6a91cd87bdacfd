#pragma once

#include "server/ServerOptions.h"
#include "server/api/ServerContext.h"
#include "server/http/LoginThrottle.h"
#include "server/http/RateLimiter.h"
#include "server/http/Router.h"
#include "server/store/Database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace companion::server {

class AuthRoutes;
class AvailabilityRoutes;
class CatalogRoutes;
class ChangeStreamHub;
class EarningsRoutes;
class HttpServer;
class FeedRoutes;
class PayoutRoutes;
class IntegrationRoutes;
class Sandboxes;
class SessionRoutes;
class WebhookRoutes;
class PaymentLedger;
class ProviderJobQueue;
class ProviderJobRunner;
class ProviderWorkers;
class ReminderScheduler;
class TokenService;
class UserStore;
class ChangeLog;
class AvailabilityStore;
class CatalogStore;
class SessionStore;
class SplitStore;
class BookingStore;
class CalendarFeedStore;
class ProposalStore;
class IdempotencyStore;
class VideoProvider;
class WalCheckpointer;
class PaymentProvider;
class EmailProvider;
class FeedProvider;

// Composition root of the server: storage, services, routes and the middleware chain
// (request size → route match → authentication → rate limit → handler).
class PlatformServer : public QObject
{
    Q_OBJECT
public:
    explicit PlatformServer(ServerOptions options, QObject *parent = nullptr);
    ~PlatformServer() override;

    // Opens and migrates the database and seeds demo data if asked. No network yet.
    bool prepare(QString *error);
    // Starts listening (127.0.0.1 unless --listen) and registers the routes (provider links
    // need the URL).
    bool listen(QString *error);
    // Where this server listens (what tests and a local reverse proxy connect to). Links
    // handed to others use ServerOptions::publicBase() of it.
    QUrl baseUrl() const;

private:
    HttpResponse dispatch(HttpRequest &request);
    HttpResponse authenticate(HttpRequest &request);
    void registerRoutes();

    ServerOptions m_options;
    Database m_db;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // after m_db: closes its connection first
    RateLimiter m_rateLimiter;
    LoginThrottle m_loginThrottle;
    QElapsedTimer m_uptime; // the rate limiter measures elapsed time, not the (pinnable) clock
    Router m_router;
    ServerContext m_context;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<AvailabilityStore> m_availability;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SplitStore> m_splits;
    std::unique_ptr<BookingStore> m_bookings;
    std::unique_ptr<CalendarFeedStore> m_calendarFeeds;
    std::unique_ptr<ProposalStore> m_proposals;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ProviderJobQueue> m_jobs;
    std::unique_ptr<PaymentLedger> m_ledger;
#ifdef COMPANION_WITH_SANDBOX
    std::unique_ptr<Sandboxes> m_sandboxes; // the development emulators and test hooks
#endif
    ProviderJobRunner *m_jobRunner = nullptr; // none while payments or email are not available
    std::unique_ptr<ReminderScheduler> m_reminders;
    std::unique_ptr<WebhookRoutes> m_webhookRoutes;
    std::unique_ptr<VideoProvider> m_video;
    std::unique_ptr<PaymentProvider> m_payments;
    std::unique_ptr<EmailProvider> m_email;
    std::unique_ptr<FeedProvider> m_feeds;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    std::unique_ptr<AvailabilityRoutes> m_availabilityRoutes;
    std::unique_ptr<CatalogRoutes> m_catalogRoutes;
    std::unique_ptr<EarningsRoutes> m_earningsRoutes;
    std::unique_ptr<IntegrationRoutes> m_integrationRoutes;
    std::unique_ptr<FeedRoutes> m_feedRoutes;
    std::unique_ptr<PayoutRoutes> m_payoutRoutes;
    std::unique_ptr<SessionRoutes> m_sessionRoutes;
    std::unique_ptr<ChangeStreamHub> m_changeStream; // null with --no-change-stream
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
    // Last, so destroyed first: it waits for the provider calls in flight while the adapters
    // they use still exist, and drops their answers.
    std::unique_ptr<ProviderWorkers> m_workers;
};

} // namespace companion::server
