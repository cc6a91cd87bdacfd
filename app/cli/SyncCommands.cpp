// companion-cli sync [--verify] | status
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "services/auth/AuthSession.h"
#include "services/net/PlatformClient.h"
#include "services/storage/CacheStore.h"

#include <QMetaEnum>

namespace companion::cli {

namespace {

void sync(CommandContext &c, bool verify)
{
    c.withAccount(true, [&c, verify](SyncEngine::Outcome outcome) {
        SyncEngine *engine = c.app()->sync();
        struct Totals
        {
            int sessions = 0;
            int splits = 0;
            bool integrity = false;
        };
        // A full integrity_check reads the whole file: only on request (--verify).
        const Totals totals = c.app()->storage()->runBlocking<Totals>([verify](Storage::Stores &stores) {
            const AccountReader reader(stores);
            return Totals { reader.sessionCount(), reader.splitCount(),
                            verify && stores.cache->integrityCheck() };
        });
        const QString outcomeName
            = QString::fromLatin1(QMetaEnum::fromType<SyncEngine::Outcome>().valueToKey(int(outcome)));
        // A failure always says why, also when the engine had no words (offline at start).
        QString error = engine->lastError();
        if (outcome != SyncEngine::Outcome::Ok && error.isEmpty())
            error = outcome == SyncEngine::Outcome::Offline
                ? QStringLiteral("Could not reach %1: nothing was synced; the cached data is unchanged.")
                      .arg(c.app()->client()->baseUrl().toString())
                : QStringLiteral("The sync did not finish (%1).").arg(outcomeName);
        if (c.json()) {
            c.emitJson({ { QStringLiteral("outcome"), outcomeName.toLower() },
                         { QStringLiteral("sessions"), totals.sessions },
                         { QStringLiteral("splits"), totals.splits },
                         { QStringLiteral("pending_edits"), engine->pendingEdits() },
                         { QStringLiteral("conflicts"), engine->conflicts() },
                         { QStringLiteral("cache_ok"), verify ? QJsonValue(totals.integrity) : QJsonValue() },
                         { QStringLiteral("requests"), c.app()->client()->requestCount() },
                         { QStringLiteral("bytes_received"), c.app()->client()->bytesReceived() },
                         { QStringLiteral("error"), error } });
        } else {
            c.out() << "Sync: " << outcomeName << "\n"
                    << "Cached: " << totals.sessions << " sessions, " << totals.splits << " splits\n"
                    << "Outbox: " << engine->pendingEdits() << " pending, " << engine->conflicts()
                    << " in conflict\n";
        }
        if (outcome != SyncEngine::Outcome::Ok)
            c.err() << error << "\n";
        c.done(CommandContext::exitCodeFor(outcome));
    });
}

void status(CommandContext &c)
{
    c.withAccount(false, [&c](SyncEngine::Outcome) {
        // Online means the server answers now; a cheap unauthenticated probe.
        c.app()->client()->send(
            PlatformClient::Method::Get, QStringLiteral("/api/health"), {}, false,
            [&c](const ApiResponse &health) {
                SyncEngine *engine = c.app()->sync();
                const QDateTime synced = c.lastSync();
                const bool online = health.ok();
                const QString server = c.app()->client()->baseUrl().toString();
                const QString email = c.app()->session()->userEmail();
                if (c.json()) {
                    c.emitJson({ { QStringLiteral("online"), online },
                                 { QStringLiteral("server"), server },
                                 { QStringLiteral("user"), email },
                                 { QStringLiteral("last_sync"),
                                   synced.isValid() ? synced.toString(Qt::ISODate) : QString() },
                                 { QStringLiteral("pending_edits"), engine->pendingEdits() },
                                 { QStringLiteral("conflicts"), engine->conflicts() } });
                } else {
                    c.out() << "Server:    " << server << (online ? " (online)" : " (offline)")
                            << "\nSigned in: " << email << "\nLast sync: "
                            << (synced.isValid() ? synced.toString(Qt::ISODate) + QStringLiteral(" (")
                                        + CommandContext::ageText(synced) + QLatin1Char(')')
                                                 : QStringLiteral("never"))
                            << "\nOutbox:    " << engine->pendingEdits() << " pending, "
                            << engine->conflicts() << " in conflict\n";
                }
                c.done(Ok);
            });
    });
}

} // namespace

void addSyncOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("verify"),
                       QStringLiteral("sync: also run SQLite's integrity_check on the cache (cache_ok).") });
}

int runSyncCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser)
{
    const QString command = words.value(0);
    if (words.size() != 1)
        return (context.err() << command << " takes no arguments.\n", Usage);
    if (command == QLatin1String("sync"))
        sync(context, parser.isSet(QStringLiteral("verify")));
    else
        status(context);
    return -1;
}

} // namespace companion::cli
