#include "server/PlatformServer.h"

#include "models/time/Clock.h"
#include "server/DemoSeeder.h"
#include "server/api/AuthRoutes.h"
#include "server/api/AvailabilityRoutes.h"
#include "server/api/CatalogRoutes.h"
#include "server/api/EarningsRoutes.h"
#include "server/api/FeedRoutes.h"
#include "server/api/IdempotencyStore.h"
#include "server/api/IntegrationRoutes.h"
#include "server/api/PayoutRoutes.h"
#include "server/api/SessionRoutes.h"
#include "server/api/WebhookRoutes.h"
#include "server/config/ProductionCheck.h"
#include "server/core/Logging.h"
#include "server/core/TimeFormat.h"
#include "server/http/HttpServer.h"
#include "server/payments/PaymentLedger.h"
#include "server/providers/PlugNmeetAdapter.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/providers/ProviderJobRunner.h"
#include "server/providers/ProviderWorkers.h"
#include "server/providers/ReminderScheduler.h"
#include "server/providers/ResendAdapter.h"
#include "server/providers/StreamFeedProvider.h"
#include "server/providers/StripeAdapter.h"
#include "server/push/ChangeStreamHub.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/BookingStore.h"
#include "server/store/CalendarFeedStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/ChangeLog.h"
#include "server/store/ProposalStore.h"
#include "server/store/SessionStore.h"
#include "server/store/TokenService.h"
#include "server/store/UserStore.h"
#include "server/store/WalCheckpointer.h"
#include "server/store/payments/SplitStore.h"
#include "server/webhooks/WebhookApplier.h"

#ifdef COMPANION_WITH_SANDBOX
#include "server/sandbox/Sandboxes.h"
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QWebSocket>

namespace companion::server {

namespace {

HttpResponse unauthorized(const QString &code, const QString &message)
{
    return HttpResponse::error(401, code, message)
        .withHeader("WWW-Authenticate", QByteArrayLiteral("Bearer error=\"invalid_token\""));
}

#ifndef COMPANION_WITH_SANDBOX
void notAvailable(const char *service, const char *variable)
{
    qCWarning(lcServer).noquote() << QStringLiteral(
                                         "%1 is not available: %2 is not set, and this build has no "
                                         "sandboxes (COMPANION_SANDBOX=OFF)")
                                         .arg(QLatin1String(service), QLatin1String(variable));
}
#endif

// A secret of this server kept as a file in its data directory (owner-only), created on
// first start. Apart from the database on purpose: a copy of the database alone must not be
// enough to rebuild what the key derives (calendar feed URLs).
std::optional<QByteArray> serverKey(const QString &dataDir, const QString &name, QString *error)
{
    const QString path = QDir(dataDir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() >= 32)
            return key;
        *error = QStringLiteral("%1 is shorter than 32 bytes; remove it to make a new one").arg(path);
        return std::nullopt;
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(key) != key.size() || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    return key;
}

#ifdef COMPANION_WITH_SANDBOX
// Development-only (--enable-test-hooks) controls of the webhook applier, for tests of
// what a crash or a failing event does: COMPANION_TEST_WEBHOOK_APPLY=pause keeps every event
// in the inbox; =fail:PREFIX fails the events whose key ("stripe:evt_…") starts with PREFIX;
// COMPANION_TEST_WEBHOOK_RETRY=ATTEMPTS,FIRST_DELAY_MS shortens the back-off.
void configureWebhookTestHooks(WebhookApplier &applier)
{
    const QString apply = qEnvironmentVariable("COMPANION_TEST_WEBHOOK_APPLY");
    if (apply == u"pause") {
        qCWarning(lcServer) << "test hook: webhook events are recorded but not applied";
        applier.setPaused(true);
    } else if (apply.startsWith(u"fail:")) {
        applier.setFailKeysStartingWith(apply.mid(5));
    }
    const QStringList retry = qEnvironmentVariable("COMPANION_TEST_WEBHOOK_RETRY").split(QLatin1Char(','));
    if (retry.size() == 2 && retry.at(0).toInt() > 0 && retry.at(1).toInt() > 0) {
        WebhookApplier::RetryPolicy policy;
        policy.maxAttempts = retry.at(0).toInt();
        policy.firstDelayMs = retry.at(1).toInt();
        applier.setRetryPolicy(policy);
    }
}
#endif

} // namespace

PlatformServer::PlatformServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rateLimiter(m_options.rateLimitPerMinute)
{
    m_uptime.start();
}

PlatformServer::~PlatformServer() = default;

bool PlatformServer::prepare(QString *error)
{
    if (const QStringList problems = ProductionCheck::problems(m_options); !problems.isEmpty()) {
        *error = QStringLiteral("the %1 configuration is incomplete:\n  - %2")
                     .arg(m_options.production ? QStringLiteral("production") : QStringLiteral("development"),
                          problems.join(QStringLiteral("\n  - ")));
        return false;
    }
#ifndef COMPANION_WITH_SANDBOX
    if (m_options.testHooks) {
        *error = QStringLiteral("--enable-test-hooks: this platform-server is built without sandboxes and "
                                "test hooks (COMPANION_SANDBOX=OFF)");
        return false;
    }
#endif
    if (!m_db.open(m_options.dataDir, error))
        return false;
    m_checkpointer = std::make_unique<WalCheckpointer>();
    if (!m_checkpointer->start(m_db, m_options.dataDir, error))
        return false;
    m_tokens = std::make_unique<TokenService>(m_db, m_options.accessTokenTtl,
                                              m_options.signInLifetimeDays * 24 * 3600);
    m_changes = std::make_unique<ChangeLog>(m_db);
    m_users = std::make_unique<UserStore>(m_db);
    m_availability = std::make_unique<AvailabilityStore>(m_db);
    m_catalog = std::make_unique<CatalogStore>(m_db);
    m_sessions = std::make_unique<SessionStore>(m_db, *m_changes);
    m_splits = std::make_unique<SplitStore>(m_db, *m_changes);
    m_bookings = std::make_unique<BookingStore>(m_db);
    const auto feedKey = serverKey(m_options.dataDir, QStringLiteral("calendar-feed.key"), error);
    if (!feedKey)
        return false;
    m_calendarFeeds = std::make_unique<CalendarFeedStore>(m_db, *feedKey);
    m_proposals = std::make_unique<ProposalStore>(m_db);
    m_idempotency = std::make_unique<IdempotencyStore>(m_db);
    m_jobs = std::make_unique<ProviderJobQueue>(m_db);
    m_ledger = std::make_unique<PaymentLedger>(m_db, *m_changes, *m_jobs);
    m_context.config = &m_options.providers;
    m_context.jobs = m_jobs.get();
    m_context.ledger = m_ledger.get();
    m_context.db = &m_db;
    m_context.changes = m_changes.get();
    m_context.users = m_users.get();
    m_context.availability = m_availability.get();
    m_context.catalog = m_catalog.get();
    m_context.sessions = m_sessions.get();
    m_context.splits = m_splits.get();
    m_context.bookings = m_bookings.get();
    m_context.calendarFeeds = m_calendarFeeds.get();
    m_context.proposals = m_proposals.get();
    m_context.idempotency = m_idempotency.get();
    if (m_options.demo) {
        DemoSeeder seeder(m_db, *m_users, *m_availability, *m_sessions, *m_splits, m_options.demoDate);
        if (!seeder.seed(error))
            return false;
    }
    return true;
}

void PlatformServer::registerRoutes()
{
    m_router.add(QStringLiteral("GET"), QStringLiteral("/api/health"), Access::Public, [this](HttpRequest &) {
        // The web pages a client links to from its sign-in (it never guesses them).
        const QJsonObject links {
            { QStringLiteral("sign_up"),
              m_context.baseUrl.resolved(QUrl(QStringLiteral("/signup"))).toString() },
            { QStringLiteral("reset_password"),
              m_context.baseUrl.resolved(QUrl(QStringLiteral("/reset-password"))).toString() },
        };
        return HttpResponse::json(QJsonObject {
            { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("version"), QCoreApplication::applicationVersion() },
            { QStringLiteral("time"), nowRfc3339() },
            { QStringLiteral("links"), links },
        });
    });
    // This platform's web pages for what the API does not do: accounts are created and
    // passwords reset by the platform's team (the seed's API has neither).
    const auto page = [](const QString &title, const QString &text) {
        return [title, text](HttpRequest &) {
            return HttpResponse::text(
                "text/html; charset=utf-8",
                QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                               "</head><body style=\"font-family:sans-serif;margin:2em;max-width:40em\">"
                               "<h1>%1</h1><p>%2</p></body></html>")
                    .arg(title, text)
                    .toUtf8());
        };
    };
    m_router.add(
        QStringLiteral("GET"), QStringLiteral("/signup"), Access::Public,
        page(QStringLiteral("Create an account"),
             QStringLiteral("Accounts on this platform are created by its team when you join a course "
                            "as a creator or an S-T. Ask the team or your course creator for an "
                            "invitation; you then sign in to Companion with that e-mail address.")));
    m_router.add(
        QStringLiteral("GET"), QStringLiteral("/reset-password"), Access::Public,
        page(QStringLiteral("Forgot your password?"),
             QStringLiteral("Write to the platform's team from the e-mail address of your account; they "
                            "send you a link to choose a new password. (On the demo platform every "
                            "account's password is demo1234.)")));
    m_authRoutes = std::make_unique<AuthRoutes>(*m_tokens, *m_users, m_loginThrottle);
    m_authRoutes->registerOn(m_router);
    m_availabilityRoutes = std::make_unique<AvailabilityRoutes>(m_context);
    m_availabilityRoutes->registerOn(m_router);
    m_catalogRoutes = std::make_unique<CatalogRoutes>(m_context);
    m_catalogRoutes->registerOn(m_router);
    m_sessionRoutes = std::make_unique<SessionRoutes>(m_context);
    m_sessionRoutes->registerOn(m_router);
    m_earningsRoutes = std::make_unique<EarningsRoutes>(m_context);
    m_earningsRoutes->registerOn(m_router);
    m_integrationRoutes = std::make_unique<IntegrationRoutes>(m_context);
    m_integrationRoutes->registerOn(m_router);
    m_feedRoutes = std::make_unique<FeedRoutes>(m_context);
    m_feedRoutes->registerOn(m_router);
    m_payoutRoutes = std::make_unique<PayoutRoutes>(m_context);
    m_payoutRoutes->registerOn(m_router);
    m_webhookRoutes = std::make_unique<WebhookRoutes>(m_context);
    m_webhookRoutes->setOnCommitted([this] {
        if (m_options.providerCalls && m_jobRunner)
            m_jobRunner->kick();
    });
    m_webhookRoutes->registerOn(m_router);
#ifdef COMPANION_WITH_SANDBOX
    if (m_options.testHooks)
        configureWebhookTestHooks(m_webhookRoutes->applier());
#endif
    // First what a previous run recorded and did not apply (it may have been killed).
    m_webhookRoutes->applier().start();
    if (m_options.changeStream) {
        m_changeStream = std::make_unique<ChangeStreamHub>(*m_tokens, *m_changes, *m_sessions, *m_splits);
        m_changeStream->registerOn(m_router);
        m_http->setWebSocketHandler(
            [this](std::unique_ptr<QWebSocket> socket) { m_changeStream->adopt(std::move(socket)); });
    }
#ifdef COMPANION_WITH_SANDBOX
    if (m_sandboxes)
        m_sandboxes->registerOn(m_router);
    if (m_sandboxes && m_options.testHooks) {
        qCWarning(lcServer) << "test hooks enabled: /api/_test/* can change data without authentication";
        m_sandboxes->registerTestHooks(m_router, m_context);
    }
#endif
}

bool PlatformServer::listen(QString *error)
{
    HttpServer::Options http;
    http.limits.maxBodyBytes = m_options.maxBodyBytes;
    http.limits.headerTimeoutMs = m_options.headerTimeoutSeconds * 1000;
    http.limits.idleTimeoutMs = m_options.idleTimeoutSeconds * 1000;
    http.maxConnectionsPerClient = m_options.maxConnectionsPerClient;
    http.trustedProxies = m_options.trustedProxies;
    m_http = new HttpServer([this](HttpRequest &request) { return dispatch(request); }, http, this);
    m_port = m_http->listenOn(m_options.listenAddress, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.port);
        return false;
    }
    // Requests are only handled once the event loop runs, so routes registered here are
    // in place before the first request. Whatever others are handed (links, feed URLs,
    // PlugNmeet's webhook_url, Stripe's return URLs) is built from the public address.
    const QUrl publicBase = m_options.publicBase(baseUrl());
    m_context.baseUrl = publicBase;
    m_context.returnOrigins = m_options.returnOrigins;
    m_sessions->setBaseUrl(publicBase);
    const ProviderConfig &providers = m_options.providers;
    // A configured URL means the real service (or a sandbox in another process): HTTP adapters.
    if (!providers.plugnmeetUrl.isEmpty())
        m_video = std::make_unique<PlugNmeetAdapter>(providers, publicBase);
    if (!providers.stripeApiUrl.isEmpty())
        m_payments = std::make_unique<StripeAdapter>(providers);
    if (!providers.resendApiUrl.isEmpty())
        m_email = std::make_unique<ResendAdapter>(providers);
    // The HTTP adapters' calls leave the event loop; the in-process sandboxes answer inline.
    m_workers = std::make_unique<ProviderWorkers>();
    m_workers->setRemote(ProviderWorkers::Service::Video, m_video != nullptr);
    m_workers->setRemote(ProviderWorkers::Service::Payments, m_payments != nullptr);
    m_workers->setRemote(ProviderWorkers::Service::Email, m_email != nullptr);
    m_context.workers = m_workers.get();
#ifdef COMPANION_WITH_SANDBOX
    // Unset, the in-process sandbox stands in. Never in production: ProductionCheck requires
    // every provider there, and no sandbox route may exist.
    if (!m_options.production) {
        m_sandboxes = std::make_unique<Sandboxes>(
            providers, publicBase, m_options.webhookHosts,
            [this](const QString &offeringId) -> std::optional<QPair<qint64, QString>> {
                const auto row = m_catalog->offering(offeringId);
                if (!row)
                    return std::nullopt;
                return QPair<qint64, QString>(row->offering.priceCents, row->offering.currency);
            },
            this);
        // The demo's seeded payments (pi_sandbox_…) must be refundable like the sandbox's own.
        if (!m_sandboxes->openFeeds(m_options.dataDir, error))
            return false;
        if (m_options.demo)
            m_sandboxes->seedDemoFeeds(Clock::nowMs());
        m_sandboxes->adoptStripeCharges(m_bookings->chargesPaidWith(QStringLiteral("pi_sandbox_")));
        m_sandboxes->adoptStripeAccounts(m_splits->unpaidByAccount());
        if (!m_video)
            m_video = m_sandboxes->videoProvider();
        if (!m_payments)
            m_payments = m_sandboxes->paymentProvider();
        if (!m_email)
            m_email = m_sandboxes->emailProvider();
    }
#else
    // Unset, the service is not available: its routes answer 503.
    if (!m_video)
        notAvailable("PlugNmeet (video rooms)", "PLUGNMEET_URL");
    if (!m_payments)
        notAvailable("Stripe (payout onboarding, transfers, refunds)", "STRIPE_API_URL");
    if (!m_email)
        notAvailable("Resend (emails)", "RESEND_API_URL");
#endif
    // Stream tokens are signed here; Stream itself is only called by the clients.
    m_feeds = std::make_unique<StreamFeedProvider>(providers);
    m_reminders = std::make_unique<ReminderScheduler>(*m_sessions, *m_jobs);
    if (m_payments && m_email) {
        m_jobRunner = new ProviderJobRunner(m_db, *m_jobs, *m_payments, *m_email, *m_workers, this);
        m_jobRunner->setReminders(m_reminders.get());
    }
    m_context.video = m_video.get();
    m_context.payments = m_payments.get();
    m_context.email = m_email.get();
    m_context.feeds = m_feeds.get();
    registerRoutes();
    if (m_jobRunner)
        m_jobRunner->setOnPass([this](qint64 nowMs) { m_sessionRoutes->proposals().expireDue(nowMs); });
    if (!m_jobRunner)
        qCWarning(lcServer) << "provider calls are off (no payment or email service): transfers, refunds, "
                               "reminders and emails stay queued";
    else if (m_options.providerCalls)
        m_jobRunner->start();
    else
        qCWarning(lcServer) << "provider calls are off: transfers, refunds and emails stay queued";
    return true;
}

QUrl PlatformServer::baseUrl() const
{
    // Listening on every address, this machine reaches us on loopback.
    QHostAddress host = m_options.listenAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

HttpResponse PlatformServer::dispatch(HttpRequest &request)
{
    const Router::Match match = m_router.match(request.method, request.path);
    request.logPath = match.logPath;
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                       QStringLiteral("%1 is not supported here.").arg(request.method))
                .withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        }
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is nothing at %1.").arg(request.path));
    }
    request.pathParams = match.params;
    if (request.webSocketUpgrade && !match.route->webSocket)
        return HttpResponse::error(400, QStringLiteral("upgrade_not_supported"),
                                   QStringLiteral("%1 does not take a WebSocket upgrade.").arg(request.path));
    if (match.route->access == Access::Bearer) {
        HttpResponse rejected = authenticate(request);
        if (rejected.status != 200)
            return rejected;
    }
    const QString rateKey = request.tokenFamily.isEmpty() ? QStringLiteral("addr:") + request.remoteAddress
                                                          : QStringLiteral("family:") + request.tokenFamily;
    int retryAfter = 0;
    // Webhooks are authenticated by their signatures and retried by their senders; the
    // sandboxes stand in for other hosts. Neither belongs to a client's request budget.
    const bool exempt = request.path.startsWith(u"/api/webhooks/") || request.path.startsWith(u"/sandbox/");
    if (!exempt && !m_rateLimiter.allow(rateKey, m_uptime.elapsed(), &retryAfter)) {
        return HttpResponse::error(429, QStringLiteral("rate_limited"),
                                   QStringLiteral("Too many requests. Try again in %1 s.").arg(retryAfter))
            .withHeader("Retry-After", QByteArray::number(retryAfter));
    }
    return match.route->handler(request);
}

HttpResponse PlatformServer::authenticate(HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    const QByteArray scheme = "bearer ";
    if (header.size() <= scheme.size() || !header.left(scheme.size()).toLower().startsWith(scheme))
        return unauthorized(QStringLiteral("unauthorized"), QStringLiteral("Please sign in."));
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    const TokenService::AccessCheck check = m_tokens->checkAccess(token);
    switch (check.result) {
    case TokenService::AccessResult::Invalid:
        return unauthorized(QStringLiteral("unauthorized"), QStringLiteral("Please sign in."));
    case TokenService::AccessResult::Expired:
        return unauthorized(QStringLiteral("token_expired"),
                            QStringLiteral("Your access token has expired."));
    case TokenService::AccessResult::Valid:
        break;
    }
    request.userId = check.userId;
    request.tokenFamily = check.familyId;
    return HttpResponse();
}

} // namespace companion::server
