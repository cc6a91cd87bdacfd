// SyncEngine against a real server, for what the CLI tests can't reach: the
// engine's lifetime in a long-running app (sign-out in the middle of a sync),
// progress and the signals the QML layer binds to.
#include "../server/ServerProcess.h"
#include "services/AuthSession.h"
#include "services/KeychainSecretStore.h"
#include "services/PlatformClient.h"
#include "services/Profile.h"
#include "services/Storage.h"
#include "services/SyncEngine.h"
#include "tests/support/FaultProxy.h"

#include <QDir>
#include <QSignalSpy>
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
    ServerProcess m_server;
    FaultProxy m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
