// The seed's flows end to end through the in-process sandboxes, every step carried by real
// signed webhooks over loopback HTTP:
//  booking: simulated checkout -> enrollment + session + pending splits (+ booking email);
//           join -> attendance; endRoom -> completed, transfers; payout.paid -> paid;
//           partial then full refund -> pro-rata reversals -> reversed.
//  payout setup: expired link -> refresh_url; "Save for later" -> action_required;
//           reused link -> refresh_url; Complete -> enabled; an older account.updated
//           arriving late changes nothing.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "DatabaseSnapshot.h"
#include "WebhookSigning.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::test;

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestWebhookFlows : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    // Polls `sql` (one value) until it equals `want`, for up to 10 s.
    bool waitFor(const QString &sql, const QString &want, QString *last = nullptr)
    {
        QString value;
        for (int i = 0; i < 200; ++i) {
            DatabaseSnapshot db(m_server.dataDir());
            value = db.text(sql);
            if (value == want)
                return true;
            QTest::qWait(50);
        }
        if (last)
            *last = value;
        qWarning().noquote() << "waited for" << sql << "=" << want << "but got" << value;
        return false;
    }

    std::unique_ptr<TestHttp> signIn(const QString &email)
    {
        auto http = std::make_unique<TestHttp>(m_server.baseUrl());
        const TestReply r = http->post(QStringLiteral("/api/auth/login"),
                                       { { QStringLiteral("email"), email },
                                         { QStringLiteral("password"), QStringLiteral("demo1234") } });
        if (r.status == 200)
            http->setBearer(field(r.json, "access_token"));
        return http;
    }

    QJsonObject connectStatus(TestHttp &http)
    {
        return http.get(QStringLiteral("/api/payments/connect/status")).json;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
    }

    void bookingFlow()
    {
        TestHttp sandbox(m_server.baseUrl());
        // A slot that is joinable now (the room opens 10 minutes before the start) and free
        // in Jonas's calendar: try a few starts; a taken one is refunded by the server.
        QString checkoutId, paymentIntent, charge, sessionId;
        const qint64 now = nowSeconds();
        for (const qint64 offset : { 300, 120, -600, -1200, -1800, -2400 }) {
            const QString start
                = QDateTime::fromSecsSinceEpoch(now + offset, QTimeZone::utc()).toString(Qt::ISODate);
            const TestReply r
                = sandbox.post(QStringLiteral("/sandbox/stripe/test/checkout"),
                               { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                                 { QStringLiteral("start"), start },
                                 { QStringLiteral("student_id"), QStringLiteral("usr_lena") } });
            QCOMPARE(r.status, 201);
            const QString cs = field(r.json, "checkout_session");
            QString outcome;
            for (int i = 0; i < 200 && outcome.isEmpty(); ++i, QTest::qWait(50))
                outcome = DatabaseSnapshot(m_server.dataDir())
                              .text(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'").arg(cs));
            if (outcome == u"fulfilled") {
                checkoutId = cs;
                paymentIntent = field(r.json, "payment_intent");
                charge = field(r.json, "charge");
                break;
            }
            QCOMPARE(outcome, QStringLiteral("slot_taken"));
            // The taken slot's money goes back through the adapter: charge.refunded arrives.
            QVERIFY(waitFor(
                QStringLiteral("SELECT amount_refunded_cents FROM stripe_charges WHERE payment_intent = '%1'")
                    .arg(field(r.json, "payment_intent")),
                QStringLiteral("4500")));
        }
        QVERIFY2(!checkoutId.isEmpty(), "no free slot found for the booking");
        {
            DatabaseSnapshot db(m_server.dataDir());
            sessionId = db.text(
                QStringLiteral("SELECT session_id FROM enrollments WHERE id = 'enr_%1'").arg(checkoutId));
            QVERIFY(!sessionId.isEmpty());
            QCOMPARE(
                db.text(
                    QStringLiteral("SELECT student_id FROM enrollments WHERE id = 'enr_%1'").arg(checkoutId)),
                QStringLiteral("usr_lena"));
            QCOMPARE(
                db.rows(
                    QStringLiteral("SELECT recipient_type, amount_cents, status FROM payment_splits WHERE "
                                   "transaction_id = 'txn_%1'")
                        .arg(checkoutId)),
                (QStringList { QStringLiteral("creator|675|pending"), QStringLiteral("platform|675|pending"),
                               QStringLiteral("st|3150|pending") }));
            QCOMPARE(db.text(QStringLiteral("SELECT status FROM sessions WHERE id = '%1'").arg(sessionId)),
                     QStringLiteral("scheduled"));
        }
        // The teacher's app sees the booking and the pending earnings on its next sync.
        auto jonas = signIn(QStringLiteral("st1@demo.test"));
        const TestReply detail = jonas->get(QStringLiteral("/api/sessions/") + sessionId);
        QCOMPARE(detail.status, 200);
        // The booking email to the teacher went out through the Resend adapter.
        QVERIFY(waitFor(
            QStringLiteral("SELECT status FROM provider_jobs WHERE id = 'email_booking_%1'").arg(checkoutId),
            QStringLiteral("done")));
        // A session starting within the hour also gets a reminder to the teacher, once.
        const bool upcoming
            = DatabaseSnapshot(m_server.dataDir())
                  .text(QStringLiteral("SELECT starts_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM "
                                       "sessions WHERE id = '%1'")
                            .arg(sessionId))
            == u"1";
        if (upcoming)
            QVERIFY(waitFor(QStringLiteral("SELECT status FROM provider_jobs WHERE id = 'email_reminder_%1'")
                                .arg(sessionId),
                            QStringLiteral("done")));
        const TestReply emails = sandbox.get(QStringLiteral("/sandbox/resend/test/emails"));
        if (upcoming)
            QVERIFY(emails.body.contains("Your session starts soon"));
        QVERIFY(emails.body.contains("st1@demo.test"));

        // Join: teacher and student get PlugNmeet tokens; the room page's script joins.
        const TestReply join
            = jonas->post(QStringLiteral("/api/video/join"), { { QStringLiteral("session_id"), sessionId } });
        QCOMPARE(join.status, 200);
        const QUrl joinUrl(field(join.json, "join_url"));
        const TestReply page = sandbox.get(joinUrl.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("getUserMedia"));
        QVERIFY(page.body.contains("Leave"));
        QCOMPARE(sandbox.get(QStringLiteral("/sandbox/plugnmeet/?access_token=forged.token.value")).status,
                 401);
        const TestReply jonasIn
            = sandbox.post(QStringLiteral("/sandbox/plugnmeet/api/join"),
                           { { QStringLiteral("access_token"), field(join.json, "token") } });
        QCOMPARE(jonasIn.status, 200);
        // The course's creator joins too (students join from the web app, not Companion).
        auto maya = signIn(QStringLiteral("creator@demo.test"));
        const TestReply lenaJoin
            = maya->post(QStringLiteral("/api/video/join"), { { QStringLiteral("session_id"), sessionId } });
        QCOMPARE(lenaJoin.status, 200);
        const TestReply lenaIn
            = sandbox.post(QStringLiteral("/sandbox/plugnmeet/api/join"),
                           { { QStringLiteral("access_token"), field(lenaJoin.json, "token") } });
        QCOMPARE(lenaIn.status, 200);
        QVERIFY(waitFor(
            QStringLiteral("SELECT COUNT(*) FROM session_attendance WHERE session_id = '%1'").arg(sessionId),
            QStringLiteral("2")));
        // Maya drops out and comes back: two visits, two rows.
        QCOMPARE(sandbox
                     .post(QStringLiteral("/sandbox/plugnmeet/api/leave"),
                           { { QStringLiteral("access_token"), field(lenaJoin.json, "token") },
                             { QStringLiteral("participant_sid"), field(lenaIn.json, "participant_sid") } })
                     .status,
                 200);
        QCOMPARE(sandbox
                     .post(QStringLiteral("/sandbox/plugnmeet/api/join"),
                           { { QStringLiteral("access_token"), field(lenaJoin.json, "token") } })
                     .status,
                 200);
        QVERIFY(waitFor(
            QStringLiteral("SELECT COUNT(*) FROM session_attendance WHERE session_id = '%1' AND user_id = "
                           "'usr_maya'")
                .arg(sessionId),
            QStringLiteral("2")));

        // The teacher ends the room through PlugNmeet's own API (HMAC-signed body).
        const QByteArray endBody = QJsonDocument(QJsonObject { { QStringLiteral("room_id"),
                                                                 QStringLiteral("room_") + sessionId } })
                                       .toJson(QJsonDocument::Compact);
        const QByteArray endSignature
            = QMessageAuthenticationCode::hash(endBody, kPlugNmeetSecret, QCryptographicHash::Sha256).toHex();
        TestReply ended = sandbox.send(
            "POST", QStringLiteral("/sandbox/plugnmeet/auth/room/endRoom"), endBody,
            { { "API-KEY", kPlugNmeetKey }, { "HASH-SIGNATURE", "00" + endSignature.mid(2) } });
        QCOMPARE(ended.status, 401); // a wrong signature is refused, as PlugNmeet does
        ended = sandbox.send("POST", QStringLiteral("/sandbox/plugnmeet/auth/room/endRoom"), endBody,
                             { { "API-KEY", kPlugNmeetKey }, { "HASH-SIGNATURE", endSignature } });
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json.value(QStringLiteral("status")).toBool(), true);
        QVERIFY(waitFor(QStringLiteral("SELECT status FROM sessions WHERE id = '%1'").arg(sessionId),
                        QStringLiteral("completed")));
        QVERIFY(waitFor(
            QStringLiteral(
                "SELECT COUNT(*) FROM session_attendance WHERE session_id = '%1' AND left_at IS NOT NULL "
                "AND duration_seconds >= 0")
                .arg(sessionId),
            QStringLiteral("3")));
        QVERIFY(
            waitFor(QStringLiteral("SELECT recording_status FROM sessions WHERE id = '%1'").arg(sessionId),
                    QStringLiteral("available")));
        const QByteArray fetchBody
            = QJsonDocument(QJsonObject { { QStringLiteral("room_ids"),
                                            QJsonArray { QStringLiteral("room_") + sessionId } } })
                  .toJson(QJsonDocument::Compact);
        const TestReply recordings = sandbox.send(
            "POST", QStringLiteral("/sandbox/plugnmeet/auth/recording/fetch"), fetchBody,
            { { "API-KEY", kPlugNmeetKey },
              { "HASH-SIGNATURE",
                QMessageAuthenticationCode::hash(fetchBody, kPlugNmeetSecret, QCryptographicHash::Sha256)
                    .toHex() } });
        QCOMPARE(recordings.status, 200);
        QCOMPARE(recordings.json.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("recordings_list"))
                     .toArray()
                     .size(),
                 1);

        // Completion released the teacher's and the creator's shares as transfers funded by
        // the charge (source_transaction) in the charge's transfer group.
        QVERIFY(waitFor(
            QStringLiteral("SELECT GROUP_CONCAT(status) FROM (SELECT status FROM payment_splits WHERE "
                           "transaction_id = 'txn_%1' ORDER BY recipient_type)")
                .arg(checkoutId),
            QStringLiteral("transferred,paid,transferred")));
        {
            DatabaseSnapshot db(m_server.dataDir());
            QCOMPARE(
                db.rows(
                    QStringLiteral(
                        "SELECT t.destination, t.amount_cents, t.source_transaction, t.transfer_group FROM "
                        "stripe_transfers t JOIN payment_splits p ON p.id = t.split_id WHERE "
                        "p.transaction_id = 'txn_%1'")
                        .arg(checkoutId)),
                (QStringList {
                    QStringLiteral("acct_sandbox_jonas|3150|%1|group_%2").arg(charge, paymentIntent),
                    QStringLiteral("acct_sandbox_maya|675|%1|group_%2").arg(charge, paymentIntent) }));
        }
        // His Stripe balance holds the new share (with what the demo transferred before).
        const auto available = [&jonas] {
            return jonas->get(QStringLiteral("/api/payments/connect/balance"))
                .json.value(QStringLiteral("available"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("amount_cents"))
                .toInteger();
        };
        const qint64 before = available();
        QVERIFY2(before >= 3150, qPrintable(QString::number(before)));
        // Jonas's bank payout: his split is paid; Maya's waits for hers.
        const TestReply payout
            = sandbox.post(QStringLiteral("/sandbox/stripe/test/payouts"),
                           { { QStringLiteral("account"), QStringLiteral("acct_sandbox_jonas") } });
        QCOMPARE(payout.status, 200);
        QCOMPARE(payout.json.value(QStringLiteral("amount")).toInteger(), before);
        QVERIFY(waitFor(
            QStringLiteral(
                "SELECT status || ':' || (paid_at IS NOT NULL) FROM payment_splits WHERE id = 'spl_%1_st'")
                .arg(checkoutId),
            QStringLiteral("paid:1")));
        QCOMPARE(DatabaseSnapshot(m_server.dataDir())
                     .text(QStringLiteral("SELECT status FROM payment_splits WHERE id = 'spl_%1_creator'")
                               .arg(checkoutId)),
                 QStringLiteral("transferred"));
        // ... and his app's delta sync shows it paid.
        QString cursor;
        QJsonObject synced;
        for (int page = 0; page < 50; ++page) {
            const TestReply r
                = jonas->get(QStringLiteral("/api/earnings/splits?limit=500")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &item : r.json.value(QStringLiteral("items")).toArray()) {
                if (item.toObject().value(QStringLiteral("id")).toString()
                    == QStringLiteral("spl_%1_st").arg(checkoutId))
                    synced = item.toObject();
            }
            cursor = field(r.json, "next_cursor");
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        QCOMPARE(field(synced, "status"), QStringLiteral("paid"));
        // The payouts page's view: the balance went out, and the payout lists the new split.
        QCOMPARE(field(synced, "payout_id"), field(payout.json, "id"));
        QCOMPARE(available(), 0);
        const QJsonObject newest = jonas->get(QStringLiteral("/api/payments/payouts"))
                                       .json.value(QStringLiteral("items"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(field(newest, "id"), field(payout.json, "id"));
        QCOMPARE(newest.value(QStringLiteral("amount_cents")).toInteger(), before);
        QVERIFY(newest.value(QStringLiteral("split_ids"))
                    .toArray()
                    .contains(QStringLiteral("spl_%1_st").arg(checkoutId)));

        // A partial refund (15.00 of 45.00) reverses the transfers pro rata, in integer cents
        // by the same split rule: S-T 1050, creator 225 (platform keeps the 225 remainder share).
        QCOMPARE(sandbox
                     .post(QStringLiteral("/sandbox/stripe/test/refunds"),
                           { { QStringLiteral("payment_intent"), paymentIntent },
                             { QStringLiteral("amount"), 1500 } })
                     .status,
                 200);
        QVERIFY(waitFor(
            QStringLiteral(
                "SELECT GROUP_CONCAT(x) FROM (SELECT p.recipient_type || '=' || t.amount_reversed_cents AS x "
                "FROM stripe_transfers t JOIN payment_splits p ON p.id = t.split_id WHERE "
                "p.transaction_id = 'txn_%1' ORDER BY p.recipient_type)")
                .arg(checkoutId),
            QStringLiteral("creator=225,st=1050")));
        QVERIFY(waitFor(
            QStringLiteral("SELECT status || ':' || refunded_cents FROM transactions WHERE id = 'txn_%1'")
                .arg(checkoutId),
            QStringLiteral("partially_refunded:1500")));
        // The rest: everything reversed.
        QCOMPARE(sandbox
                     .post(QStringLiteral("/sandbox/stripe/test/refunds"),
                           { { QStringLiteral("payment_intent"), paymentIntent } })
                     .status,
                 200);
        QVERIFY(waitFor(
            QStringLiteral("SELECT GROUP_CONCAT(status) FROM (SELECT status FROM payment_splits WHERE "
                           "transaction_id = 'txn_%1' ORDER BY recipient_type)")
                .arg(checkoutId),
            QStringLiteral("reversed,reversed,reversed")));
        QVERIFY(waitFor(
            QStringLiteral(
                "SELECT SUM(amount_reversed_cents) FROM payment_splits WHERE transaction_id = 'txn_%1'")
                .arg(checkoutId),
            QStringLiteral("4500")));
        QCOMPARE(
            DatabaseSnapshot(m_server.dataDir())
                .text(QStringLiteral("SELECT status FROM transactions WHERE id = 'txn_%1'").arg(checkoutId)),
            QStringLiteral("refunded"));
        // Nothing failed or was processed twice along the way.
        DatabaseSnapshot db(m_server.dataDir());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM provider_jobs WHERE status = 'failed'")),
                 qint64(0));
        QCOMPARE(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // A second student books a seat of a group session that exists already: the teacher's
    // next delta sync brings the session again, with two seats taken and both students.
    void secondSeatReachesTheTeacher()
    {
        TestHttp sandbox(m_server.baseUrl());
        auto jonas = signIn(QStringLiteral("st1@demo.test"));
        const QDate from = QDateTime::currentDateTimeUtc().date().addDays(20);
        const TestReply offered = jonas->get(
            QStringLiteral(
                "/api/slots?teacher_id=usr_jonas&offering_id=off_jonas_python&from=%1&to=%2&tz=UTC")
                .arg(from.toString(Qt::ISODate), from.addDays(7).toString(Qt::ISODate)));
        QCOMPARE(offered.status, 200);
        const QJsonArray open = offered.json.value(QStringLiteral("slots")).toArray();
        QVERIFY(!open.isEmpty());
        const QString start = field(open.last().toObject(), "start");
        auto book = [&](const QString &student) {
            const TestReply r
                = sandbox.post(QStringLiteral("/sandbox/stripe/test/checkout"),
                               { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_python") },
                                 { QStringLiteral("start"), start },
                                 { QStringLiteral("student_id"), student } });
            return r.status == 201 ? field(r.json, "checkout_session") : QString();
        };
        const QString first = book(QStringLiteral("usr_aisha"));
        QVERIFY(!first.isEmpty());
        QVERIFY(waitFor(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'").arg(first),
                        QStringLiteral("fulfilled")));
        const QString sessionId
            = DatabaseSnapshot(m_server.dataDir())
                  .text(QStringLiteral("SELECT session_id FROM enrollments WHERE id = 'enr_%1'").arg(first));
        // The teacher syncs to the end...
        QString cursor;
        for (int guard = 0; guard < 100; ++guard) {
            const TestReply page
                = jonas->get(QStringLiteral("/api/sessions?limit=200")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            cursor = field(page.json, "next_cursor");
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        // ... then a second student takes a seat of the same session.
        const QString second = book(QStringLiteral("usr_carlos"));
        QVERIFY(!second.isEmpty());
        QVERIFY(waitFor(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'").arg(second),
                        QStringLiteral("fulfilled")));
        QCOMPARE(
            DatabaseSnapshot(m_server.dataDir())
                .text(QStringLiteral("SELECT session_id FROM enrollments WHERE id = 'enr_%1'").arg(second)),
            sessionId);
        const TestReply delta = jonas->get(QStringLiteral("/api/sessions?limit=200&cursor=") + cursor);
        QCOMPARE(delta.status, 200);
        QJsonObject item;
        for (const QJsonValue &v : delta.json.value(QStringLiteral("items")).toArray())
            if (field(v.toObject(), "id") == sessionId)
                item = v.toObject();
        QVERIFY2(!item.isEmpty(), "the new seat did not reach the teacher's delta sync");
        QCOMPARE(item.value(QStringLiteral("booked_seats")).toInt(), 2);
        QStringList names;
        for (const QJsonValue &v : item.value(QStringLiteral("students")).toArray())
            names << field(v.toObject(), "name");
        QCOMPARE(names, (QStringList { QStringLiteral("Aisha Khan"), QStringLiteral("Carlos Mendes") }));
    }

    void payoutSetupFlow()
    {
        auto priya = signIn(QStringLiteral("st2@demo.test"));
        TestHttp browser(m_server.baseUrl());
        const QJsonObject urls {
            { QStringLiteral("return_url"), QStringLiteral("companion://payouts/return") },
            { QStringLiteral("refresh_url"), QStringLiteral("companion://payouts/refresh") }
        };
        // 1. A link that expired before it was opened goes to refresh_url.
        TestReply onboard = priya->post(QStringLiteral("/api/payments/connect/onboard"), urls);
        QCOMPARE(onboard.status, 200);
        QString path = QUrl(field(onboard.json, "url")).path();
        QCOMPARE(browser
                     .post(QStringLiteral("/sandbox/stripe/test/account_links/%1/expire")
                               .arg(path.section(QLatin1Char('/'), -1)))
                     .status,
                 204);
        TestReply opened = browser.get(path);
        QCOMPARE(opened.status, 302);
        QCOMPARE(opened.header("Location"), QByteArray("companion://payouts/refresh"));
        // 2. The app asks for a fresh link; the user saves for later.
        onboard = priya->post(QStringLiteral("/api/payments/connect/onboard"), urls);
        path = QUrl(field(onboard.json, "url")).path();
        opened = browser.get(path);
        QCOMPARE(opened.status, 200);
        QVERIFY(opened.body.contains("Save for later"));
        const TestReply saved = browser.get(path + QStringLiteral("/save"));
        QCOMPARE(saved.status, 302);
        QCOMPARE(saved.header("Location"),
                 QByteArray("companion://payouts/return")); // no state in return_url
        QJsonObject status;
        for (int i = 0; i < 200; ++i, QTest::qWait(50)) {
            status = connectStatus(*priya);
            if (status.contains(QStringLiteral("requirements"))
                && status.value(QStringLiteral("requirements_due")).toArray().size() == 2)
                break;
        }
        QCOMPARE(field(status, "state"), QStringLiteral("action_required"));
        QCOMPARE(status.value(QStringLiteral("payouts_enabled")).toBool(), false);
        QVERIFY(status.value(QStringLiteral("requirements_due"))
                    .toArray()
                    .contains(QStringLiteral("individual.verification.document")));
        // 3. The used link cannot be opened again.
        opened = browser.get(path);
        QCOMPARE(opened.status, 302);
        QCOMPARE(opened.header("Location"), QByteArray("companion://payouts/refresh"));
        QCOMPARE(field(connectStatus(*priya), "state"), QStringLiteral("action_required"));
        // 4. A fresh link, completed: enabled once account.updated arrives.
        onboard = priya->post(QStringLiteral("/api/payments/connect/onboard"), urls);
        path = QUrl(field(onboard.json, "url")).path();
        QCOMPARE(browser.get(path).status, 200);
        QCOMPARE(browser.get(path + QStringLiteral("/complete")).status, 302);
        for (int i = 0; i < 200 && field(status, "state") != u"enabled"; ++i, QTest::qWait(50))
            status = connectStatus(*priya);
        QCOMPARE(field(status, "state"), QStringLiteral("enabled"));
        QCOMPARE(status.value(QStringLiteral("payouts_enabled")).toBool(), true);
        QVERIFY(status.value(QStringLiteral("requirements_due")).toArray().isEmpty());
        QCOMPARE(priya->post(QStringLiteral("/api/payments/connect/login-link")).status, 200);
        // 5. An older account.updated (say a delayed retry of the "save for later" one) loses.
        const QJsonObject stale {
            { QStringLiteral("id"), QStringLiteral("evt_stale_account") },
            { QStringLiteral("object"), QStringLiteral("event") },
            { QStringLiteral("type"), QStringLiteral("account.updated") },
            { QStringLiteral("account"), field(status, "account_id") },
            { QStringLiteral("created"), nowSeconds() - 3600 },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("object"),
                              QJsonObject { { QStringLiteral("id"), field(status, "account_id") },
                                            { QStringLiteral("charges_enabled"), false },
                                            { QStringLiteral("payouts_enabled"), false },
                                            { QStringLiteral("details_submitted"), false },
                                            { QStringLiteral("requirements"),
                                              QJsonObject { { QStringLiteral("currently_due"),
                                                              QJsonArray { QStringLiteral(
                                                                  "external_account") } } } } } } } },
        };
        const QByteArray body = QJsonDocument(stale).toJson(QJsonDocument::Compact);
        const TestReply late = browser.send(
            "POST", QStringLiteral("/api/webhooks/stripe-connect"), body,
            { { "Stripe-Signature", stripeHeader(body, kStripeConnectSecret, nowSeconds()) } });
        QCOMPARE(late.status, 200);
        QCOMPARE(field(connectStatus(*priya), "state"), QStringLiteral("enabled"));
    }

    void slotTakenIsRefunded()
    {
        // Two students pay for the same one-seat slot: the second is refunded through Stripe.
        TestHttp sandbox(m_server.baseUrl());
        QStringList intents;
        QStringList sessions;
        for (const char *student : { "usr_tom", "usr_mei" }) {
            const TestReply r
                = sandbox.post(QStringLiteral("/sandbox/stripe/test/checkout"),
                               { { QStringLiteral("offering_id"), QStringLiteral("off_maya_watercolour") },
                                 { QStringLiteral("start"), QStringLiteral("2031-07-01T10:00:00Z") },
                                 { QStringLiteral("student_id"), QLatin1String(student) } });
            QCOMPARE(r.status, 201);
            sessions << field(r.json, "checkout_session");
            intents << field(r.json, "payment_intent");
            QVERIFY(
                waitFor(QStringLiteral("SELECT COUNT(*) FROM checkouts WHERE id = '%1'").arg(sessions.last()),
                        QStringLiteral("1")));
        }
        QCOMPARE(DatabaseSnapshot(m_server.dataDir())
                     .rows(QStringLiteral("SELECT outcome FROM checkouts WHERE id IN ('%1', '%2')")
                               .arg(sessions[0], sessions[1])),
                 (QStringList { QStringLiteral("fulfilled"), QStringLiteral("slot_taken") }));
        QVERIFY(waitFor(
            QStringLiteral("SELECT amount_refunded_cents FROM stripe_charges WHERE payment_intent = '%1'")
                .arg(intents[1]),
            QStringLiteral("3000")));
        QCOMPARE(DatabaseSnapshot(m_server.dataDir())
                     .text(QStringLiteral("SELECT COUNT(*) FROM stripe_charges WHERE payment_intent = '%1'")
                               .arg(intents[0])),
                 QStringLiteral("0"));
    }

    void accountStates()
    {
        // account.updated snapshots drive one state; newer `created` wins.
        auto jonas = signIn(QStringLiteral("st1@demo.test"));
        const QString account = field(connectStatus(*jonas), "account_id");
        QVERIFY(!account.isEmpty());
        TestHttp hooks(m_server.baseUrl());
        qint64 created = nowSeconds() + 100; // after anything the sandbox sent
        const auto send = [&](bool details, bool payouts, const QJsonArray &due, const QJsonArray &pastDue,
                              const QJsonArray &pending, const QJsonValue &disabled) {
            const QString id = QStringLiteral("evt_state_%1").arg(created);
            const QJsonObject event {
                { QStringLiteral("id"), id },
                { QStringLiteral("object"), QStringLiteral("event") },
                { QStringLiteral("type"), QStringLiteral("account.updated") },
                { QStringLiteral("account"), account },
                { QStringLiteral("created"), ++created },
                { QStringLiteral("data"),
                  QJsonObject {
                      { QStringLiteral("object"),
                        QJsonObject {
                            { QStringLiteral("id"), account },
                            { QStringLiteral("charges_enabled"), payouts },
                            { QStringLiteral("payouts_enabled"), payouts },
                            { QStringLiteral("details_submitted"), details },
                            { QStringLiteral("requirements"),
                              QJsonObject { { QStringLiteral("currently_due"), due },
                                            { QStringLiteral("past_due"), pastDue },
                                            { QStringLiteral("eventually_due"), due },
                                            { QStringLiteral("pending_verification"), pending },
                                            { QStringLiteral("disabled_reason"), disabled },
                                            { QStringLiteral("current_deadline"), QJsonValue() } } } } } } },
            };
            const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
            QCOMPARE(
                hooks
                    .send("POST", QStringLiteral("/api/webhooks/stripe-connect"), body,
                          { { "Stripe-Signature", stripeHeader(body, kStripeConnectSecret, nowSeconds()) } })
                    .status,
                200);
            // Applied after the answer: the state is read once it was.
            QVERIFY(
                waitFor(QStringLiteral("SELECT status FROM webhook_events WHERE id = 'stripe:%1'").arg(id),
                        QStringLiteral("processed")));
        };
        const QJsonValue none(QJsonValue::Null);
        send(true, false, {}, {}, QJsonArray { QStringLiteral("individual.verification.document") },
             QStringLiteral("requirements.pending_verification"));
        QCOMPARE(field(connectStatus(*jonas), "state"), QStringLiteral("pending_verification"));
        send(true, false, {}, QJsonArray { QStringLiteral("external_account") }, {},
             QStringLiteral("requirements.past_due"));
        QJsonObject status = connectStatus(*jonas);
        QCOMPARE(field(status, "state"), QStringLiteral("restricted"));
        QCOMPARE(status.value(QStringLiteral("requirements_due")).toArray().first().toString(),
                 QStringLiteral("external_account"));
        send(true, true, {}, {}, {}, none);
        status = connectStatus(*jonas);
        QCOMPARE(field(status, "state"), QStringLiteral("enabled"));
        QCOMPARE(status.value(QStringLiteral("payouts_enabled")).toBool(), true);
    }

    void resendTestRecipients()
    {
        // Resend's test addresses produce the events Resend sends for them.
        TestHttp resend(m_server.baseUrl());
        const TestHttp::Headers auth { { "Authorization", "Bearer re_companion_sandbox" },
                                       { "User-Agent", "tst" } };
        for (const char *to : { "bounced@resend.dev", "complained+x@resend.dev", "suppressed@resend.dev" }) {
            const QByteArray body
                = QJsonDocument(QJsonObject { { QStringLiteral("from"), QStringLiteral("a@companion.test") },
                                              { QStringLiteral("to"), QLatin1String(to) },
                                              { QStringLiteral("subject"), QStringLiteral("hi") } })
                      .toJson(QJsonDocument::Compact);
            QCOMPARE(resend.send("POST", QStringLiteral("/sandbox/resend/emails"), body, auth).status, 200);
        }
        QCOMPARE(
            resend.send("POST", QStringLiteral("/sandbox/resend/emails"), "{}", { { "User-Agent", "tst" } })
                .status,
            401);
        QVERIFY(waitFor(
            QStringLiteral("SELECT GROUP_CONCAT(type) FROM (SELECT DISTINCT type FROM webhook_events WHERE "
                           "provider = 'resend' AND payload LIKE '%resend.dev%' AND type != 'email.sent' "
                           "AND type != 'email.delivered' ORDER BY type)"),
            QStringLiteral("email.bounced,email.complained,email.failed")));
    }

    void courseFeedAccess()
    {
        // The seed's feed access flow: only the course's people get a token for its feed.
        auto jonas = signIn(QStringLiteral("st1@demo.test"));
        auto priya = signIn(QStringLiteral("st2@demo.test"));
        const TestReply own = jonas->post(QStringLiteral("/api/stream/token"));
        const TestReply course
            = jonas->post(QStringLiteral("/api/stream/token"),
                          { { QStringLiteral("course_id"), QStringLiteral("crs_spanish") } });
        QCOMPARE(course.status, 200);
        QCOMPARE(field(course.json, "feed_id"), QStringLiteral("course:crs_spanish"));
        QCOMPARE(priya
                     ->post(QStringLiteral("/api/stream/token"),
                            { { QStringLiteral("course_id"), QStringLiteral("crs_spanish") } })
                     .status,
                 403); // Priya does not teach Spanish
        TestHttp stream(m_server.baseUrl());
        const auto read = [&](const QString &feed, const QString &token) {
            return stream.get(QStringLiteral("/sandbox/stream/api/v1.0/feed/") + feed + QStringLiteral("/"),
                              { { "Stream-Auth-Type", "jwt" }, { "Authorization", token.toUtf8() } });
        };
        QCOMPARE(read(QStringLiteral("course/crs_spanish"), field(course.json, "token")).status, 200);
        QCOMPARE(read(QStringLiteral("course/crs_python"), field(course.json, "token")).status, 403);
        QCOMPARE(read(QStringLiteral("course/crs_spanish"), field(own.json, "token")).status, 403);
        QCOMPARE(read(QStringLiteral("user/usr_jonas"), field(own.json, "token")).status, 200);
        QString forged = field(course.json, "token");
        forged.chop(2);
        QCOMPARE(read(QStringLiteral("course/crs_spanish"), forged + QStringLiteral("AA")).status, 401);
    }

    void simulateCheckoutCommand()
    {
        QProcess cli;
        cli.start(ServerProcess::defaultProgram(),
                  { QStringLiteral("simulate"), QStringLiteral("checkout"), QStringLiteral("--server"),
                    m_server.baseUrl().toString(), QStringLiteral("--offering"),
                    QStringLiteral("off_priya_python"), QStringLiteral("--start"),
                    QStringLiteral("2031-05-05T10:00:00Z"), QStringLiteral("--student"),
                    QStringLiteral("usr_tom") });
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QString cs = field(answer, "checkout_session");
        QVERIFY(cs.startsWith(u"cs_"));
        QVERIFY(waitFor(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'").arg(cs),
                        QStringLiteral("fulfilled")));
        QProcess usage;
        usage.start(ServerProcess::defaultProgram(),
                    { QStringLiteral("simulate"), QStringLiteral("checkout") });
        QVERIFY(usage.waitForFinished(20000));
        QCOMPARE(usage.exitCode(), 2);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestWebhookFlows)
#include "tst_webhook_flows.moc"
