// Offline-first, end to end with real processes: the server goes away, every
// read command answers from the cache, edits queue in the outbox, the server
// comes back and they land; a conflicting edit is kept and reported (exit 5);
// a damaged cache is rebuilt without losing the outbox; and after all of it no
// file holds a token.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"
#include "models/time/InstantFormat.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"
#include "services/storage/AccountReader.h"
#include "services/storage/CacheStore.h"
#include "services/storage/OutboxStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace companion;
using namespace companion::test;

class TestOffline : public QObject
{
    Q_OBJECT

    RunResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return runCli(QStringList { QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--json") }
                          + arguments,
                      input, env);
    }

    bool startServer()
    {
        return m_server.start(
            { QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(m_port) });
    }

    // The schedule as another device (or the web app) sees it, straight from the server.
    QJsonObject serverSchedule(TestHttp &http) { return http.get(QStringLiteral("/api/availability")).json; }

    std::unique_ptr<TestHttp> otherDevice()
    {
        auto http = std::make_unique<TestHttp>(m_server.baseUrl());
        const TestReply login = http->post(QStringLiteral("/api/auth/login"),
                                           { { QStringLiteral("email"), QStringLiteral("creator@demo.test") },
                                             { QStringLiteral("password"), QStringLiteral("demo1234") } });
        http->setBearer(login.json.value(QLatin1String("access_token")).toString());
        return http;
    }

    QString writeSchedule(const QJsonObject &schedule, const QString &name)
    {
        const QString path = m_files.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(schedule).toJson());
        return path;
    }

    QJsonObject editedSchedule(const QString &name)
    {
        QJsonObject schedule = m_lastSchedule;
        schedule.remove(QStringLiteral("version"));
        schedule.remove(QStringLiteral("updated_at"));
        schedule.insert(QStringLiteral("name"), name);
        return schedule;
    }

    // The working schedule as the GUI reads it (AccountReader), from the profile's own files.
    WorkingSchedule guiWorkingSchedule()
    {
        const Profile profile(m_profile.path());
        const QStringList caches
            = QDir(profile.cacheDirectory()).entryList({ QStringLiteral("usr_*.sqlite") });
        if (caches.size() != 1)
            return {};
        CacheStore cache(QDir(profile.cacheDirectory()).filePath(caches.first()));
        OutboxStore outbox(QDir(profile.directory()).filePath(QStringLiteral("outbox.sqlite")));
        if (!cache.open().isEmpty() || !outbox.open().isEmpty())
            return {};
        const AccountReader reader(Storage::Stores { &cache, &outbox });
        const std::optional<User> me = reader.me();
        return me ? reader.workingSchedule(me->id) : WorkingSchedule();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = freeLocalPort();
        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        const RunResult login
            = loginDemo(m_server.baseUrl(), m_profile.path(), QStringLiteral("creator@demo.test"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const RunResult sync = cli({ QStringLiteral("sync"), QStringLiteral("--verify") });
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY(sync.json().value(QLatin1String("sessions")).toInt() > 20);
        QVERIFY(sync.json().value(QLatin1String("splits")).toInt() > 20);
        QVERIFY(sync.json().value(QLatin1String("cache_ok")).toBool());
        m_sessionCount = sync.json().value(QLatin1String("sessions")).toInt();
        auto http = otherDevice();
        m_lastSchedule = serverSchedule(*http);
        QVERIFY(m_lastSchedule.contains(QLatin1String("version")));
    }

    void readsAnswerFromTheCacheWhenTheServerIsGone()
    {
        QVERIFY(m_server.stop());
        RunResult r = cli({ QStringLiteral("sessions"), QStringLiteral("--all") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("count")).toInt(), m_sessionCount);
        QCOMPARE(r.json().value(QLatin1String("offline")).toBool(), true);
        QVERIFY2(r.err.contains("Offline") && r.err.contains("old"), r.err.constData());

        r = cli({ QStringLiteral("earnings"), QStringLiteral("--group-by"), QStringLiteral("course") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.json().value(QLatin1String("groups")).toArray().isEmpty());
        QCOMPARE(r.json().value(QLatin1String("offline")).toBool(), true);

        r = cli({ QStringLiteral("availability"), QStringLiteral("show") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("pending")).toBool(), false);

        r = cli({ QStringLiteral("whoami") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("offline")).toBool(), true);

        r = cli({ QStringLiteral("status") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("online")).toBool(), false);

        r = cli({ QStringLiteral("sync") });
        QCOMPARE(r.exitCode, 4);

        // Every command tells the same cache age (the last sync's), on a pinned clock.
        const QString later = instant::toUtcStringMs(QDateTime::currentDateTimeUtc().addSecs(20 * 60));
        QSet<QByteArray> ages;
        for (const QStringList &command :
             { QStringList { QStringLiteral("sessions") },
               QStringList { QStringLiteral("availability"), QStringLiteral("show") },
               QStringList { QStringLiteral("earnings"), QStringLiteral("--group-by"),
                             QStringLiteral("status") },
               QStringList { QStringLiteral("earnings"), QStringLiteral("--from"),
                             QStringLiteral("2026-01-01") },
               QStringList { QStringLiteral("export-ics"), QStringLiteral("-o"),
                             m_config.filePath(QStringLiteral("x.ics")) } }) {
            r = cli(QStringList { QStringLiteral("--clock-pin"), later } + command);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const qsizetype at = r.err.indexOf("answering from the cache (");
            QVERIFY2(at >= 0, r.err.constData());
            ages.insert(r.err.mid(at, r.err.indexOf(')', at) - at + 1));
        }
        QCOMPARE(ages.size(), 1);
    }

    // export-ics answers from the cache with the server gone: every cached session the
    // account teaches or owns, as libical reads the file back.
    void exportsTheCachedSessionsOffline()
    {
        QVERIFY(!m_server.isRunning());
        const RunResult list = cli({ QStringLiteral("sessions"), QStringLiteral("--all") });
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QSet<QString> live, all, mine;
        QString firstDay;
        for (const QJsonValue &value : list.json().value(QLatin1String("sessions")).toArray()) {
            const QJsonObject s = value.toObject();
            if (s.value(u"viewer_role").toString() == u"student")
                continue;
            const QString uid = s.value(u"id").toString() + QStringLiteral("@127.0.0.1");
            all.insert(uid);
            if (s.value(u"status").toString() != u"cancelled") {
                live.insert(uid);
                if (s.value(u"teacher_id").toString() == u"usr_maya")
                    mine.insert(uid);
            }
        }
        QVERIFY(live.size() > 20 && all.size() > live.size() && !mine.isEmpty() && mine.size() < live.size());

        const auto exported = [this](const QStringList &options, const QString &name) {
            const QString path = m_files.filePath(name);
            const RunResult r
                = cli(QStringList { QStringLiteral("export-ics"), QStringLiteral("-o"), path } + options);
            QSet<QString> uids;
            if (r.exitCode != 0) {
                qWarning().noquote() << r.err;
                return uids;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return uids;
            icalcomponent *calendar = icalparser_parse_string(file.readAll().constData());
            icalrestriction_check(calendar);
            if (icalcomponent_count_errors(calendar) == 0) {
                for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
                     e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
                    uids.insert(QString::fromUtf8(icalcomponent_get_uid(e)));
            }
            icalcomponent_free(calendar);
            if (r.json().value(QLatin1String("count")).toInt() != uids.size())
                uids.insert(QStringLiteral("count mismatch"));
            return uids;
        };
        QCOMPARE(exported({}, QStringLiteral("live.ics")), live);
        QCOMPARE(exported({ QStringLiteral("--include-cancelled") }, QStringLiteral("all.ics")), all);
        QCOMPARE(exported({ QStringLiteral("--only-mine") }, QStringLiteral("mine.ics")), mine);
        const QSet<QString> day = exported({ QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2000-01-02") },
                                           QStringLiteral("none.ics"));
        QVERIFY(day.isEmpty());

        const RunResult toStdout
            = cli({ QStringLiteral("export-ics"), QStringLiteral("-o"), QStringLiteral("-") });
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(toStdout.out.endsWith("END:VCALENDAR\r\n"));
        const RunResult backwards
            = cli({ QStringLiteral("export-ics"), QStringLiteral("--from"), QStringLiteral("2026-12-02"),
                    QStringLiteral("--to"), QStringLiteral("2026-12-01") });
        QCOMPARE(backwards.exitCode, 2);
        const RunResult unwritable = cli({ QStringLiteral("export-ics"), QStringLiteral("-o"),
                                           m_files.filePath(QStringLiteral("no/such/dir/x.ics")) });
        QVERIFY(unwritable.exitCode != 0);
        QVERIFY(unwritable.err.contains("Cannot write") || unwritable.out.contains("Cannot write"));
    }

    void editsQueueOfflineAndLandLater()
    {
        QVERIFY(!m_server.isRunning());
        const QString file
            = writeSchedule(editedSchedule(QStringLiteral("Offline edit")), QStringLiteral("offline"));
        RunResult r = cli({ QStringLiteral("availability"), QStringLiteral("set"), file });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("queued")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("sent")).toBool(), false);

        r = cli({ QStringLiteral("availability"), QStringLiteral("show") });
        QCOMPARE(r.json().value(QLatin1String("pending")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("schedule")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Offline edit"));
        r = cli({ QStringLiteral("outbox") });
        QCOMPARE(r.json().value(QLatin1String("edits")).toArray().size(), 1);

        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        r = cli({ QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        auto http = otherDevice();
        const QJsonObject server = serverSchedule(*http);
        QCOMPARE(server.value(QLatin1String("name")).toString(), QStringLiteral("Offline edit"));
        QCOMPARE(server.value(QLatin1String("version")).toInt(),
                 m_lastSchedule.value(QLatin1String("version")).toInt() + 1);
        m_lastSchedule = server;
    }

    void conflictingEditIsKeptAndReported()
    {
        // Offline, the teacher edits; meanwhile the web app changes the schedule too.
        QVERIFY(m_server.stop());
        const QString mine = writeSchedule(editedSchedule(QStringLiteral("Mine")), QStringLiteral("mine"));
        RunResult r = cli({ QStringLiteral("availability"), QStringLiteral("set"), mine });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        auto http = otherDevice();
        const int version = m_lastSchedule.value(QLatin1String("version")).toInt();
        const TestReply theirs
            = http->put(QStringLiteral("/api/availability"), editedSchedule(QStringLiteral("Theirs")),
                        { { "If-Match", '"' + QByteArray::number(version) + '"' } });
        QCOMPARE(theirs.status, 200);

        r = cli({ QStringLiteral("sync") });
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QLatin1String("conflicts")).toInt(), 1);
        r = cli({ QStringLiteral("outbox") });
        QCOMPARE(r.exitCode, 5);
        const QJsonObject edit = r.json().value(QLatin1String("edits")).toArray().first().toObject();
        QCOMPARE(edit.value(QLatin1String("state")).toString(), QStringLiteral("conflict"));
        QCOMPARE(edit.value(QLatin1String("body")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Mine"));
        QCOMPARE(edit.value(QLatin1String("server_body")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(serverSchedule(*http).value(QLatin1String("name")).toString(), QStringLiteral("Theirs"));

        // One rule for the GUI and the CLI: the conflicted edit is the teacher's latest intent and
        // stays what she sees until she resolves it (the server's copy is theirs).
        r = cli({ QStringLiteral("availability"), QStringLiteral("show") });
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QLatin1String("schedule")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Mine"));
        QCOMPARE(r.json().value(QLatin1String("conflicts")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        const WorkingSchedule gui = guiWorkingSchedule();
        QVERIFY(gui.known);
        QCOMPARE(gui.schedule.name, QStringLiteral("Mine"));
        QCOMPARE(gui.serverSchedule.name, QStringLiteral("Theirs"));
        QCOMPARE(gui.conflicts.size(), 1);
        QCOMPARE(QJsonValue(gui.json), r.json().value(QLatin1String("schedule")));

        // The person decides: keep mine. It lands on top of theirs.
        r = cli({ QStringLiteral("outbox"), QStringLiteral("keep-mine"),
                  QString::number(edit.value(QLatin1String("seq")).toInteger()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject server = serverSchedule(*http);
        QCOMPARE(server.value(QLatin1String("name")).toString(), QStringLiteral("Mine"));
        QCOMPARE(server.value(QLatin1String("version")).toInt(), version + 2);
        m_lastSchedule = server;
    }

    void damagedCacheIsRebuiltAndTheOutboxKept()
    {
        // A pending edit, then garbage over the cache file.
        QVERIFY(m_server.stop());
        const QString file
            = writeSchedule(editedSchedule(QStringLiteral("After the crash")), QStringLiteral("after"));
        RunResult r = cli({ QStringLiteral("availability"), QStringLiteral("set"), file });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QDirIterator caches(QDir(m_profile.path()).filePath(QStringLiteral("cache")),
                            { QStringLiteral("*.sqlite") });
        QVERIFY(caches.hasNext());
        const QString cachePath = caches.next();
        {
            QFile cache(cachePath);
            QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cache.write(QByteArray(64 * 1024, '\x5a'));
        }
        QFile::remove(cachePath + QStringLiteral("-wal"));
        QFile::remove(cachePath + QStringLiteral("-shm"));

        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        r = cli({ QStringLiteral("sync"), QStringLiteral("--verify") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("sessions")).toInt(), m_sessionCount);
        QVERIFY(r.json().value(QLatin1String("cache_ok")).toBool());
        QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        auto http = otherDevice();
        QCOMPARE(serverSchedule(*http).value(QLatin1String("name")).toString(),
                 QStringLiteral("After the crash"));
    }

    // A cancel made on a train waits in the outbox, lands once when the server is back, and is
    // not sent again by later syncs: one version step, one email per student.
    void cancelMadeOfflineLandsOnce()
    {
        if (!m_server.isRunning())
            QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        RunResult r = cli({ QStringLiteral("sessions"), QStringLiteral("--all") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject target;
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3600);
        for (const QJsonValue &value : r.json().value(QLatin1String("sessions")).toArray()) {
            const QJsonObject s = value.toObject();
            if (s.value(u"teacher_id").toString() == u"usr_maya"
                && s.value(u"status").toString() == u"scheduled" && s.value(u"booked_seats").toInt() > 0
                && instant::parse(s.value(u"start").toString()) > soon)
                target = s;
        }
        QVERIFY(!target.isEmpty());
        const QString id = target.value(u"id").toString();
        const QString reason = QStringLiteral("Offline cancel %1").arg(id);

        QVERIFY(m_server.stop());
        r = cli({ QStringLiteral("session"), QStringLiteral("cancel"), id, QStringLiteral("--reason"), reason,
                  QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"queued").toBool(), true);
        QCOMPARE(r.json().value(u"sent").toBool(), false);
        r = cli({ QStringLiteral("outbox") });
        const QJsonArray edits = r.json().value(u"edits").toArray();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().toObject().value(u"kind").toString(), QStringLiteral("session_cancel"));
        // Refused at once, without the server: no reason, not ours to name.
        QCOMPARE(cli({ QStringLiteral("session"), QStringLiteral("cancel"), id, QStringLiteral("--yes") })
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("session"), QStringLiteral("cancel"), QStringLiteral("ses_nope"),
                       QStringLiteral("--reason"), reason, QStringLiteral("--yes") })
                     .exitCode,
                 2);

        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        for (int round = 0; round < 2; ++round) { // the second sync must not send it again
            r = cli({ QStringLiteral("sync") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        }
        auto http = otherDevice();
        const QJsonObject detail = http->get(QStringLiteral("/api/sessions/") + id).json;
        QCOMPARE(detail.value(u"status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(detail.value(u"cancel_reason").toString(), reason);
        QCOMPARE(detail.value(u"version").toInt(), target.value(u"version").toInt() + 1);
        r = cli({ QStringLiteral("sessions"), QStringLiteral("--all"), QStringLiteral("--status"),
                  QStringLiteral("cancelled") });
        bool cached = false;
        for (const QJsonValue &value : r.json().value(QLatin1String("sessions")).toArray())
            cached = cached || value.toObject().value(u"id").toString() == id;
        QVERIFY(cached);
        int emails = 0;
        for (int i = 0; i < 100 && emails < target.value(u"booked_seats").toInt(); ++i, QTest::qWait(50)) {
            emails = 0;
            for (const QJsonValue &v : TestHttp(m_server.baseUrl())
                                           .get(QStringLiteral("/sandbox/resend/test/emails"))
                                           .json.value(u"data")
                                           .toArray())
                emails += v.toObject().value(u"text").toString().contains(reason) ? 1 : 0;
        }
        QCOMPARE(emails, target.value(u"booked_seats").toInt());
        // The platform refunded the payments (the demo's are known to the Stripe sandbox) and the
        // refunds came back as charge.refunded, which reversed every split of the session.
        bool reversed = false;
        for (int i = 0; i < 200 && !reversed; ++i, QTest::qWait(50)) {
            int splits = 0, done = 0;
            for (const QJsonValue &v :
                 http->get(QStringLiteral("/api/earnings/splits?limit=500")).json.value(u"items").toArray()) {
                if (v.toObject().value(u"session_id").toString() != id)
                    continue;
                ++splits;
                done += v.toObject().value(u"status").toString() == u"reversed" ? 1 : 0;
            }
            reversed = splits > 0 && done == splits;
        }
        QVERIFY2(reversed, "the cancelled session's splits were not reversed");
    }

    // session move asks the students (a proposal): online only, a free slot only, one at a time.
    void sessionMoveProposesANewTime()
    {
        if (!m_server.isRunning())
            QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        RunResult r = cli({ QStringLiteral("sessions"), QStringLiteral("--all") });
        QJsonObject target;
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(3);
        for (const QJsonValue &value : r.json().value(QLatin1String("sessions")).toArray()) {
            const QJsonObject s = value.toObject();
            if (s.value(u"teacher_id").toString() == u"usr_maya"
                && s.value(u"status").toString() == u"scheduled" && s.value(u"booked_seats").toInt() > 0
                && instant::parse(s.value(u"start").toString()) > later)
                target = s;
        }
        QVERIFY(!target.isEmpty());
        const QString id = target.value(u"id").toString();
        const QDate day = instant::parse(target.value(u"start").toString()).date();
        auto http = otherDevice();
        const TestReply offered
            = http->get(QStringLiteral("/api/slots?teacher_id=usr_maya&offering_id=%1&from=%2&to=%3")
                            .arg(target.value(u"offering_id").toString(),
                                 day.addDays(1).toString(Qt::ISODate), day.addDays(5).toString(Qt::ISODate)));
        const QJsonArray free = offered.json.value(u"slots").toArray();
        QVERIFY(!free.isEmpty());
        const QString start = free.first().toObject().value(u"start").toString();

        QCOMPARE(cli({ QStringLiteral("session"), QStringLiteral("move"), id, QStringLiteral("--start"),
                       QStringLiteral("soon") })
                     .exitCode,
                 2);
        r = cli({ QStringLiteral("session"), QStringLiteral("move"), id, QStringLiteral("--start"), start });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"state").toString(), QStringLiteral("proposed"));
        QCOMPARE(r.json().value(u"start").toString(), start);
        r = cli({ QStringLiteral("session"), QStringLiteral("move"), id, QStringLiteral("--start"), start });
        QCOMPARE(r.exitCode, 5); // one open proposal at a time
        QVERIFY(m_server.stop());
        QCOMPARE(
            cli({ QStringLiteral("session"), QStringLiteral("move"), id, QStringLiteral("--start"), start })
                .exitCode,
            4);
        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
    }

    // The course feed from a terminal: read online and offline (the posts last read), an
    // announcement written offline that waits in the outbox and lands once, a post the feed
    // refuses kept as failed, and nobody's text able to send escape codes to the terminal.
    void feedPostMadeOfflineLandsOnce()
    {
        if (!m_server.isRunning())
            QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        const QStringList python { QStringLiteral("feed"), QStringLiteral("--course"),
                                   QStringLiteral("crs_python") };
        RunResult r = cli({ QStringLiteral("feed"), QStringLiteral("list") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"feeds").toArray().size(), 4);
        r = cli(python);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray online = r.json().value(u"activities").toArray();
        QVERIFY(online.size() >= 3);

        QVERIFY(m_server.stop());
        r = cli(python);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"activities").toArray(), online);
        QVERIFY(r.err.contains("Offline"));
        const QString text = QStringLiteral("Offline announcement \x1b[31mred\x1b[0m for %1")
                                 .arg(QDateTime::currentMSecsSinceEpoch());
        r = cli(python + QStringList { QStringLiteral("post"), QStringLiteral("--announce"), text });
        // `feed post` takes the words after "post"; the options may come anywhere.
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"queued").toBool(), true);
        QCOMPARE(r.json().value(u"sent").toBool(), false);
        r = cli({ QStringLiteral("outbox") });
        QCOMPARE(r.json().value(u"edits").toArray().last().toObject().value(u"kind").toString(),
                 QStringLiteral("feed_post"));
        QCOMPARE(cli({ QStringLiteral("feed"), QStringLiteral("post"), QStringLiteral("  ") }).exitCode, 2);

        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        for (int round = 0; round < 2; ++round) { // the second sync must not post it again
            r = cli({ QStringLiteral("sync") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QLatin1String("pending_edits")).toInt(), 0);
        }
        r = cli(python);
        int copies = 0;
        for (const QJsonValue &value : r.json().value(u"activities").toArray()) {
            if (value.toObject().value(u"text").toString() == text) {
                ++copies;
                QVERIFY(value.toObject().value(u"announcement").toBool());
                QCOMPARE(value.toObject().value(u"actor_id").toString(), QStringLiteral("usr_maya"));
            }
        }
        QCOMPARE(copies, 1);
        // Printed for a person: the escape character is replaced, never sent to the terminal.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        const RunResult plain
            = runCli({ QStringLiteral("--profile"), m_profile.path(), QStringLiteral("feed"),
                       QStringLiteral("--course"), QStringLiteral("crs_python") },
                     {}, env);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("[announcement]"));
        QVERIFY(!plain.out.contains('\x1b'));
        QVERIFY(plain.out.contains("[31mred"));

        // The community takes no announcements: the feed refuses it, the edit stays as failed.
        r = cli({ QStringLiteral("feed"), QStringLiteral("post"), QStringLiteral("--announce"),
                  QStringLiteral("Hear ye") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"failed").toBool(), true);
        r = cli({ QStringLiteral("outbox") });
        const QJsonObject failed = r.json().value(u"edits").toArray().last().toObject();
        QCOMPARE(failed.value(u"state").toString(), QStringLiteral("failed"));
        r = cli({ QStringLiteral("outbox"), QStringLiteral("discard"),
                  QString::number(failed.value(QLatin1String("seq")).toInteger()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void noTokenInAnyFile()
    {
        KeychainSecretStore store(QStringLiteral("Companion"));
        QString token;
        bool done = false;
        store.read(Profile(m_profile.path()).secretKey(m_server.baseUrl()), [&](const SecretResult &r) {
            token = r.value;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!token.isEmpty());
        for (const QString &root : { m_profile.path(), m_config.path() }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }

private:
    ServerProcess m_server;
    quint16 m_port = 0;
    QTemporaryDir m_profile, m_config, m_files;
    QJsonObject m_lastSchedule;
    int m_sessionCount = 0;
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
