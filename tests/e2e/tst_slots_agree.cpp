// The server's GET /api/slots and `companion-cli slots` must offer exactly the
// same slots for the same inputs: the schedule, offering and sessions the
// server holds, fed to the CLI as files, and read by the CLI from a synced
// profile's cache (`slots --offering-id`). Every demo teacher and offering, the
// next four weeks, seen from two viewer zones with odd offsets. (DST and zone
// edge cases are the oracle's job: tests/oracle compares 2 000+ schedules.)
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace companion::test;

class TestSlotsAgree : public QObject
{
    Q_OBJECT

    static QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonDocument &document)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(document.toJson());
        return path;
    }

    static QStringList slotStarts(const QJsonObject &reply)
    {
        QStringList starts;
        for (const QJsonValue &slot : reply.value(QLatin1String("slots")).toArray())
            starts << slot.toObject().value(QLatin1String("start")).toString() + QLatin1Char('/')
                    + QString::number(slot.toObject().value(QLatin1String("seats_available")).toInt());
        return starts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
    }

    void serverAndCliAgree_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("viewerZone");
        for (const char *email : { "creator@demo.test", "st1@demo.test", "st2@demo.test" })
            for (const char *zone : { "Asia/Kathmandu", "America/Santiago" })
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 seen from %2").arg(QLatin1String(email), QLatin1String(zone))))
                    << QString::fromLatin1(email) << QString::fromLatin1(zone);
    }
    void serverAndCliAgree()
    {
        QFETCH(QString, email);
        QFETCH(QString, viewerZone);
        TestHttp http(m_server.baseUrl());
        const TestReply login = http.post(QStringLiteral("/api/auth/login"),
                                          { { QStringLiteral("email"), email },
                                            { QStringLiteral("password"), QStringLiteral("demo1234") } });
        QCOMPARE(login.status, 200);
        http.setBearer(login.json.value(QLatin1String("access_token")).toString());
        const QString teacherId
            = login.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();

        const QJsonObject schedule = http.get(QStringLiteral("/api/availability")).json;
        const QJsonArray offerings
            = http.get(QStringLiteral("/api/offerings")).json.value(QLatin1String("offerings")).toArray();
        QVERIFY(!offerings.isEmpty());
        // Every session this teacher teaches is busy time, as on the server.
        QJsonArray busy;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const TestReply reply
                = http.get(QStringLiteral("/api/sessions?limit=500")
                           + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            for (const QJsonValue &item : reply.json.value(QLatin1String("items")).toArray())
                if (item.toObject().value(QLatin1String("teacher_id")).toString() == teacherId)
                    busy.append(item);
            cursor = reply.json.value(QLatin1String("next_cursor")).toString();
            if (!reply.json.value(QLatin1String("has_more")).toBool())
                break;
        }

        const QDate from = QDateTime::currentDateTimeUtc().date();
        const QDate to = from.addDays(27);
        QTemporaryDir dir;
        const QString scheduleFile = writeJson(dir, QStringLiteral("schedule.json"), QJsonDocument(schedule));
        const QString busyFile = writeJson(dir, QStringLiteral("busy.json"), QJsonDocument(busy));
        // The same question asked over a signed-in profile's cache.
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const RunResult login2 = loginDemo(m_server.baseUrl(), profile, email);
        QVERIFY2(login2.exitCode == 0, login2.err.constData());
        int compared = 0;
        for (const QJsonValue &value : offerings) {
            const QJsonObject offering = value.toObject();
            if (offering.value(QLatin1String("teacher_id")).toString() != teacherId)
                continue;
            const QString offeringFile
                = writeJson(dir, QStringLiteral("offering.json"), QJsonDocument(offering));
            QStringList server, cli;
            for (int attempt = 0; attempt < 2;
                 ++attempt) { // a retry if a grid minute ticks by between the two
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                const TestReply reply
                    = http.get(QStringLiteral("/api/slots?teacher_id=%1&offering_id=%2&from=%3&to=%4&tz=%5")
                                   .arg(teacherId, offering.value(QLatin1String("id")).toString(),
                                        from.toString(Qt::ISODate), to.toString(Qt::ISODate), viewerZone));
                QVERIFY2(reply.status == 200, QJsonDocument(reply.json).toJson().constData());
                const RunResult run
                    = runCli({ QStringLiteral("slots"), QStringLiteral("--schedule"), scheduleFile,
                               QStringLiteral("--offering"), offeringFile, QStringLiteral("--busy"), busyFile,
                               QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                               to.toString(Qt::ISODate), QStringLiteral("--now"), now, QStringLiteral("--tz"),
                               viewerZone, QStringLiteral("--json") });
                QVERIFY2(run.exitCode == 0, run.err.constData());
                server = slotStarts(reply.json);
                cli = slotStarts(QJsonDocument::fromJson(run.out).object());
                const RunResult cached
                    = runCli({ QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                               QStringLiteral("slots"), QStringLiteral("--offering-id"),
                               offering.value(QLatin1String("id")).toString(), QStringLiteral("--from"),
                               from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate),
                               QStringLiteral("--now"), now, QStringLiteral("--tz"), viewerZone });
                QVERIFY2(cached.exitCode == 0, cached.err.constData());
                const QStringList fromCache = slotStarts(cached.json());
                if (server == cli && cli == fromCache)
                    break;
                if (server == cli && attempt == 1)
                    QCOMPARE(fromCache, server);
            }
            QVERIFY2(!server.isEmpty(), "the demo should offer slots in the next four weeks");
            if (server != cli) {
                QStringList onlyServer, onlyCli;
                for (const QString &s : std::as_const(server))
                    if (!cli.contains(s))
                        onlyServer << s;
                for (const QString &s : std::as_const(cli))
                    if (!server.contains(s))
                        onlyCli << s;
                QFAIL(qPrintable(QStringLiteral("%1: only the server: %2; only the CLI: %3")
                                     .arg(offering.value(QLatin1String("id")).toString(),
                                          onlyServer.mid(0, 5).join(QLatin1Char(' ')),
                                          onlyCli.mid(0, 5).join(QLatin1Char(' ')))));
            }
            ++compared;
        }
        QVERIFY(compared > 0);
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestSlotsAgree)
#include "tst_slots_agree.moc"
