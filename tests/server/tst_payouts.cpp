// Payouts as Stripe Express shows them, over real HTTP against the demo platform and its
// Stripe sandbox: the balance (what was transferred and not paid out), the schedule, the bank
// account and the next payout; then Stripe pays out (payout.paid to the Connect endpoint) and
// the payout appears in the history with exactly the splits it paid, the balance drops to
// zero and every such split says which payout paid it. A restricted account shows no next
// payout; an account-less user empty lists.
#include "ServerProcess.h"
#include "TestHttp.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace companion::test;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Every split the user sees, by id (all delta pages).
QHash<QString, QJsonObject> splitsOf(TestHttp &http)
{
    QHash<QString, QJsonObject> all;
    QString cursor;
    for (int guard = 0; guard < 100; ++guard) {
        const TestReply page
            = http.get(QStringLiteral("/api/earnings/splits?limit=500")
                       + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        for (const QJsonValue &item : page.json.value(u"items").toArray())
            all.insert(field(item.toObject(), "id"), item.toObject());
        cursor = field(page.json, "next_cursor");
        if (page.status != 200 || !page.json.value(u"has_more").toBool())
            break;
    }
    return all;
}

} // namespace

class TestPayouts : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0") }),
            qPrintable(m_server.errorString()));
    }

    void balanceThenPayoutWithItsSplits()
    {
        auto jonas = signedIn(m_server.baseUrl(), QStringLiteral("st1@demo.test"));
        QSet<QString> transferred;
        qint64 waiting = 0;
        for (const QJsonObject &s : splitsOf(*jonas)) {
            if (field(s, "status") == u"transferred") {
                transferred.insert(field(s, "id"));
                waiting += s.value(u"amount_cents").toInteger();
            }
        }
        QVERIFY2(!transferred.isEmpty(), "the demo S-T has money in his Stripe balance");

        TestReply balance = jonas->get(QStringLiteral("/api/payments/connect/balance"));
        QCOMPARE(balance.status, 200);
        QVERIFY(balance.json.value(u"payouts_enabled").toBool());
        QCOMPARE(
            balance.json.value(u"available").toArray().at(0).toObject().value(u"amount_cents").toInteger(),
            waiting);
        QCOMPARE(field(balance.json.value(u"available").toArray().at(0).toObject(), "currency"),
                 QStringLiteral("EUR"));
        QCOMPARE(field(balance.json.value(u"schedule").toObject(), "interval"), QStringLiteral("daily"));
        QCOMPARE(balance.json.value(u"schedule").toObject().value(u"delay_days").toInt(), 2);
        QCOMPARE(field(balance.json.value(u"bank_account").toObject(), "last4"), QStringLiteral("3000"));
        const QJsonObject next = balance.json.value(u"next_payout").toObject();
        QCOMPARE(next.value(u"amount_cents").toInteger(), waiting);
        QVERIFY(QDate::fromString(field(next, "date"), Qt::ISODate) > QDate::currentDate().addDays(-2));
        // The demo's history: weekly payouts of what was transferred the week before.
        const QJsonArray history
            = jonas->get(QStringLiteral("/api/payments/payouts")).json.value(u"items").toArray();
        QVERIFY(!history.isEmpty());
        qint64 paidOut = 0;
        for (const QJsonObject &s : splitsOf(*jonas)) {
            if (field(s, "status") == u"paid") {
                paidOut += s.value(u"amount_cents").toInteger();
                QVERIFY2(!field(s, "payout_id").isEmpty(), qPrintable(field(s, "id")));
            }
        }
        qint64 historyTotal = 0;
        const QHash<QString, QJsonObject> all = splitsOf(*jonas);
        for (const QJsonValue &p : history) {
            historyTotal += p.toObject().value(u"amount_cents").toInteger();
            // Each payout is exactly the splits it names.
            qint64 named = 0;
            for (const QJsonValue &id : p.toObject().value(u"split_ids").toArray())
                named += all.value(id.toString()).value(u"amount_cents").toInteger();
            QCOMPARE(named, p.toObject().value(u"amount_cents").toInteger());
        }
        QCOMPARE(historyTotal, paidOut);

        // Stripe pays the balance out.
        const QString account
            = field(jonas->get(QStringLiteral("/api/payments/connect/status")).json, "account_id");
        TestHttp stripe(m_server.baseUrl());
        const TestReply payout = stripe.post(QStringLiteral("/sandbox/stripe/test/payouts"),
                                             { { QStringLiteral("account"), account } });
        QCOMPARE(payout.status, 200);
        const QString payoutId = field(payout.json, "id");
        QJsonArray items;
        for (int i = 0; i < 100 && items.size() <= history.size(); ++i, QTest::qWait(50))
            items = jonas->get(QStringLiteral("/api/payments/payouts")).json.value(u"items").toArray();
        QCOMPARE(items.size(), history.size() + 1); // newest first
        const QJsonObject paid = items.at(0).toObject();
        QCOMPARE(field(paid, "id"), payoutId);
        QCOMPARE(field(paid, "status"), QStringLiteral("paid"));
        QCOMPARE(paid.value(u"amount_cents").toInteger(), waiting);
        QSet<QString> paidSplits;
        for (const QJsonValue &id : paid.value(u"split_ids").toArray())
            paidSplits.insert(id.toString());
        QCOMPARE(paidSplits, transferred);

        balance = jonas->get(QStringLiteral("/api/payments/connect/balance"));
        QCOMPARE(
            balance.json.value(u"available").toArray().at(0).toObject().value(u"amount_cents").toInteger(),
            0);
        QVERIFY(balance.json.value(u"next_payout").isNull());
        for (const QJsonObject &s : splitsOf(*jonas)) {
            if (transferred.contains(field(s, "id"))) {
                QCOMPARE(field(s, "status"), QStringLiteral("paid"));
                QCOMPARE(field(s, "payout_id"), payoutId);
            }
        }
        // Nothing left to pay out: Stripe says so.
        QCOMPARE(stripe
                     .post(QStringLiteral("/sandbox/stripe/test/payouts"),
                           { { QStringLiteral("account"), account } })
                     .status,
                 400);
    }

    void restrictedAndAccountless()
    {
        auto priya = signedIn(m_server.baseUrl(), QStringLiteral("st2@demo.test"));
        const TestReply restricted = priya->get(QStringLiteral("/api/payments/connect/balance"));
        QCOMPARE(restricted.status, 200);
        QVERIFY(!restricted.json.value(u"payouts_enabled").toBool());
        QVERIFY(restricted.json.value(u"next_payout").isNull());
        QVERIFY(restricted.json.value(u"bank_account").isNull());
        auto student = signedIn(m_server.baseUrl(), QStringLiteral("student9@demo.test"));
        const TestReply none = student->get(QStringLiteral("/api/payments/connect/balance"));
        QCOMPARE(none.status, 200);
        QVERIFY(none.json.value(u"available").toArray().isEmpty());
        QVERIFY(none.json.value(u"schedule").isNull());
        QVERIFY(
            student->get(QStringLiteral("/api/payments/payouts")).json.value(u"items").toArray().isEmpty());
        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(QStringLiteral("/api/payments/payouts")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
