// CacheStore and OutboxStore on real SQLite files: migrations, the newer-version
// guard, damaged files, all-or-nothing pages, and the outbox's chaining and
// conflict rules.
#include "services/storage/CacheStore.h"
#include "services/storage/OutboxStore.h"
#include "tests/support/WireSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace companion;

namespace {

QJsonObject sessionJson(const QString &id, const QString &start,
                        const QString &status = QStringLiteral("scheduled"))
{
    QJsonObject json = test::wireSession(id, start);
    json.insert(QStringLiteral("status"), status);
    return json;
}

void overwriteWithGarbage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage.append(char((i * 7919) % 251));
    file.write(garbage);
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAreAllOrNothing()
    {
        QTemporaryDir dir;
        CacheStore cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(cache.open(), QString());
        QVERIFY(cache
                    .applySessionPage(
                        { sessionJson(QStringLiteral("s1"), QStringLiteral("2026-03-29T00:30:00Z")),
                          sessionJson(QStringLiteral("s2"), QStringLiteral("2026-03-30T08:00:00Z")) },
                        QStringLiteral("c1"))
                    .ok);
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), QStringLiteral("c1"));
        QCOMPARE(cache.sessionCount(), 2);

        // One item with a wrong type rejects the whole page and keeps the cursor.
        QJsonObject bad = sessionJson(QStringLiteral("s3"), QStringLiteral("2026-04-01T08:00:00Z"));
        bad.insert(QStringLiteral("price_cents"), QStringLiteral("45.00"));
        const auto rejected = cache.applySessionPage(
            { sessionJson(QStringLiteral("s4"), QStringLiteral("2026-04-02T08:00:00Z")), bad },
            QStringLiteral("c2"));
        QVERIFY(!rejected.ok);
        QVERIFY2(rejected.error.contains(QLatin1String("price_cents")), qPrintable(rejected.error));
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), QStringLiteral("c1"));
        QCOMPARE(cache.sessionCount(), 2);

        // Updates replace, tombstones delete, both with the cursor.
        QVERIFY(
            cache
                .applySessionPage({ sessionJson(QStringLiteral("s1"), QStringLiteral("2026-03-29T00:30:00Z"),
                                                QStringLiteral("cancelled")),
                                    QJsonObject { { QStringLiteral("id"), QStringLiteral("s2") },
                                                  { QStringLiteral("deleted"), true },
                                                  { QStringLiteral("updated_at"),
                                                    QStringLiteral("2026-04-01T00:00:00Z") } } },
                                  QStringLiteral("c3"))
                .ok);
        const QList<Session> left = cache.sessions();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().status, Session::Status::Cancelled);
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), QStringLiteral("c3"));
        // A page fetched ahead applies only on top of the page it follows.
        const QString stale = QStringLiteral("c1");
        QVERIFY(!cache
                     .applySessionPage(
                         { sessionJson(QStringLiteral("s9"), QStringLiteral("2026-05-01T08:00:00Z")) },
                         QStringLiteral("c9"), &stale)
                     .ok);
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), QStringLiteral("c3"));
        const QString current = QStringLiteral("c3");
        QVERIFY(cache.applySessionPage({}, QStringLiteral("c4"), &current).ok);
        // A page without a cursor is not applied.
        QVERIFY(!cache.applySessionPage({}, QString()).ok);
        QVERIFY(cache.integrityCheck());
    }

    void itemsAreStoredAsReceived()
    {
        QTemporaryDir dir;
        CacheStore cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(cache.open(), QString());
        const QJsonObject a = sessionJson(QStringLiteral("a"), QStringLiteral("2026-10-25T00:30:00Z"));
        const QJsonObject b = sessionJson(QStringLiteral("b"), QStringLiteral("2026-10-26T00:30:00Z"));
        // The server's own text (its spaces, its indentation) is kept byte for byte.
        const QByteArray aText = QJsonDocument(a).toJson(QJsonDocument::Compact).replace(',', ", ");
        QCOMPARE(QJsonDocument::fromJson(aText).object(), a);
        const QByteArray bText = QJsonDocument(b).toJson(QJsonDocument::Indented);
        const QList<QByteArrayView> texts { aText, bText };
        QVERIFY(cache.applySessionPage({ a, b }, QStringLiteral("c1"), nullptr, &texts).ok);
        const auto storedJson = [&dir](const QString &id) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
            db.setDatabaseName(dir.filePath(QStringLiteral("cache.sqlite")));
            QByteArray json;
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT json FROM sessions WHERE id = ?"));
                q.addBindValue(id);
                if (q.exec() && q.next())
                    json = q.value(0).toByteArray();
            }
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("read"));
            return json;
        };
        QCOMPARE(storedJson(QStringLiteral("a")), aText);
        QCOMPARE(storedJson(QStringLiteral("b")), bText);
        QCOMPARE(cache.sessions().size(), 2);
        QCOMPARE(cache.sessions().at(0).json, a);

        // Texts that are not one per item are not used: the parsed item is serialised.
        const QJsonObject c = sessionJson(QStringLiteral("c"), QStringLiteral("2026-10-27T00:30:00Z"));
        const QList<QByteArrayView> one { bText };
        QVERIFY(cache.applySessionPage({ a, c }, QStringLiteral("c2"), nullptr, &one).ok);
        QCOMPARE(storedJson(QStringLiteral("c")), QJsonDocument(c).toJson(QJsonDocument::Compact));
        QCOMPARE(storedJson(QStringLiteral("a")), QJsonDocument(a).toJson(QJsonDocument::Compact));
    }

    void sessionsFilterByInstantRange()
    {
        QTemporaryDir dir;
        CacheStore cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(cache.open(), QString());
        QVERIFY(cache
                    .applySessionPage(
                        { sessionJson(QStringLiteral("a"), QStringLiteral("2026-10-25T00:30:00Z")),
                          sessionJson(QStringLiteral("b"), QStringLiteral("2026-10-25T22:30:00Z")),
                          sessionJson(QStringLiteral("c"), QStringLiteral("2026-10-25T23:30:00Z")) },
                        QStringLiteral("x"))
                    .ok);
        // 25 Oct 2026 in Berlin (the DST change day, 25 hours long): 24 Oct 22:00Z .. 25 Oct 23:00Z.
        const QTimeZone berlin("Europe/Berlin");
        const QList<Session> day = cache.sessions(QDateTime(QDate(2026, 10, 25), QTime(0, 0), berlin),
                                                  QDateTime(QDate(2026, 10, 26), QTime(0, 0), berlin));
        // "b" is 23:30 local (CET, after the change); "c" is already 00:30 on the 26th.
        QCOMPARE(day.size(), 2);
        QCOMPARE(day.at(0).id, QStringLiteral("a"));
        QCOMPARE(day.at(1).id, QStringLiteral("b"));
    }

    void damagedCacheIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CacheStore cache(path);
            QCOMPARE(cache.open(), QString());
            QVERIFY(cache
                        .applySessionPage(
                            { sessionJson(QStringLiteral("s1"), QStringLiteral("2026-03-29T00:30:00Z")) },
                            QStringLiteral("c1"))
                        .ok);
        }
        overwriteWithGarbage(path);
        CacheStore cache(path);
        QCOMPARE(cache.open(), QString());
        QVERIFY(cache.wasRebuilt());
        QVERIFY(QFile::exists(cache.movedAsidePath()));
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), QString()); // a full resync follows
        QCOMPARE(cache.sessionCount(), 0);
        QVERIFY(cache.integrityCheck());
    }

    void newerCacheIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CacheStore cache(path);
            QCOMPARE(cache.open(), QString());
        }
        setUserVersion(path, 99);
        CacheStore cache(path);
        const QString error = cache.open();
        QVERIFY2(error.contains(QLatin1String("newer version of Companion")), qPrintable(error));
        QCOMPARE(userVersion(path), 99);
    }

    void damagedOutboxIsKeptNotDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            OutboxStore outbox(path);
            QCOMPARE(outbox.open(), QString());
            QVERIFY(outbox.enqueueAvailability(
                QStringLiteral("u"), { { QStringLiteral("time_zone"), QStringLiteral("UTC") } }, 3));
        }
        overwriteWithGarbage(path);
        OutboxStore outbox(path);
        QCOMPARE(outbox.open(), QString());
        QVERIFY(!outbox.damagedCopy().isEmpty());
        QVERIFY(QFile::exists(outbox.damagedCopy()));
        QCOMPARE(QFileInfo(outbox.damagedCopy()).size(), qint64(20000)); // kept byte for byte
    }

    // The security review's note: a zero-length outbox.sqlite was read as an empty outbox.
    void anEmptyOutboxFileIsDamagedNotEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            OutboxStore outbox(path);
            QCOMPARE(outbox.open(), QString());
            QVERIFY(outbox.damagedCopy().isEmpty()); // a new outbox is not damaged
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // as a full disk leaves it
        file.close();
        OutboxStore outbox(path);
        QCOMPARE(outbox.open(), QString());
        QVERIFY2(!outbox.damagedCopy().isEmpty(), "an empty file is moved aside and reported");
        QVERIFY(QFile::exists(outbox.damagedCopy()));
    }

    void chainedEditsTakeTheVersionOfTheEditBefore()
    {
        QTemporaryDir dir;
        OutboxStore outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(outbox.open(), QString());
        const QString user = QStringLiteral("usr_1");
        const auto first
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("1") } }, 5);
        const auto second
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("2") } }, 5);
        const auto other = outbox.enqueueAvailability(QStringLiteral("usr_2"),
                                                      { { QStringLiteral("name"), QStringLiteral("x") } }, 1);
        QVERIFY(first && second && other);
        QVERIFY(!first->chained);
        QVERIFY(second->chained);
        QVERIFY(!other->chained); // another account's outbox is separate
        QVERIFY(first->idempotencyKey != second->idempotencyKey);
        QCOMPARE(outbox.pendingCount(user), 2);

        QCOMPARE(outbox.nextPending(user)->seq, first->seq);
        QVERIFY(outbox.markApplied(first->seq, 6));
        QVERIFY(outbox.markApplied(first->seq, 6)); // replay after a crash: harmless
        const auto next = outbox.nextPending(user);
        QCOMPARE(next->seq, second->seq);
        QCOMPARE(next->baseVersion, 6);
        QVERIFY(!next->chained);
        QCOMPARE(next->idempotencyKey, second->idempotencyKey); // the key never changes on replay
    }

    // An edit made within the round trip of the one before (that one applied, the screen not
    // yet told its version) builds on the version our own edits made, not on the stale one
    // the screen knew: it used to come back 412 and show the teacher a conflict with herself.
    // A version someone else made in between still conflicts.
    void anEditWithinTheRoundTripBuildsOnOurOwnVersion()
    {
        QTemporaryDir dir;
        OutboxStore outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(outbox.open(), QString());
        const QString user = QStringLiteral("usr_1");
        const auto named = [](const char *name) {
            return QJsonObject { { QStringLiteral("name"), QLatin1String(name) } };
        };
        const auto first = outbox.enqueueAvailability(user, named("1"), 5);
        QVERIFY(first && !first->chained);
        QVERIFY(outbox.markApplied(first->seq, 6));
        const auto second = outbox.enqueueAvailability(user, named("2"), 5); // the screen still knew 5
        QVERIFY(second && !second->chained);
        QCOMPARE(second->baseVersion, 6);
        QVERIFY(outbox.markApplied(second->seq, 7));
        // Two own versions on: whatever the screen knew of them, the next builds on 7.
        for (int known : { 5, 6, 7 }) {
            const auto edit = outbox.enqueueAvailability(user, named("3"), known);
            QVERIFY(edit);
            QCOMPARE(edit->baseVersion, 7);
            QVERIFY(outbox.markApplied(edit->seq, 7)); // (as if nothing changed: the run stays 5..7)
        }
        // A version older than our run was not ours to skip: kept, so the server says 412.
        const auto stale = outbox.enqueueAvailability(user, named("4"), 4);
        QCOMPARE(stale->baseVersion, 4);
        QVERIFY(outbox.markApplied(stale->seq, 8)); // (say it applied: a new run 4..8)
        // Someone else made 9: an edit on 9 is built on 9, one on 8 (ours) would skip theirs.
        const auto afterTheirs = outbox.enqueueAvailability(user, named("5"), 9);
        QCOMPARE(afterTheirs->baseVersion, 9);
        QVERIFY(outbox.markApplied(afterTheirs->seq, 10)); // a new run: 9..10
        const auto onOurs = outbox.enqueueAvailability(user, named("6"), 8);
        QCOMPARE(onOurs->baseVersion, 8); // 8 is before the run 9..10: theirs (9) is not skipped
        // Another account's run is its own.
        const auto other = outbox.enqueueAvailability(QStringLiteral("usr_2"), named("x"), 9);
        QCOMPARE(other->baseVersion, 9);
    }

    // A session cancel sits in the same ordered outbox but outside the schedule's chain: a
    // schedule edit queued after it is built on the server's version, and applying the cancel
    // hands no version on.
    void sessionCancelsQueueInOrderOutsideTheChain()
    {
        QTemporaryDir dir;
        OutboxStore outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(outbox.open(), QString());
        const QString user = QStringLiteral("usr_1");
        const auto cancel = outbox.enqueueSessionCancel(user, QStringLiteral("ses_1"), QStringLiteral("Ill"),
                                                        QStringLiteral("Sorry"));
        const auto schedule
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("1") } }, 5);
        const auto chained
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("2") } }, 5);
        QVERIFY(cancel && schedule && chained);
        QCOMPARE(cancel->kind, QStringLiteral("session_cancel"));
        QCOMPARE(cancel->body.value(u"session_id").toString(), QStringLiteral("ses_1"));
        QCOMPARE(cancel->body.value(u"reason").toString(), QStringLiteral("Ill"));
        QVERIFY(!cancel->chained);
        QVERIFY(!schedule->chained); // not built on the cancel
        QVERIFY(chained->chained);
        QCOMPARE(outbox.pendingCount(user), 3);
        QCOMPARE(outbox.nextPending(user)->seq, cancel->seq); // in the order they were made

        QVERIFY(outbox.markApplied(cancel->seq, 0));
        auto next = outbox.nextPending(user);
        QCOMPARE(next->seq, schedule->seq);
        QCOMPARE(next->baseVersion, 5); // the cancel's "version" 0 did not reach it
        QVERIFY(outbox.markApplied(schedule->seq, 6));
        next = outbox.nextPending(user);
        QCOMPARE(next->seq, chained->seq);
        QCOMPARE(next->baseVersion, 6);
    }

    void conflictsStopReplayAndResolveBothWays()
    {
        QTemporaryDir dir;
        OutboxStore outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(outbox.open(), QString());
        const QString user = QStringLiteral("usr_1");
        const auto a
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("a") } }, 2);
        const auto b
            = outbox.enqueueAvailability(user, { { QStringLiteral("name"), QStringLiteral("b") } }, 2);
        const QJsonObject server { { QStringLiteral("name"), QStringLiteral("theirs") },
                                   { QStringLiteral("version"), 4 } };
        QVERIFY(outbox.markConflict(a->seq, server, 4, QStringLiteral("changed elsewhere")));
        QVERIFY(!outbox.nextPending(user)); // b is built on a: it waits
        QCOMPARE(outbox.conflictCount(user), 1);

        // Keep mine: a goes again against version 4, with a fresh key.
        QVERIFY(outbox.keepMine(a->seq));
        const auto again = outbox.nextPending(user);
        QCOMPARE(again->seq, a->seq);
        QCOMPARE(again->baseVersion, 4);
        QVERIFY(again->idempotencyKey != a->idempotencyKey);

        // Take theirs on a later conflict: a is dropped, b (built on it) becomes a conflict too.
        QVERIFY(outbox.markConflict(a->seq, server, 4, QStringLiteral("again")));
        QVERIFY(outbox.takeTheirs(a->seq));
        const QList<OutboxEdit> left = outbox.edits(user);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().seq, b->seq);
        QCOMPARE(left.first().state, OutboxEdit::State::Conflict);
        QVERIFY(!outbox.takeTheirs(12345));
        QVERIFY(outbox.integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cache_store.moc"
