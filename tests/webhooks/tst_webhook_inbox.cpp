// The webhook inbox's retries and dead letters: an event whose apply keeps failing (a
// development test hook fails it) is retried with back-off, then "dead"; a later event
// about the same payment waits for it, then applies; `platform-server webhooks` lists the
// dead event and --retry puts it back, after which a healthy server applies it once.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "DatabaseSnapshot.h"
#include "WebhookSigning.h"

#include <QProcess>
#include <QtTest>

using namespace companion::test;

namespace {

QByteArray stripeEvent(const QString &id, const QString &type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("id"), id },
                                       { QStringLiteral("object"), QStringLiteral("event") },
                                       { QStringLiteral("type"), type },
                                       { QStringLiteral("created"), nowSeconds() },
                                       { QStringLiteral("data"),
                                         QJsonObject { { QStringLiteral("object"), object } } } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject checkout()
{
    return { { QStringLiteral("id"), QStringLiteral("cs_inbox_1") },
             { QStringLiteral("object"), QStringLiteral("checkout.session") },
             { QStringLiteral("payment_status"), QStringLiteral("paid") },
             { QStringLiteral("amount_total"), 4500 },
             { QStringLiteral("currency"), QStringLiteral("eur") },
             { QStringLiteral("payment_intent"), QStringLiteral("pi_inbox_1") },
             { QStringLiteral("metadata"),
               QJsonObject { { QStringLiteral("offering_id"), QStringLiteral("off_maya_spanish") },
                             { QStringLiteral("start"), QStringLiteral("2031-04-07T10:00:00Z") },
                             { QStringLiteral("student_id"), QStringLiteral("usr_lena") } } } };
}

} // namespace

class TestWebhookInbox : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    TestReply post(const QByteArray &body)
    {
        TestHttp http(m_server.baseUrl());
        return http.send("POST", QStringLiteral("/api/webhooks/stripe"), body,
                         { { "Stripe-Signature", stripeHeader(body, kStripeSecret, nowSeconds()) } });
    }

    QString status(const QString &key)
    {
        return DatabaseSnapshot(m_server.dataDir())
            .text(QStringLiteral("SELECT status FROM webhook_events WHERE id = '%1'").arg(key));
    }

    bool waitForStatus(const QString &key, const QString &want)
    {
        for (int i = 0; i < 400; ++i) {
            if (status(key) == want)
                return true;
            QTest::qWait(50);
        }
        qWarning().noquote() << key << "is" << status(key) << "not" << want;
        return false;
    }

    // `platform-server webhooks ARGS --data-dir DIR`: exit code and stdout.
    QPair<int, QByteArray> command(const QStringList &args)
    {
        QProcess process;
        process.start(
            ServerProcess::defaultProgram(),
            QStringList { QStringLiteral("webhooks"), QStringLiteral("--data-dir"), m_server.dataDir() }
                + args);
        if (!process.waitForFinished(20000))
            return { -1, {} };
        return { process.exitCode(), process.readAllStandardOutput() };
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPANION_TEST_WEBHOOK_APPLY", "fail:stripe:evt_inbox_failing");
        qputenv("COMPANION_TEST_WEBHOOK_RETRY", "3,200"); // 3 attempts: now, +200 ms, +400 ms
        const bool started = m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                              QStringLiteral("--no-provider-calls") });
        qunsetenv("COMPANION_TEST_WEBHOOK_APPLY");
        qunsetenv("COMPANION_TEST_WEBHOOK_RETRY");
        QVERIFY2(started, qPrintable(m_server.errorString()));
    }

    void failingEventGoesDeadAndHoldsItsObject()
    {
        TestReply r = post(stripeEvent(QStringLiteral("evt_inbox_failing"),
                                       QStringLiteral("checkout.session.completed"), checkout()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
        // A refund of the same payment: it waits while the checkout is being retried.
        r = post(stripeEvent(QStringLiteral("evt_inbox_refund"), QStringLiteral("charge.refunded"),
                             { { QStringLiteral("id"), QStringLiteral("ch_inbox_1") },
                               { QStringLiteral("object"), QStringLiteral("charge") },
                               { QStringLiteral("payment_intent"), QStringLiteral("pi_inbox_1") },
                               { QStringLiteral("amount"), 4500 },
                               { QStringLiteral("amount_refunded"), 4500 },
                               { QStringLiteral("refunded"), true } }));
        QCOMPARE(r.status, 200);
        QVERIFY(waitForStatus(QStringLiteral("stripe:evt_inbox_failing"), QStringLiteral("dead")));
        DatabaseSnapshot db(m_server.dataDir());
        QCOMPARE(db.text(QStringLiteral(
                     "SELECT attempts FROM webhook_events WHERE id = 'stripe:evt_inbox_failing'")),
                 QStringLiteral("3"));
        QVERIFY(!db.text(QStringLiteral("SELECT last_error FROM webhook_events WHERE id = "
                                        "'stripe:evt_inbox_failing'"))
                     .isEmpty());
        // Once the checkout is given up, the refund of its payment goes ahead.
        QVERIFY(waitForStatus(QStringLiteral("stripe:evt_inbox_refund"), QStringLiteral("processed")));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE stripe_checkout_session_id = "
                                     "'cs_inbox_1'")),
            qint64(0));
    }

    void adminCommandListsAndRequeues()
    {
        auto [code, out] = command({ QStringLiteral("--dead"), QStringLiteral("--json") });
        QCOMPARE(code, 0);
        const QJsonArray events
            = QJsonDocument::fromJson(out).object().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("stripe:evt_inbox_failing"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("attempts")).toInt(), 3);
        // Not dead: nothing to requeue.
        QCOMPARE(command({ QStringLiteral("--retry"), QStringLiteral("stripe:evt_inbox_refund") }).first, 1);

        // Without the failing hook, a requeued event applies once.
        QVERIFY(m_server.stop());
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--no-provider-calls") }),
                 qPrintable(m_server.errorString()));
        std::tie(code, out)
            = command({ QStringLiteral("--retry"), QStringLiteral("stripe:evt_inbox_failing") });
        QCOMPARE(code, 0);
        QVERIFY(out.contains("requeued stripe:evt_inbox_failing"));
        QVERIFY(waitForStatus(QStringLiteral("stripe:evt_inbox_failing"), QStringLiteral("processed")));
        QCOMPARE(
            DatabaseSnapshot(m_server.dataDir())
                .scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM transactions WHERE stripe_checkout_session_id = 'cs_inbox_1'")),
            qint64(1));
        std::tie(code, out) = command({});
        QCOMPARE(code, 0);
        QVERIFY(out.contains("no dead events"));
        // Redelivered by Stripe now: a duplicate, applied no second time.
        const TestReply again = post(stripeEvent(QStringLiteral("evt_inbox_failing"),
                                                 QStringLiteral("checkout.session.completed"), checkout()));
        QCOMPARE(again.json.value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestWebhookInbox)
#include "tst_webhook_inbox.moc"
