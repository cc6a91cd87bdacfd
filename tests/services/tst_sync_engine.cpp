// SyncEngine against a real server, for what the CLI tests can't reach: the
// engine's lifetime in a long-running app (sign-out in the middle of a sync),
// progress and the signals the QML layer binds to.
#include "../server/ServerProcess.h"
#include "services/auth/AuthSession.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"
#include "services/net/PlatformClient.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/FaultProxy.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    struct World
    {
        World(const QUrl &server, const QString &dir)
            : profile(dir)
            , http(server)
            , secrets(QStringLiteral("CompanionTest"))
            , session(&profile, &http, &secrets)
        { }
        bool signIn()
        {
            QSignalSpy done(&session, &AuthSession::operationFinished);
            session.signIn(QStringLiteral("creator@demo.test"), QStringLiteral("demo1234"));
            return done.wait(15000) && session.state() == AuthSession::State::SignedIn;
        }
        Storage *openStorage()
        {
            auto *storage = new Storage(QDir(profile.cacheDirectory()).filePath(QStringLiteral("c.sqlite")),
                                        QDir(profile.directory()).filePath(QStringLiteral("outbox.sqlite")));
            QString error = QStringLiteral("pending");
            storage->open([&](const QString &e, const QStringList &) { error = e; });
            [&] { QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 10000); }();
            return storage;
        }
        Profile profile;
        PlatformClient http;
        KeychainSecretStore secrets;
        AuthSession session;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        QVERIFY2(m_proxy.start(m_server.baseUrl()), qPrintable(m_proxy.errorString()));
    }

    void progressAndSignalsOfAFullSync()
    {
        QTemporaryDir dir;
        World world(m_proxy.url(), dir.path());
        QVERIFY(world.signIn());
        std::unique_ptr<Storage> storage(world.openStorage());
        SyncEngine engine(&world.session, storage.get());
        engine.setPageSize(10);
        QSignalSpy progress(&engine, &SyncEngine::progressChanged);
        QSignalSpy changed(&engine, &SyncEngine::collectionChanged);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(engine.syncing());
        engine.syncNow(); // while running: one more round later, never two at once
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(!engine.syncing());
        QCOMPARE(engine.progress(), 1.0);
        QVERIFY(progress.size() >= 7);
        QStringList collections;
        for (const auto &args : std::as_const(changed))
            collections << args.first().toString();
        for (const char *expected : { "me", "offerings", "availability", "sessions", "splits", "earnings" })
            QVERIFY2(collections.contains(QLatin1String(expected)), expected);
        QVERIFY(engine.lastSyncedAt().isValid());
        QVERIFY(engine.online());
    }

    // The teacher changes her zone on the web: the next sync's `me` pull hands it to AuthSession,
    // the one owner of the user, so everyone reading timeZone() follows without a new sign-in.
    // And values travel once: a sync that brings nothing new announces nothing.
    void aZoneChangedOnTheServerReachesTheSession()
    {
        QTemporaryDir dir;
        World world(m_proxy.url(), dir.path());
        QVERIFY(world.signIn());
        QCOMPARE(world.session.timeZone(), QStringLiteral("Europe/Berlin"));
        std::unique_ptr<Storage> storage(world.openStorage());
        SyncEngine engine(&world.session, storage.get());
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);

        // Nothing changed on the server: no document is announced again.
        QSignalSpy changed(&engine, &SyncEngine::collectionChanged);
        QSignalSpy userChanged(&world.session, &AuthSession::userChanged);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(userChanged.size(), 0);

        QVERIFY(setServerZone(QStringLiteral("usr_maya"), QStringLiteral("Asia/Tokyo")));
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        const bool restored = setServerZone(QStringLiteral("usr_maya"), QStringLiteral("Europe/Berlin"));
        QCOMPARE(finished.takeFirst().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);
        QCOMPARE(world.session.timeZone(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(userChanged.size(), 1);
        QCOMPARE(world.profile.cachedUser()->timeZone, QStringLiteral("Asia/Tokyo")); // as a sign-in saves it
        QStringList collections;
        for (const auto &args : std::as_const(changed))
            collections << args.first().toString();
        QVERIFY2(collections.contains(QLatin1String("me")), qPrintable(collections.join(u',')));
        QVERIFY2(!collections.contains(QLatin1String("offerings")), qPrintable(collections.join(u',')));
        QVERIFY2(!collections.contains(QLatin1String("availability")), qPrintable(collections.join(u',')));
        QVERIFY(restored);
    }

    // 410 Gone for a cursor: the pager drops the collection and pulls it again from the start.
    void anExpiredCursorStartsTheCollectionOver()
    {
        QTemporaryDir dir;
        World world(m_proxy.url(), dir.path());
        QVERIFY(world.signIn());
        std::unique_ptr<Storage> storage(world.openStorage());
        SyncEngine engine(&world.session, storage.get());
        engine.setPageSize(10);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);
        const auto count = [&] {
            return storage->runBlocking<int>(
                [](Storage::Stores &stores) { return AccountReader(stores).sessionCount(); });
        };
        const int sessions = count();
        QVERIFY(sessions > 10);

        QSignalSpy changed(&engine, &SyncEngine::collectionChanged);
        m_proxy.setFault(Fault::ServerError,
                         FaultOptions()
                             .withPathPrefix(QStringLiteral("/api/sessions"))
                             .withServerErrorStatus(410)
                             .withTimes(1));
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        m_proxy.clearFault();
        QCOMPARE(finished.takeFirst().first().value<SyncEngine::Outcome>(), SyncEngine::Outcome::Ok);
        QCOMPARE(count(), sessions);
        QStringList collections;
        for (const auto &args : std::as_const(changed))
            collections << args.first().toString();
        QVERIFY2(collections.count(QStringLiteral("sessions")) > 1, qPrintable(collections.join(u',')));
    }

    void signOutInTheMiddleOfASyncIsSafe()
    {
        QTemporaryDir dir;
        World world(m_proxy.url(), dir.path());
        QVERIFY(world.signIn());
        Storage *storage = world.openStorage();
        auto *engine = new SyncEngine(&world.session, storage);
        engine->setPageSize(5);
        // A slow server, so replies arrive after the engine is gone.
        m_proxy.setFault(Fault::Stall, FaultOptions().withStallMs(150));
        engine->syncNow();
        QTest::qWait(400);
        QVERIFY(engine->syncing());
        QSignalSpy signedOut(&world.session, &AuthSession::operationFinished);
        world.session.signOut();
        engine->deleteLater();
        storage->deleteLater();
        QVERIFY(signedOut.wait(15000));
        QTest::qWait(1500); // late replies land on nothing
        m_proxy.clearFault();
        QCOMPARE(world.session.state(), AuthSession::State::SignedOut);
    }

private:
    // Changes a user's zone the way the web app would, in the running server's database.
    bool setServerZone(const QString &userId, const QString &zone)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server"));
            db.setDatabaseName(QDir(m_server.dataDir()).filePath(QStringLiteral("platform.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("UPDATE users SET time_zone = ? WHERE id = ?"));
                query.addBindValue(zone);
                query.addBindValue(userId);
                ok = query.exec() && query.numRowsAffected() == 1;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("server"));
        return ok;
    }

    ServerProcess m_server;
    FaultProxy m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
