// AccountReader on real CacheStore/OutboxStore files (no server): the working-schedule rule
// the GUI and the CLI share, the typed reads and the busy sessions the slot engine gets.
#include "services/storage/AccountReader.h"
#include "services/storage/CacheStore.h"
#include "services/storage/OutboxStore.h"
#include "tests/support/WireSession.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;

namespace {

const QString kUser = QStringLiteral("usr_1");

Schedule schedule(const QString &name, int startMinute)
{
    Schedule s;
    s.name = name;
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.weekly = { WeeklyRule { 1, LocalInterval { startMinute, startMinute + 120 } } };
    return s;
}

QJsonObject serverCopy(const Schedule &s, int version)
{
    QJsonObject json = s.toJson();
    json.insert(QStringLiteral("version"), version);
    return json;
}

QJsonObject sessionJson(const QString &id, const QString &teacher, const QString &start)
{
    QJsonObject json = test::wireSession(id, start);
    json.insert(QStringLiteral("teacher_id"), teacher);
    json.insert(QStringLiteral("seats"), 2);
    return json;
}

} // namespace

class TestAccountReader : public QObject
{
    Q_OBJECT

    struct Files
    {
        explicit Files(const QString &dir)
            : cache(QDir(dir).filePath(QStringLiteral("cache.sqlite")))
            , outbox(QDir(dir).filePath(QStringLiteral("outbox.sqlite")))
        { }
        bool open() { return cache.open().isEmpty() && outbox.open().isEmpty(); }
        AccountReader reader() { return AccountReader(Storage::Stores { &cache, &outbox }); }
        CacheStore cache;
        OutboxStore outbox;
    };

private Q_SLOTS:
    void emptyAccountKnowsNothing()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const AccountReader reader = files.reader();
        QVERIFY(!reader.me());
        const WorkingSchedule working = reader.workingSchedule(kUser);
        QVERIFY(!working.known);
        QVERIFY(!working.hasServerCopy);
        QCOMPARE(working.serverVersion, 0);
        QCOMPARE(working.pending, 0);
        QVERIFY(working.conflicts.isEmpty());
        QVERIFY(working.error.isEmpty());
        QVERIFY(reader.offerings().isEmpty());
        QVERIFY(!reader.earnings(QStringLiteral("month")));
        QVERIFY(!reader.syncedAt(QStringLiteral("availability")).isValid());
    }

    void meReadsTheUserAndLendsItsZone()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        User user;
        user.id = kUser;
        user.email = QStringLiteral("maya@demo.test");
        user.name = QStringLiteral("Maya");
        user.roles = { Role::StudentTeacher };
        user.timeZone = QStringLiteral("Asia/Tokyo");
        QVERIFY(files.cache.putDocument(QStringLiteral("me"), user.toJson()));
        const AccountReader reader = files.reader();
        QCOMPARE(reader.me(), user);
        // No server copy yet: an empty schedule in the teacher's own zone.
        QCOMPARE(reader.workingSchedule(kUser).schedule.timeZone, QStringLiteral("Asia/Tokyo"));
        QVERIFY(reader.syncedAt(QStringLiteral("me")).isValid());
    }

    void serverCopyAlone()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const Schedule server = schedule(QStringLiteral("server"), 9 * 60);
        QVERIFY(files.cache.putDocument(QStringLiteral("availability"), serverCopy(server, 7)));
        const WorkingSchedule working = files.reader().workingSchedule(kUser);
        QVERIFY(working.known);
        QCOMPARE(working.serverVersion, 7);
        QCOMPARE(working.schedule, server);
        QCOMPARE(working.serverSchedule, server);
        QCOMPARE(working.json.value(QLatin1String("version")).toInt(), 7);
    }

    // The one rule: the newest Pending or Conflict edit wins; Failed ones never count.
    void newestPendingOrConflictWinsFailedNeverCounts_data()
    {
        QTest::addColumn<QList<int>>("states"); // per edit, oldest first: 0 pending, 1 conflict, 2 failed
        QTest::addColumn<int>("winner"); // index of the winning edit, -1 = the server's copy
        QTest::addColumn<int>("pending");
        QTest::addColumn<int>("conflicts");
        QTest::newRow("no edits") << QList<int> {} << -1 << 0 << 0;
        QTest::newRow("one pending") << QList<int> { 0 } << 0 << 1 << 0;
        QTest::newRow("one conflict") << QList<int> { 1 } << 0 << 0 << 1;
        QTest::newRow("one failed") << QList<int> { 2 } << -1 << 0 << 0;
        QTest::newRow("pending after failed") << QList<int> { 2, 0 } << 1 << 1 << 0;
        QTest::newRow("failed after pending") << QList<int> { 0, 2 } << 0 << 1 << 0;
        QTest::newRow("pending behind a conflict") << QList<int> { 1, 0 } << 1 << 1 << 1;
        QTest::newRow("failed behind a conflict") << QList<int> { 1, 2 } << 0 << 0 << 1;
    }
    void newestPendingOrConflictWinsFailedNeverCounts()
    {
        QFETCH(QList<int>, states);
        QFETCH(int, winner);
        QFETCH(int, pending);
        QFETCH(int, conflicts);
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const Schedule server = schedule(QStringLiteral("server"), 8 * 60);
        QVERIFY(files.cache.putDocument(QStringLiteral("availability"), serverCopy(server, 3)));
        QList<Schedule> mine;
        QList<qint64> seqs;
        for (int i = 0; i < states.size(); ++i) {
            mine.append(schedule(QStringLiteral("edit %1").arg(i), (10 + i) * 60));
            const auto edit = files.outbox.enqueueAvailability(kUser, mine.last().toJson(), 3);
            QVERIFY(edit);
            seqs.append(edit->seq);
        }
        // States are set oldest first, as a replay would (a conflict stops the replay; the
        // edits behind it stay pending, or fail on their own).
        for (int i = 0; i < states.size(); ++i) {
            if (states.at(i) == 1)
                QVERIFY(files.outbox.markConflict(seqs.at(i), serverCopy(server, 4), 4,
                                                  QStringLiteral("changed elsewhere")));
            if (states.at(i) == 2)
                QVERIFY(files.outbox.markFailed(seqs.at(i), QStringLiteral("refused")));
        }
        // Someone else's edits never show.
        QVERIFY(files.outbox.enqueueAvailability(QStringLiteral("usr_2"),
                                                 schedule(QStringLiteral("other"), 60).toJson(), 3));

        const WorkingSchedule working = files.reader().workingSchedule(kUser);
        QVERIFY(working.known);
        QCOMPARE(working.serverSchedule, server);
        QCOMPARE(working.serverVersion, 3);
        QCOMPARE(working.schedule, winner < 0 ? server : mine.at(winner));
        QCOMPARE(working.json.value(QLatin1String("name")).toString(),
                 winner < 0 ? QStringLiteral("server") : mine.at(winner).name);
        QCOMPARE(working.pending, pending);
        QCOMPARE(working.conflicts.size(), conflicts);
        for (const OutboxEdit &edit : working.conflicts)
            QCOMPARE(edit.state, OutboxEdit::State::Conflict);
    }

    void anEditWithoutAServerCopyIsKnown()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const Schedule mine = schedule(QStringLiteral("offline"), 9 * 60);
        QVERIFY(files.outbox.enqueueAvailability(kUser, mine.toJson(), 0));
        const WorkingSchedule working = files.reader().workingSchedule(kUser);
        QVERIFY(working.known);
        QVERIFY(!working.hasServerCopy);
        QCOMPARE(working.schedule, mine);
        QCOMPARE(working.serverVersion, 0);
        QCOMPARE(working.pending, 1);
    }

    void anUnreadableServerCopyIsReported()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        QVERIFY(files.cache.putDocument(QStringLiteral("availability"),
                                        { { QStringLiteral("time_zone"), QStringLiteral("Not/AZone") },
                                          { QStringLiteral("version"), 2 } }));
        const WorkingSchedule working = files.reader().workingSchedule(kUser);
        QVERIFY(!working.known);
        QVERIFY(working.hasServerCopy);
        QVERIFY2(working.error.contains(QLatin1String("could not be read")), qPrintable(working.error));
    }

    void offeringsAndBusySessions()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const QJsonObject offering { { QStringLiteral("id"), QStringLiteral("off_1") },
                                     { QStringLiteral("title"), QStringLiteral("Watercolour") },
                                     { QStringLiteral("duration_minutes"), 60 } };
        QVERIFY(files.cache.putDocument(QStringLiteral("offerings"),
                                        { { QStringLiteral("offerings"), QJsonArray { offering } } }));
        QVERIFY(
            files.cache
                .applySessionPage(QJsonArray { sessionJson(QStringLiteral("ses_1"), kUser,
                                                           QStringLiteral("2026-03-02T09:00:00Z")),
                                               sessionJson(QStringLiteral("ses_2"), QStringLiteral("usr_2"),
                                                           QStringLiteral("2026-03-02T11:00:00Z")) },
                                  QStringLiteral("c1"))
                .ok);
        const AccountReader reader = files.reader();
        QCOMPARE(reader.offerings().size(), 1);
        QCOMPARE(reader.offerings().first().durationMinutes, 60);
        QCOMPARE(reader.offeringJson(QStringLiteral("off_1")), offering);
        QVERIFY(!reader.offeringJson(QStringLiteral("off_2")));
        QCOMPARE(reader.sessions().size(), 2);
        QCOMPARE(reader.sessionCount(), 2);
        const QList<BusySession> busy = reader.busySessions(kUser);
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.first().id, QStringLiteral("ses_1"));
        QCOMPARE(busy.first().seats, std::optional<int>(2));
        QCOMPARE(reader.busySessions(QString()).size(), 2);
    }

    void earningsTypedAndAsTheDocument()
    {
        QTemporaryDir dir;
        Files files(dir.path());
        QVERIFY(files.open());
        const QJsonObject document {
            { QStringLiteral("from"), QStringLiteral("2026-01-01") },
            { QStringLiteral("to"), QStringLiteral("2026-12-31") },
            { QStringLiteral("group_by"), QStringLiteral("month") },
            { QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo") },
            { QStringLiteral("groups"),
              QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("2026-03") },
                                         { QStringLiteral("label"), QStringLiteral("March 2026") },
                                         { QStringLiteral("currency"), QStringLiteral("JPY") },
                                         { QStringLiteral("amount_cents"), 5000 },
                                         { QStringLiteral("count"), 2 } } } },
            { QStringLiteral("totals"),
              QJsonArray { QJsonObject { { QStringLiteral("currency"), QStringLiteral("JPY") },
                                         { QStringLiteral("amount_cents"), 5000 } } } },
        };
        QVERIFY(files.cache.putDocument(AccountReader::earningsKey(QStringLiteral("month")), document));
        const AccountReader reader = files.reader();
        QCOMPARE(reader.earningsDocument(QStringLiteral("month")), document);
        const auto summary = reader.earnings(QStringLiteral("month"));
        QVERIFY(summary);
        QCOMPARE(summary->timeZone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(summary->groups.size(), 1);
        QCOMPARE(summary->groups.first().amountCents, 5000);
        QCOMPARE(summary->groups.first().label, QStringLiteral("March 2026"));
        QCOMPARE(summary->totals.first().currency, QStringLiteral("JPY"));
        QVERIFY(!reader.earnings(QStringLiteral("course")));

        QString error;
        QVERIFY(!EarningsSummary::fromJson({ { QStringLiteral("groups"), 1 } }, &error));
        QCOMPARE(error, QStringLiteral("earnings.groups is not a list"));
    }
};

QTEST_GUILESS_MAIN(TestAccountReader)
#include "tst_account_reader.moc"
