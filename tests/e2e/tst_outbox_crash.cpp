// Crash safety of the outbox: 200 availability edits queued offline, then
// `companion-cli sync` replays them against the real server and is killed with
// SIGKILL at random points (50 times here; tests/soak/outbox-crash-soak.sh runs
// 500) and restarted each time. A FaultProxy in front makes the server answer
// 25 ms late, so a replay takes seconds and the kills land all through it. The server must end with every
// edit applied exactly once, in order, and the client's files must be intact.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"
#include "services/auth/Profile.h"
#include "services/storage/OutboxStore.h"
#include "tests/support/FaultProxy.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

class TestOutboxCrash : public QObject
{
    Q_OBJECT

    QStringList cliArgs(const QStringList &arguments) const
    {
        return QStringList { QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--json") }
        + arguments;
    }

    QJsonObject serverSchedule()
    {
        TestHttp http(m_server.baseUrl());
        const TestReply login = http.post(QStringLiteral("/api/auth/login"),
                                          { { QStringLiteral("email"), QStringLiteral("st1@demo.test") },
                                            { QStringLiteral("password"), QStringLiteral("demo1234") } });
        http.setBearer(login.json.value(QLatin1String("access_token")).toString());
        return http.get(QStringLiteral("/api/availability")).json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The proxy logs every request; keep the run's own summary readable.
        QLoggingCategory::setFilterRules(
            QStringLiteral("companion.test.proxy.debug=false\ncompanion.test.proxy.info=false"));
        m_kills = qEnvironmentVariableIntValue("COMPANION_CRASH_KILLS");
        if (m_kills <= 0)
            m_kills = 50;
        m_port = freeLocalPort();
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(m_port) }),
            qPrintable(m_server.errorString()));
        QVERIFY2(m_proxy.start(m_server.baseUrl()), qPrintable(m_proxy.errorString()));
        const RunResult login = loginDemo(m_proxy.url(), m_profile.path(), QStringLiteral("st1@demo.test"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const RunResult sync = runCli(cliArgs({ QStringLiteral("sync") }));
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }

    void everyEditLandsExactlyOnceInOrder()
    {
        const QJsonObject before = serverSchedule();
        const int baseVersion = before.value(QLatin1String("version")).toInt();
        QVERIFY(before.contains(QLatin1String("time_zone")));

        // Queue 200 edits as the CLI does (same OutboxStore), while the server is away.
        QVERIFY(m_server.stop());
        const auto user = Profile(m_profile.path()).cachedUser();
        QVERIFY(user);
        {
            OutboxStore outbox(QDir(m_profile.path()).filePath(QStringLiteral("outbox.sqlite")));
            QCOMPARE(outbox.open(), QString());
            for (int i = 1; i <= kEdits; ++i) {
                QJsonObject schedule = before;
                schedule.remove(QStringLiteral("version"));
                schedule.remove(QStringLiteral("updated_at"));
                schedule.insert(QStringLiteral("name"), QStringLiteral("edit-%1").arg(i));
                QVERIFY(outbox.enqueueAvailability(user->id, schedule, baseVersion));
            }
            QCOMPARE(outbox.pendingCount(user->id), kEdits);
        }
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(m_port) }),
            qPrintable(m_server.errorString()));

        // Replay through a slow server, killed at random points.
        m_proxy.setFault(Fault::Stall, FaultOptions().withStallMs(25));
        QRandomGenerator random(20261126);
        int kills = 0, cleanExits = 0;
        while (kills < m_kills) {
            QProcess cli;
            cli.start(QStringLiteral(COMPANION_CLI_PATH), cliArgs({ QStringLiteral("sync") }));
            QVERIFY(cli.waitForStarted());
            const int delayMs = int(random.bounded(5, 260));
            if (cli.waitForFinished(delayMs)) {
                ++cleanExits; // it finished first (all replayed): later kills hit the pulls
                if (cli.exitCode() != 0 && cleanExits < 3)
                    qWarning("sync exited %d: %s", cli.exitCode(),
                             cli.readAllStandardError().right(600).constData());
                continue;
            }
            cli.kill(); // SIGKILL
            cli.waitForFinished();
            ++kills;
        }
        const int leftAfterKills = [&] {
            OutboxStore outbox(QDir(m_profile.path()).filePath(QStringLiteral("outbox.sqlite")));
            return outbox.open().isEmpty() ? outbox.pendingCount(user->id) : -1;
        }();
        qInfo("%d SIGKILLs, %d runs finished before their kill, %d of %d edits still queued", kills,
              cleanExits, leftAfterKills, kEdits);
        // The kills must have hit the replay itself, not only the pulls after it.
        QVERIFY(leftAfterKills >= 0);
        QVERIFY2(cleanExits < kills, "the replay finished too early to be interrupted");

        // Then let it finish.
        m_proxy.clearFault();
        RunResult last;
        for (int attempt = 0; attempt < 5; ++attempt) {
            last = runCli(cliArgs({ QStringLiteral("sync"), QStringLiteral("--verify") }));
            if (last.exitCode == 0)
                break;
        }
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QCOMPARE(last.json().value(QLatin1String("pending_edits")).toInt(), 0);
        QCOMPARE(last.json().value(QLatin1String("conflicts")).toInt(), 0);
        QVERIFY(last.json().value(QLatin1String("cache_ok")).toBool());

        // Exactly once: one version step per edit, no more, no less. In order: each
        // PUT carried the version its predecessor produced (If-Match), so an edit
        // applied out of order would have been refused, and the last one is the last.
        const QJsonObject after = serverSchedule();
        QCOMPARE(after.value(QLatin1String("version")).toInt(), baseVersion + kEdits);
        QCOMPARE(after.value(QLatin1String("name")).toString(), QStringLiteral("edit-%1").arg(kEdits));

        OutboxStore outbox(QDir(m_profile.path()).filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(outbox.open(), QString());
        QVERIFY(outbox.integrityCheck());
        QCOMPARE(outbox.edits(user->id).size(), 0);
    }

private:
    static constexpr int kEdits = 200;
    ServerProcess m_server;
    FaultProxy m_proxy;
    quint16 m_port = 0;
    int m_kills = 50;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
