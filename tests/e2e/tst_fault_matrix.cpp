// The fault matrix: every fault the FaultProxy can inject, during login, sync
// and outbox replay, against companion-cli and the real server. Each must end
// in a clear error (no crash, a meaningful exit code and message), leave the
// cache passing integrity_check, and after the fault clears one sync must
// converge to the server's state (and an edit must land exactly once).
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"
#include "tests/support/FaultProxy.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

Q_DECLARE_METATYPE(companion::test::Fault)

namespace {

const QList<Fault> kFaults = { Fault::Refuse,      Fault::ResetMidBody,   Fault::Stall,
                               Fault::Truncate,    Fault::ServerError,    Fault::TooManyRequests,
                               Fault::InvalidJson, Fault::WrongJsonTypes, Fault::HugeBody };

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    RunResult cli(const QString &profile, const QStringList &arguments, const QByteArray &input = {})
    {
        // A short timeout so a stalled server costs seconds, not the default 30.
        return runCli(QStringList { QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                                    QStringLiteral("--timeout"), QStringLiteral("2") }
                          + arguments,
                      input);
    }

    RunResult login(const QString &profile)
    {
        return loginDemo(m_proxy.url(), profile, QStringLiteral("creator@demo.test"),
                         { QStringLiteral("--timeout"), QStringLiteral("2") });
    }

    std::unique_ptr<TestHttp> direct()
    {
        auto http = std::make_unique<TestHttp>(m_server.baseUrl());
        const TestReply reply = http->post(QStringLiteral("/api/auth/login"),
                                           { { QStringLiteral("email"), QStringLiteral("creator@demo.test") },
                                             { QStringLiteral("password"), QStringLiteral("demo1234") } });
        http->setBearer(reply.json.value(QLatin1String("access_token")).toString());
        return http;
    }

    // id → status of every session the creator may see, straight from the server.
    QMap<QString, QString> serverSessions()
    {
        auto http = direct();
        QMap<QString, QString> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const TestReply reply
                = http->get(QStringLiteral("/api/sessions?limit=500")
                            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            for (const QJsonValue &item : reply.json.value(QLatin1String("items")).toArray()) {
                const QJsonObject session = item.toObject();
                if (session.value(QLatin1String("deleted")).toBool())
                    out.remove(session.value(QLatin1String("id")).toString());
                else
                    out.insert(session.value(QLatin1String("id")).toString(),
                               session.value(QLatin1String("status")).toString());
            }
            cursor = reply.json.value(QLatin1String("next_cursor")).toString();
            if (!reply.json.value(QLatin1String("has_more")).toBool())
                break;
        }
        return out;
    }

    int serverSplitCount()
    {
        auto http = direct();
        int count = 0;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const TestReply reply
                = http->get(QStringLiteral("/api/earnings/splits?limit=500")
                            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            count += int(reply.json.value(QLatin1String("items")).toArray().size());
            cursor = reply.json.value(QLatin1String("next_cursor")).toString();
            if (!reply.json.value(QLatin1String("has_more")).toBool())
                break;
        }
        return count;
    }

    QMap<QString, QString> cachedSessions(const QString &profile)
    {
        const RunResult r = cli(profile, { QStringLiteral("sessions"), QStringLiteral("--all") });
        QMap<QString, QString> out;
        for (const QJsonValue &item : r.json().value(QLatin1String("sessions")).toArray())
            out.insert(item.toObject().value(QLatin1String("id")).toString(),
                       item.toObject().value(QLatin1String("status")).toString());
        return out;
    }

    static bool cacheIntact(const QString &profile)
    {
        bool ok = true;
        QDirIterator it(QDir(profile).filePath(QStringLiteral("cache")), { QStringLiteral("*.sqlite") });
        while (it.hasNext()) {
            const QString path = it.next();
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                db.setDatabaseName(path);
                QSqlQuery q(db);
                ok = ok && db.open() && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                    && q.value(0).toString() == QLatin1String("ok");
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
        }
        return ok;
    }

    // A change on the server since the client last synced, so convergence is not trivial.
    void changeSomethingOnTheServer()
    {
        const QStringList ids = serverSessions().keys();
        QVERIFY(!ids.isEmpty());
        TestHttp hooks(m_server.baseUrl());
        const QString id = ids.at(m_changes++ % ids.size());
        const TestReply reply = hooks.post(QStringLiteral("/api/_test/sessions/%1/cancel").arg(id),
                                           { { QStringLiteral("reason"), QStringLiteral("fault matrix") } });
        QVERIFY2(reply.status < 300,
                 reply.json.isEmpty() ? "" : QJsonDocument(reply.json).toJson().constData());
    }

    void setFault(Fault fault, const QString &pathPrefix)
    {
        FaultOptions options = FaultOptions().withPathPrefix(pathPrefix);
        if (fault == Fault::HugeBody)
            options.withHugeBytes(50 * 1024 * 1024);
        m_proxy.setFault(fault, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Fault>();
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") }),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_proxy.start(m_server.baseUrl()), qPrintable(m_proxy.errorString()));
        const RunResult r = login(m_shared.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli(m_shared.path(), { QStringLiteral("sync") }).exitCode, 0);
    }

    void duringLogin_data()
    {
        QTest::addColumn<Fault>("fault");
        for (Fault fault : kFaults)
            QTest::newRow(qPrintable(FaultProxy::faultName(fault))) << fault;
    }
    void duringLogin()
    {
        QFETCH(Fault, fault);
        QTemporaryDir profile;
        setFault(fault, fault == Fault::Refuse ? QString() : QStringLiteral("/api/auth/login"));
        RunResult r = login(profile.path());
        m_proxy.clearFault();
        QCOMPARE(r.exitCode, 4); // the network or the server failed, not the person's password
        QVERIFY2(!r.err.trimmed().isEmpty(), "no error message");
        QVERIFY2(!r.err.contains("Segmentation"), r.err.constData());

        r = login(profile.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void duringSync_data() { duringLogin_data(); }
    void duringSync()
    {
        QFETCH(Fault, fault);
        changeSomethingOnTheServer();
        // Small pages, so the faulted sync and the recovering one both fetch ahead.
        setFault(fault, fault == Fault::Refuse ? QString() : QStringLiteral("/api/sessions"));
        RunResult r = cli(m_shared.path(),
                          { QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("9") });
        m_proxy.clearFault();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(!r.err.trimmed().isEmpty(), "no error message");
        QVERIFY(cacheIntact(m_shared.path()));

        r = cli(m_shared.path(),
                { QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("9") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cachedSessions(m_shared.path()), serverSessions());
        QVERIFY(cacheIntact(m_shared.path()));
    }

    void fullSyncInSmallPagesConverges()
    {
        // Many pages, each next one requested while the previous is being written.
        QTemporaryDir profile;
        QVERIFY(login(profile.path()).exitCode == 0);
        m_proxy.setFault(Fault::ResetMidBody,
                         FaultOptions().withPathPrefix(QStringLiteral("/api/earnings/splits")).withTimes(2));
        RunResult r = cli(profile.path(),
                          { QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("7") });
        m_proxy.clearFault();
        QCOMPARE(r.exitCode, 4);
        QVERIFY(cacheIntact(profile.path()));
        r = cli(profile.path(),
                { QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("7") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().value(QLatin1String("requests")).toInt() > 20);
        QCOMPARE(cachedSessions(profile.path()), serverSessions());
        QCOMPARE(r.json().value(QLatin1String("splits")).toInt(), m_serverSplits = serverSplitCount());
        QVERIFY(m_serverSplits > 7);
    }

    void duringOutboxReplay_data() { duringLogin_data(); }
    void duringOutboxReplay()
    {
        QFETCH(Fault, fault);
        auto http = direct();
        QJsonObject schedule = http->get(QStringLiteral("/api/availability")).json;
        const int version = schedule.value(QLatin1String("version")).toInt();
        schedule.remove(QStringLiteral("version"));
        schedule.remove(QStringLiteral("updated_at"));
        const QString name = QStringLiteral("fault %1").arg(FaultProxy::faultName(fault));
        schedule.insert(QStringLiteral("name"), name);
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("schedule.json"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(schedule).toJson());
        }
        // Faults hit the PUT (and, for refuse, everything): "forwardAnyway" makes the
        // synthesized ones apply the edit on the server while the client never hears back.
        FaultOptions options = FaultOptions().withPathPrefix(
            fault == Fault::Refuse ? QString() : QStringLiteral("/api/availability"));
        if (fault != Fault::Refuse && fault != Fault::Stall)
            options.withForwardAnyway(true);
        // Let the sync's first GET /api/availability through so the edit is made against
        // the current version; then fault everything on that path.
        m_proxy.setFault(fault, options);
        RunResult r = cli(m_shared.path(), { QStringLiteral("availability"), QStringLiteral("set"), file });
        m_proxy.clearFault();
        QVERIFY2(r.exitCode == 0, r.err.constData()); // safely queued, sent or not
        QVERIFY(cacheIntact(m_shared.path()));

        r = cli(m_shared.path(), { QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("conflicts")).toInt(), 0);
        const QJsonObject after = http->get(QStringLiteral("/api/availability")).json;
        QCOMPARE(after.value(QLatin1String("name")).toString(), name);
        QCOMPARE(after.value(QLatin1String("version")).toInt(), version + 1); // exactly once
    }

private:
    ServerProcess m_server;
    FaultProxy m_proxy;
    QTemporaryDir m_shared;
    int m_changes = 0;
    int m_serverSplits = 0;
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
