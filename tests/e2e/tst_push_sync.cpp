// Fresh data without pressing Sync: a client wired as the app wires it (AppContext: the
// account's Storage, its SyncEngine and the ChangeStream beside it, the real keyring) against
// a real demo platform-server. With the periodic sync effectively off, a booking made on the
// server reaches the client's cache within 3 seconds through the change stream, also after the
// server ended the stream for an expired token and the client came back with a refreshed one.
// With the stream down (the server started with --no-change-stream) the periodic sync, set
// short here, still brings it. Assertions are on the cache's content.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "app/AppContext.h"
#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"
#include "services/sync/ChangeStream.h"
#include "services/sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

constexpr int kPeriodicOff = 3600 * 1000;

// One running client, signed in as Jonas (st1), as the GUI starts it: the account opened,
// the automatic sync on (which starts the change stream) and a first sync.
class Client
{
public:
    bool start(const QUrl &server, int periodicMs, QString *error)
    {
        AppOptions options;
        options.profileDirectory = m_profile.path();
        options.serverUrl = server;
        m_context = AppContext::create(options, error);
        if (!m_context)
            return false;
        QSignalSpy signedIn(m_context->session(), &AuthSession::operationFinished);
        m_context->session()->signIn(QStringLiteral("st1@demo.test"), QStringLiteral("demo1234"));
        if (!signedIn.wait(15000) || m_context->session()->state() != AuthSession::State::SignedIn) {
            *error = QStringLiteral("sign-in failed: ") + m_context->session()->lastError();
            return false;
        }
        bool opened = false;
        m_context->openAccount([&](const QString &problem, const QStringList &) {
            *error = problem;
            opened = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!opened && timer.elapsed() < 10000)
            QTest::qWait(20);
        if (!opened || !error->isEmpty() || !m_context->sync())
            return false;
        QSignalSpy finished(m_context->sync(), &SyncEngine::syncFinished);
        m_context->sync()->startAutomaticSync(periodicMs);
        m_context->sync()->syncNow();
        return finished.wait(30000);
    }

    // No sync runs or is about to (the one a connect starts, the round queued behind it), so
    // the next one can only come from the stream.
    void waitUntilQuiet()
    {
        SyncEngine *sync = m_context->sync();
        QElapsedTimer quiet;
        quiet.start();
        for (QElapsedTimer total; !total.isValid() || total.elapsed() < 30000;) {
            if (!total.isValid())
                total.start();
            if (sync->syncing())
                quiet.restart();
            else if (quiet.elapsed() > 1000)
                return;
            QTest::qWait(20);
        }
    }

    AppContext *context() const { return m_context.get(); }
    ChangeStream *stream() const { return m_context->changeStream(); }

    bool hasCached(const QString &sessionId) const
    {
        return m_context->storage()->runBlocking<bool>([&](Storage::Stores &stores) {
            const QList<Session> sessions = AccountReader(stores).sessions();
            return std::any_of(sessions.cbegin(), sessions.cend(),
                               [&](const Session &session) { return session.id == sessionId; });
        });
    }

private:
    QTemporaryDir m_profile;
    std::unique_ptr<AppContext> m_context;
};

// A session of Jonas's Spanish offering booked by Lena on the server, three days from now.
QString book(const QUrl &server)
{
    TestHttp hooks(server);
    const QString start = instant::toUtcStringSecs(QDateTime::currentSecsSinceEpoch() + 3LL * 24 * 3600);
    const TestReply reply
        = hooks.post(QStringLiteral("/api/_test/sessions"),
                     { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                       { QStringLiteral("start"), start },
                       { QStringLiteral("student_id"), QStringLiteral("usr_lena") } });
    return reply.status == 201 ? reply.json.value(QLatin1String("id")).toString() : QString();
}

} // namespace

class TestPushSync : public QObject
{
    Q_OBJECT

private slots:
    void aBookingReachesTheCacheThroughTheStream()
    {
        ServerProcess server;
        QVERIFY2(server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks") }),
                 qPrintable(server.errorString()));
        Client client;
        QString error;
        QVERIFY2(client.start(server.baseUrl(), kPeriodicOff, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(client.stream()->connected(), 10000);
        client.waitUntilQuiet();

        for (int round = 0; round < 2; ++round) {
            QElapsedTimer sinceBooking;
            sinceBooking.start();
            QVERIFY(!client.context()->sync()->syncing());
            const QString id = book(server.baseUrl());
            QVERIFY(!id.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(client.hasCached(id), 10000);
            QVERIFY2(sinceBooking.elapsed() < 3000, qPrintable(QString::number(sinceBooking.elapsed())));
            client.waitUntilQuiet();
        }

        // Signing out ends the stream (and the account's engine with it).
        const QPointer<ChangeStream> stream = client.stream();
        QSignalSpy signedOut(client.context()->session(), &AuthSession::operationFinished);
        client.context()->session()->signOut();
        QVERIFY(signedOut.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!stream || !stream->connected(), 5000);
    }

    // The server ends the stream when its token expires; the client comes back with a
    // refreshed token and bookings keep arriving through it.
    void theStreamOutlivesItsToken()
    {
        ServerProcess server;
        QVERIFY2(server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                QStringLiteral("--access-token-ttl"), QStringLiteral("8") }),
                 qPrintable(server.errorString()));
        Client client;
        QString error;
        QVERIFY2(client.start(server.baseUrl(), kPeriodicOff, &error), qPrintable(error));
        QSignalSpy changes(client.stream(), &ChangeStream::connectedChanged);
        QTRY_VERIFY_WITH_TIMEOUT(client.stream()->connected(), 10000);
        // Connected, ended at the token's expiry, connected again with a new one.
        QTRY_VERIFY_WITH_TIMEOUT(changes.size() >= 2 && client.stream()->connected(), 30000);
        client.waitUntilQuiet();

        QElapsedTimer sinceBooking;
        sinceBooking.start();
        const QString id = book(server.baseUrl());
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client.hasCached(id), 10000);
        QVERIFY2(sinceBooking.elapsed() < 3000, qPrintable(QString::number(sinceBooking.elapsed())));
    }

    void withTheStreamDownThePeriodicSyncBringsIt()
    {
        ServerProcess server;
        QVERIFY2(server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                QStringLiteral("--no-change-stream") }),
                 qPrintable(server.errorString()));
        Client client;
        QString error;
        QVERIFY2(client.start(server.baseUrl(), 1500, &error), qPrintable(error));
        const QString id = book(server.baseUrl());
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client.hasCached(id), 10000);
        QVERIFY(!client.stream()->connected());
    }
};

QTEST_GUILESS_MAIN(TestPushSync)
#include "tst_push_sync.moc"
