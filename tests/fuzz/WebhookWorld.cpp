#include "WebhookWorld.h"

#include "FuzzSupport.h"
#include "server/DemoSeeder.h"
#include "server/api/ServerContext.h"
#include "server/api/WebhookRoutes.h"
#include "server/http/Router.h"
#include "server/payments/PaymentLedger.h"
#include "server/providers/ProviderConfig.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/BookingStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "server/store/payments/SplitStore.h"
#include "server/webhooks/PlugNmeetWebhookToken.h"
#include "server/webhooks/StripeSignature.h"
#include "server/webhooks/SvixSignature.h"
#include "server/webhooks/WebhookApplier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

#include <cstring>
#include <sqlite3.h>

namespace companion::fuzz {

using namespace companion::server;

// The platform's stores and routes over one open database, wired as PlatformServer does.
struct WebhookWorld::Platform
{
    explicit Platform(const QString &dataDir)
    {
        QString error;
        if (!db.open(dataDir, &error))
            fail("db.open", __FILE__, __LINE__, error);
        config = ProviderConfig::fromEnvironment(QProcessEnvironment()); // the development defaults
        context.db = &db;
        context.changes = &changes;
        context.users = &users;
        context.availability = &availability;
        context.catalog = &catalog;
        context.sessions = &sessions;
        context.splits = &splits;
        context.bookings = &bookings;
        context.config = &config;
        context.jobs = &jobs;
        context.ledger = &ledger;
        context.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        routes = std::make_unique<WebhookRoutes>(context);
        routes->registerOn(router);
    }

    Database db;
    ChangeLog changes { db };
    UserStore users { db };
    AvailabilityStore availability { db };
    CatalogStore catalog { db };
    SessionStore sessions { db, changes };
    SplitStore splits { db, changes };
    BookingStore bookings { db };
    ProviderJobQueue jobs { db };
    PaymentLedger ledger { db, changes, jobs };
    ProviderConfig config;
    ServerContext context;
    Router router;
    std::unique_ptr<WebhookRoutes> routes;
};

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.db().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail("sqlite3 handle", __FILE__, __LINE__, QString::fromLatin1(handle.typeName()));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

HttpRequest signedRequest(WebhookWorld::Provider provider, const QByteArray &body, const QJsonObject &event,
                          const ProviderConfig &config)
{
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.body = body;
    request.remoteAddress = QStringLiteral("127.0.0.1");
    switch (provider) {
    case WebhookWorld::Provider::Stripe: {
        const bool connect = event.contains(QLatin1String("account"));
        request.path = connect ? QStringLiteral("/api/webhooks/stripe-connect")
                               : QStringLiteral("/api/webhooks/stripe");
        const QString secret = connect ? config.stripeConnectWebhookSecret : config.stripeWebhookSecret;
        request.headers.append(
            { "Stripe-Signature", StripeSignature::header(body, { secret.toUtf8() }, kNowSecs) });
        break;
    }
    case WebhookWorld::Provider::PlugNmeet:
        request.path = QStringLiteral("/api/webhooks/plugnmeet");
        request.headers.append({ "Hash-Token",
                                 PlugNmeetWebhookToken::sign(body, config.plugnmeetApiKey.toUtf8(),
                                                             config.plugnmeetApiSecret.toUtf8(), kNowSecs) });
        break;
    case WebhookWorld::Provider::Resend: {
        request.path = QStringLiteral("/api/webhooks/resend");
        // Svix keeps the id across retries: the same body is the same message here.
        const QByteArray id
            = "msg_" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(24);
        request.headers.append({ "svix-id", id });
        request.headers.append({ "svix-timestamp", QByteArray::number(kNowSecs) });
        request.headers.append(
            { "svix-signature",
              SvixSignature::header(id, kNowSecs, body, { config.resendWebhookSecret.toUtf8() }) });
        break;
    }
    }
    return request;
}

} // namespace

WebhookWorld &WebhookWorld::instance()
{
    static WebhookWorld world;
    return world;
}

// tmpfs when there is one: seeding writes the file many times.
WebhookWorld::WebhookWorld()
    : m_dir(
        (QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/companion-fuzz-XXXXXX"))
{
    if (!m_dir.isValid())
        fail("QTemporaryDir", __FILE__, __LINE__, m_dir.errorString());
    m_platform = std::make_unique<Platform>(m_dir.path());
    Platform &platform = *m_platform;
    DemoSeeder seeder(platform.db, platform.users, platform.availability, platform.sessions, platform.splits,
                      QDate(2026, 12, 1));
    QString error;
    if (!seeder.seed(&error))
        fail("DemoSeeder::seed", __FILE__, __LINE__, error);
    // An image that sqlite3_deserialize accepts: no WAL (an in-memory database cannot have one).
    QSqlQuery query(platform.db.db());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
        fail("journal_mode", __FILE__, __LINE__);
    query.finish();
    sqlite3_int64 size = 0;
    unsigned char *image = sqlite3_serialize(handleOf(platform.db), "main", &size, 0);
    if (!image)
        fail("sqlite3_serialize", __FILE__, __LINE__);
    m_image = QByteArray(reinterpret_cast<const char *>(image), qsizetype(size));
    sqlite3_free(image);
}

WebhookWorld::~WebhookWorld() = default;

void WebhookWorld::restore()
{
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(m_image.size())));
    std::memcpy(copy, m_image.constData(), size_t(m_image.size()));
    // SQLite owns `copy` from here on, also when this fails.
    if (sqlite3_deserialize(handleOf(m_platform->db), "main", copy, m_image.size(), m_image.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        fail("sqlite3_deserialize", __FILE__, __LINE__);
}

void WebhookWorld::deliver(Provider provider, const QByteArray &input)
{
    restore();
    Platform &platform = *m_platform;

    QList<QPair<QByteArray, QJsonObject>> deliveries;
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isArray()) {
        for (const QJsonValue &value : document.array()) {
            const QJsonObject event = value.toObject();
            deliveries.append({ QJsonDocument(event).toJson(QJsonDocument::Compact), event });
        }
    } else {
        deliveries.append({ input, document.object() });
    }
    for (const auto &[body, event] : std::as_const(deliveries)) {
        HttpRequest request = signedRequest(provider, body, event, platform.config);
        const Router::Match match = platform.router.match(request.method, request.path);
        FUZZ_CHECK(match.route);
        const HttpResponse response = match.route->handler(request);
        // A signed delivery is never refused for its signature; 500 asks for a retry.
        FUZZ_CHECK_DETAIL(response.status == 200 || response.status == 400 || response.status == 500,
                          QString::fromUtf8(response.body));
    }
    // Recorded events are applied outside the request (the inbox): apply them here, so the
    // handlers see every input.
    platform.routes->applier().applyDueNow();
}

} // namespace companion::fuzz
