// Delivery and crash tests: 10 000 generated events of a realistic history.
//  - reference: delivered once each, in order, one at a time;
//  - shuffled: 30 % delivered twice, all shuffled, six in flight;
//  - crash: the shuffled deliveries again while the server is SIGKILLed at random points
//    and restarted on the same data directory; the sender retries whatever was not
//    acknowledged.
//  - killed between record and apply: every event acknowledged while a test hook holds the
//    inbox, then SIGKILL and a restart that applies them.
// The webhook-owned part of the final database must be identical in all of them, and
// PRAGMA integrity_check must say ok after the crashes.
#include "../server/ServerProcess.h"
#include "DatabaseSnapshot.h"
#include "EventHistory.h"
#include "WebhookDeliverer.h"

#include <QtTest>

#include <algorithm>

using namespace companion::test;

namespace {

constexpr int kEvents = 10000;
constexpr quint32 kSeed = 20260426;

QStringList dump(const QString &dataDir)
{
    DatabaseSnapshot db(dataDir);
    QStringList out;
    const auto add = [&](const char *name, const QString &sql) {
        for (const QString &row : db.rows(sql))
            out << QLatin1String(name) + QLatin1Char(' ') + row;
    };
    add("session",
        QStringLiteral(
            "SELECT id, offering_id, teacher_id, starts_at, ends_at, status, plugnmeet_room_id, "
            "plugnmeet_room_sid, recording_status, substr(recording_url, instr(recording_url, "
            "'/download/')), "
            "room_finished_at, deleted FROM sessions WHERE id IN (SELECT session_id FROM enrollments WHERE "
            "id LIKE 'enr_cs_h%')"));
    add("enrollment", QStringLiteral("SELECT * FROM enrollments WHERE id LIKE 'enr_cs_h%'"));
    add("transaction",
        QStringLiteral("SELECT id, enrollment_id, student_id, amount_cents, currency, "
                       "stripe_checkout_session_id, stripe_payment_intent_id, status, created_at, "
                       "refunded_cents FROM transactions WHERE id LIKE 'txn_cs_h%'"));
    add("split",
        QStringLiteral(
            "SELECT id, enrollment_id, transaction_id, recipient_id, recipient_type, amount_cents, "
            "currency, stripe_transfer_id, status, created_at, paid_at, session_id, course_id, "
            "amount_reversed_cents FROM payment_splits WHERE id LIKE 'spl_cs_h%'"));
    add("attendance", QStringLiteral("SELECT * FROM session_attendance WHERE id LIKE 'att_PA_h%'"));
    add("checkout", QStringLiteral("SELECT * FROM checkouts"));
    add("charge", QStringLiteral("SELECT * FROM stripe_charges"));
    add("transfer", QStringLiteral("SELECT * FROM stripe_transfers"));
    add("payout", QStringLiteral("SELECT * FROM stripe_payouts"));
    add("account", QStringLiteral("SELECT * FROM stripe_accounts"));
    add("user",
        QStringLiteral("SELECT id, email_status, email_status_at, stripe_account_id, stripe_account_status, "
                       "stripe_payouts_enabled, stripe_requirements_due FROM users"));
    add("event", QStringLiteral("SELECT id, provider, type, status FROM webhook_events"));
    return out;
}

QString firstDifferences(const QStringList &want, const QStringList &got)
{
    QStringList lines;
    const QSet<QString> a(want.begin(), want.end()), b(got.begin(), got.end());
    for (const QString &row : want)
        if (!b.contains(row) && lines.size() < 8)
            lines << QStringLiteral("- ") + row;
    for (const QString &row : got)
        if (!a.contains(row) && lines.size() < 16)
            lines << QStringLiteral("+ ") + row;
    return lines.join(QLatin1Char('\n'));
}

// Events are applied after they are acknowledged: wait (up to 60 s) until the inbox of the
// running server has none left to apply.
bool drained(const ServerProcess &server)
{
    for (int i = 0; i < 1200; ++i) {
        if (DatabaseSnapshot(server.dataDir())
                .scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE status = 'received'"))
            == 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT

private:
    QList<WebhookDelivery> m_history;
    QList<WebhookDelivery> m_shuffled;
    QStringList m_reference;
    const QStringList m_args { QStringLiteral("--demo"), QStringLiteral("--no-provider-calls") };

private slots:
    void initTestCase()
    {
        m_history = EventHistory::generate(kEvents, kSeed);
        QCOMPARE(m_history.size(), kEvents);
        QRandomGenerator rng(kSeed + 1);
        int twice = 0;
        for (const WebhookDelivery &d : m_history) {
            m_shuffled.append(d);
            if (rng.bounded(100) < 30) {
                m_shuffled.append(d);
                ++twice;
            }
        }
        std::shuffle(m_shuffled.begin(), m_shuffled.end(), rng);
        QHash<QString, int> kinds;
        for (const WebhookDelivery &d : m_history)
            ++kinds[d.endpoint];
        qInfo("%d events (stripe %d, stripe-connect %d, plugnmeet %d, resend %d), %d delivered twice, %lld "
              "deliveries",
              kEvents, kinds.value(QStringLiteral("stripe")), kinds.value(QStringLiteral("stripe-connect")),
              kinds.value(QStringLiteral("plugnmeet")), kinds.value(QStringLiteral("resend")), twice,
              qint64(m_shuffled.size()));
    }

    void inOrderReference()
    {
        ServerProcess server;
        QVERIFY2(server.start(m_args), qPrintable(server.errorString()));
        WebhookDeliverer deliverer;
        deliverer.deliver(
            m_history, [&] { return server.baseUrl(); }, 1);
        QCOMPARE(deliverer.rejected(), 0);
        QVERIFY(drained(server));
        QVERIFY(server.stop());
        m_reference = dump(server.dataDir());
        DatabaseSnapshot db(server.dataDir());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_events")), qint64(kEvents));
        // The history really did things: bookings, completed sessions, paid and reversed splits.
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE id LIKE 'txn_cs_h%'"))
                > 500);
        QVERIFY(db.scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM payment_splits WHERE status = 'paid' AND id LIKE 'spl_cs_h%'"))
                > 100);
        QVERIFY(db.scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM payment_splits WHERE status = 'reversed' AND id LIKE 'spl_cs_h%'"))
                > 10);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE status = 'no_show'")) > 10);
        qInfo("reference: %lld rows; splits by status: %s", qint64(m_reference.size()),
              qPrintable(db.rows(QStringLiteral(
                                     "SELECT status, COUNT(*) FROM payment_splits WHERE id LIKE 'spl_cs_h%' "
                                     "GROUP BY status"))
                             .join(QLatin1Char(' '))));
    }

    void shuffledWithDuplicates()
    {
        QVERIFY(!m_reference.isEmpty());
        ServerProcess server;
        QVERIFY2(server.start(m_args), qPrintable(server.errorString()));
        WebhookDeliverer deliverer;
        deliverer.deliver(
            m_shuffled, [&] { return server.baseUrl(); }, 6);
        QCOMPARE(deliverer.rejected(), 0);
        QVERIFY(drained(server));
        QVERIFY(server.stop());
        const QStringList state = dump(server.dataDir());
        QVERIFY2(state == m_reference, qPrintable(firstDifferences(m_reference, state)));
    }

    // Every event recorded and acknowledged, none applied yet (a test hook holds them), then
    // SIGKILL: the restarted server applies each exactly once, to the reference state.
    void killedBetweenRecordAndApply()
    {
        QVERIFY(!m_reference.isEmpty());
        ServerProcess server;
        qputenv("COMPANION_TEST_WEBHOOK_APPLY", "pause");
        const bool started = server.start(m_args + QStringList { QStringLiteral("--enable-test-hooks") });
        qunsetenv("COMPANION_TEST_WEBHOOK_APPLY");
        QVERIFY2(started, qPrintable(server.errorString()));
        WebhookDeliverer deliverer;
        deliverer.deliver(
            m_shuffled, [&] { return server.baseUrl(); }, 6);
        QCOMPARE(deliverer.rejected(), 0);
        {
            DatabaseSnapshot db(server.dataDir());
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE status = 'received'")),
                qint64(kEvents));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE id LIKE 'txn_cs_h%'")),
                     qint64(0));
        }
        server.kill(); // SIGKILL: recorded, acknowledged, not applied
        QVERIFY2(server.start(m_args), qPrintable(server.errorString()));
        QVERIFY(drained(server));
        QVERIFY(server.stop());
        DatabaseSnapshot db(server.dataDir());
        QCOMPARE(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const QStringList state = dump(server.dataDir());
        QVERIFY2(state == m_reference, qPrintable(firstDifferences(m_reference, state)));
    }

    void crashesWhileIngesting()
    {
        QVERIFY(!m_reference.isEmpty());
        ServerProcess server;
        QVERIFY2(server.start(m_args), qPrintable(server.errorString()));
        QRandomGenerator rng(kSeed + 2);
        QList<int> killAt;
        for (int i = 0; i < 8; ++i)
            killAt.append(500 + rng.bounded(m_shuffled.size() - 1000));
        std::sort(killAt.begin(), killAt.end());
        int kills = 0;
        WebhookDeliverer deliverer;
        deliverer.deliver(
            m_shuffled, [&] { return server.baseUrl(); }, 6,
            [&](int acked) {
                if (kills < killAt.size() && acked >= killAt.at(kills)) {
                    ++kills;
                    server.kill(); // SIGKILL with deliveries in flight
                    QVERIFY2(server.start(m_args), qPrintable(server.errorString()));
                }
            });
        QCOMPARE(kills, killAt.size());
        QVERIFY(deliverer.retries() > 0); // the kills did cut deliveries off
        QCOMPARE(deliverer.rejected(), 0);
        qInfo("%d SIGKILLs, %d retried deliveries", kills, deliverer.retries());
        QVERIFY(drained(server));
        QVERIFY(server.stop());
        DatabaseSnapshot db(server.dataDir());
        QCOMPARE(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const QStringList state = dump(server.dataDir());
        QVERIFY2(state == m_reference, qPrintable(firstDifferences(m_reference, state)));
    }
};

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhook_delivery.moc"
