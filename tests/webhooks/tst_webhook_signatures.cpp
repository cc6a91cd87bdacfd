// Signature verification of the three webhook schemes against the real platform-server,
// from independently computed vectors: every bad request is rejected with 400/401 and
// leaves no trace in the database; the good ones are accepted.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "DatabaseSnapshot.h"
#include "WebhookSigning.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::test;

namespace {

// Events this test sent (the sandboxes' own webhooks, e.g. booking emails, also arrive).
const QString kOwnEvents = QStringLiteral(
    "(SELECT * FROM webhook_events WHERE id LIKE 'stripe:evt_sig_%' OR id LIKE 'resend:msg_sig%' OR id LIKE "
    "'plugnmeet:pnm-sig-%')");

const QString kTables[] = { kOwnEvents,
                            QStringLiteral("checkouts"),
                            QStringLiteral("transactions"),
                            QStringLiteral("enrollments"),
                            QStringLiteral("sessions"),
                            QStringLiteral("session_attendance"),
                            QStringLiteral("stripe_accounts") };

} // namespace

class TestWebhookSignatures : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_http;
    int m_serial = 0;
    int m_accepted = 0;
    int m_rejected = 0;

    QString state()
    {
        DatabaseSnapshot db(m_server.dataDir());
        QStringList parts;
        for (const QString &table : kTables)
            parts << table + QLatin1Char('=')
                    + QString::number(db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        // Reminders fall due with the clock, whatever a webhook does: they are not its side effect.
        parts << QStringLiteral("provider_jobs(not reminders)=")
                + QString::number(db.scalar(
                    QStringLiteral("SELECT COUNT(*) FROM provider_jobs WHERE kind != 'reminder_email'")));
        parts << db.rows(QStringLiteral("SELECT id, email_status FROM users"));
        return parts.join(QLatin1Char(' '));
    }

    // A Stripe event that would book a slot if accepted.
    QByteArray stripeCheckout()
    {
        const int n = ++m_serial;
        const QJsonObject event {
            { QStringLiteral("id"), QStringLiteral("evt_sig_%1").arg(n) },
            { QStringLiteral("object"), QStringLiteral("event") },
            { QStringLiteral("type"), QStringLiteral("checkout.session.completed") },
            { QStringLiteral("created"), nowSeconds() },
            { QStringLiteral("data"),
              QJsonObject {
                  { QStringLiteral("object"),
                    QJsonObject {
                        { QStringLiteral("id"), QStringLiteral("cs_sig_%1").arg(n) },
                        { QStringLiteral("object"), QStringLiteral("checkout.session") },
                        { QStringLiteral("payment_status"), QStringLiteral("paid") },
                        { QStringLiteral("amount_total"), 4500 },
                        { QStringLiteral("currency"), QStringLiteral("eur") },
                        { QStringLiteral("payment_intent"), QStringLiteral("pi_sig_%1").arg(n) },
                        { QStringLiteral("metadata"),
                          QJsonObject { { QStringLiteral("offering_id"), QStringLiteral("off_maya_spanish") },
                                        { QStringLiteral("start"),
                                          QStringLiteral("2031-03-%1T10:00:00Z")
                                              .arg(n % 28 + 1, 2, 10, QLatin1Char('0')) },
                                        { QStringLiteral("student_id"), QStringLiteral("usr_lena") } } },
                    } } } },
        };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    QByteArray plugnmeetEvent()
    {
        const QJsonObject event {
            { QStringLiteral("event"), QStringLiteral("participant_joined") },
            { QStringLiteral("room"),
              QJsonObject { { QStringLiteral("sid"), QStringLiteral("sid-1") },
                            { QStringLiteral("room_id"), QStringLiteral("room_sig") } } },
            { QStringLiteral("participant"),
              QJsonObject { { QStringLiteral("sid"), QStringLiteral("PA_sig") },
                            { QStringLiteral("identity"), QStringLiteral("usr_maya") } } },
            { QStringLiteral("id"), QStringLiteral("pnm-sig-%1").arg(++m_serial) },
            { QStringLiteral("created_at"), QString::number(nowSeconds()) },
        };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    QByteArray resendEvent()
    {
        // Would mark student2 as bounced if accepted.
        const QJsonObject event {
            { QStringLiteral("type"), QStringLiteral("email.bounced") },
            { QStringLiteral("created_at"),
              QStringLiteral("2026-01-0%1T00:00:00.000Z").arg(++m_serial % 9 + 1) },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("to"), QJsonArray { QStringLiteral("student2@demo.test") } },
                            { QStringLiteral("email_id"), QStringLiteral("e%1").arg(m_serial) } } },
        };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    void expectRejected(const char *what, const QString &path, const QByteArray &body,
                        const TestHttp::Headers &headers)
    {
        const QString before = state();
        const TestReply r = m_http->send("POST", path, body, headers);
        QVERIFY2(r.status == 400 || r.status == 401,
                 qPrintable(QStringLiteral("%1: got %2 %3")
                                .arg(QLatin1String(what))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body))));
        QCOMPARE(state(), before); // no side effect at all
        ++m_rejected;
    }

    // Accepted events are applied after the answer: wait until the inbox has none left, so
    // the next state() comparison sees only what its own request did.
    bool inboxDrained()
    {
        for (int i = 0; i < 200; ++i) {
            if (DatabaseSnapshot(m_server.dataDir())
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE status = 'received'"))
                == 0)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    void expectAccepted(const char *what, const QString &path, const QByteArray &body,
                        const TestHttp::Headers &headers, const QString &result = QStringLiteral("accepted"))
    {
        const TestReply r = m_http->send("POST", path, body, headers);
        QVERIFY2(r.status == 200,
                 qPrintable(QStringLiteral("%1: got %2 %3")
                                .arg(QLatin1String(what))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.json.value(QStringLiteral("result")).toString(), result);
        QVERIFY2(inboxDrained(), "the accepted event was applied within 10 s");
        ++m_accepted;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    }

    void stripe()
    {
        const QString path = QStringLiteral("/api/webhooks/stripe");
        // Edges are 10 s beyond the 300 s tolerance: the test itself takes time.
        const qint64 now = nowSeconds();
        QByteArray body = stripeCheckout();
        expectRejected("missing header", path, body, {});
        expectRejected("empty header", path, body, { { "Stripe-Signature", "" } });
        expectRejected("garbage header", path, body, { { "Stripe-Signature", "nonsense" } });
        expectRejected("wrong secret", path, body,
                       { { "Stripe-Signature", stripeHeader(body, "whsec_wrong", now) } });
        expectRejected("other endpoint's secret", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeConnectSecret, now) } });
        QByteArray tampered = body;
        tampered.replace("4500", "4501");
        expectRejected("tampered body", path, tampered,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now) } });
        expectRejected("re-serialised body", path,
                       QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented),
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now) } });
        expectRejected("stale t", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now - 310) } });
        expectRejected("future t", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now + 310) } });
        expectRejected("v0 only (correct HMAC under v0)", path, body,
                       { { "Stripe-Signature",
                           "t=" + QByteArray::number(now) + ",v0=" + stripeV1(body, kStripeSecret, now) } });
        expectRejected(
            "t signed but a different t sent", path, body,
            { { "Stripe-Signature",
                "t=" + QByteArray::number(now + 1) + ",v1=" + stripeV1(body, kStripeSecret, now) } });
        expectRejected("no t", path, body,
                       { { "Stripe-Signature", "v1=" + stripeV1(body, kStripeSecret, now) } });
        expectRejected("key base64-decoded like Svix", path, body,
                       { { "Stripe-Signature",
                           "t=" + QByteArray::number(now) + ",v1="
                               + QMessageAuthenticationCode::hash(
                                     QByteArray::number(now) + "." + body,
                                     QByteArray::fromBase64(kStripeSecret.mid(6)), QCryptographicHash::Sha256)
                                     .toHex() } });

        // Signed but without a type (F15): refused, not answered "duplicate" with nothing kept.
        for (const QByteArray &typeless : { QByteArray(R"({"id":"evt_sig_notype"})"),
                                            QByteArray(R"({"id":"evt_sig_typenull","type":null})"),
                                            QByteArray(R"({"id":"evt_sig_typenum","type":5})"),
                                            QByteArray(R"({"type":"charge.refunded"})") })
            expectRejected("no type or no id", path, typeless,
                           { { "Stripe-Signature", stripeHeader(typeless, kStripeSecret, now) } });

        expectAccepted("valid", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now) } });
        body = stripeCheckout();
        expectAccepted("valid, t 250 s old", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now - 250) } });
        body = stripeCheckout();
        expectAccepted("valid, t 250 s ahead", path, body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeSecret, now + 250) } });
        body = stripeCheckout();
        // Secret rotation: one v1 per active secret; the matching one may be anywhere.
        expectAccepted(
            "several v1 + fake v0", path, body,
            { { "Stripe-Signature",
                "t=" + QByteArray::number(now) + ",v1=" + stripeV1(body, "whsec_old_rolled_secret", now)
                    + ",v1=" + stripeV1(body, kStripeSecret, now) + ",v0=" + QByteArray(64, 'a') } });
        body = stripeCheckout();
        // Verified, but a checkout is the platform's event, not a connected account's (F10):
        // recorded as ignored, it books nothing.
        expectAccepted("connect endpoint, own secret", QStringLiteral("/api/webhooks/stripe-connect"), body,
                       { { "Stripe-Signature", stripeHeader(body, kStripeConnectSecret, now) } },
                       QStringLiteral("ignored"));
    }

    void svix()
    {
        const QString path = QStringLiteral("/api/webhooks/resend");
        // Edges are 10 s beyond the 300 s tolerance: the test itself takes time.
        const qint64 now = nowSeconds();
        const QByteArray id = "msg_sig_1";
        QByteArray body = resendEvent();
        const auto headers = [&](const QByteArray &msgId, qint64 t, const QByteArray &signature) {
            return TestHttp::Headers { { "svix-id", msgId },
                                       { "svix-timestamp", QByteArray::number(t) },
                                       { "svix-signature", signature } };
        };
        const QByteArray good = "v1," + svixV1(id, now, body, kResendSecret);
        expectRejected("missing all headers", path, body, {});
        expectRejected("missing svix-id", path, body,
                       { { "svix-timestamp", QByteArray::number(now) }, { "svix-signature", good } });
        expectRejected("missing svix-timestamp", path, body,
                       { { "svix-id", id }, { "svix-signature", good } });
        expectRejected("missing svix-signature", path, body,
                       { { "svix-id", id }, { "svix-timestamp", QByteArray::number(now) } });
        expectRejected(
            "wrong secret", path, body,
            headers(id, now, "v1," + svixV1(id, now, body, "whsec_" + QByteArray("another key").toBase64())));
        expectRejected(
            "key not base64-decoded (Stripe style)", path, body,
            headers(id, now,
                    "v1,"
                        + QMessageAuthenticationCode::hash(id + "." + QByteArray::number(now) + "." + body,
                                                           kResendSecret, QCryptographicHash::Sha256)
                              .toBase64()));
        QByteArray tampered = body;
        tampered.replace("bounced", "bouncee");
        expectRejected("tampered body", path, tampered, headers(id, now, good));
        expectRejected("other svix-id", path, body, headers("msg_other", now, good));
        expectRejected("stale timestamp", path, body,
                       headers(id, now - 310, "v1," + svixV1(id, now - 310, body, kResendSecret)));
        expectRejected("future timestamp", path, body,
                       headers(id, now + 310, "v1," + svixV1(id, now + 310, body, kResendSecret)));
        expectRejected("v0 only", path, body, headers(id, now, "v0," + svixV1(id, now, body, kResendSecret)));
        expectRejected("v1a (another version)", path, body,
                       headers(id, now, "v1a," + svixV1(id, now, body, kResendSecret)));

        expectAccepted("valid", path, body, headers(id, now, good));
        body = resendEvent();
        expectAccepted(
            "several v1 (rotation), match last", path, body,
            headers("msg_sig_2", now,
                    "v1," + svixV1("msg_sig_2", now, body, "whsec_" + QByteArray("old key").toBase64())
                        + " v1," + svixV1("msg_sig_2", now, body, kResendSecret)));
        body = resendEvent();
        expectAccepted(
            "branded webhook-* headers", path, body,
            { { "webhook-id", "msg_sig_3" },
              { "webhook-timestamp", QByteArray::number(now - 200) },
              { "webhook-signature", "v1," + svixV1("msg_sig_3", now - 200, body, kResendSecret) } });
    }

    void plugnmeet()
    {
        const QString path = QStringLiteral("/api/webhooks/plugnmeet");
        // Edges are 10 s beyond the 300 s tolerance: the test itself takes time.
        const qint64 now = nowSeconds();
        QByteArray body = plugnmeetEvent();
        expectRejected("missing header", path, body, {});
        expectRejected("not a JWT", path, body, { { "Hash-Token", "abc" } });
        expectRejected("wrong secret", path, body,
                       { { "Hash-Token", jwt(plugnmeetClaims(body, now), "not-the-secret") } });
        QByteArray tampered = body;
        tampered.replace("usr_maya", "usr_jonas");
        expectRejected("tampered body", path, tampered, { { "Hash-Token", plugnmeetToken(body, now) } });
        expectRejected(
            "expired (exp 2 min ago)", path, body,
            { { "Hash-Token", jwt(QJsonObject(plugnmeetClaims(body, now - 420)), kPlugNmeetSecret) } });
        QJsonObject future = plugnmeetClaims(body, now + 600);
        expectRejected("not yet valid (nbf in 10 min)", path, body,
                       { { "Hash-Token", jwt(future, kPlugNmeetSecret) } });
        // The review's note: a token valid for 10 years verified. PlugNmeet's live 5 minutes.
        QJsonObject decade = plugnmeetClaims(body, now);
        decade.insert(QStringLiteral("exp"), now + 10LL * 365 * 24 * 3600);
        expectRejected("exp 10 years ahead", path, body, { { "Hash-Token", jwt(decade, kPlugNmeetSecret) } });
        QJsonObject hour = plugnmeetClaims(body, now);
        hour.insert(QStringLiteral("exp"), now + 3600);
        expectRejected("exp an hour ahead", path, body, { { "Hash-Token", jwt(hour, kPlugNmeetSecret) } });
        expectRejected(
            "wrong issuer", path, body,
            { { "Hash-Token", jwt(plugnmeetClaims(body, now, "someone-else"), kPlugNmeetSecret) } });
        QJsonObject noHash = plugnmeetClaims(body, now);
        noHash.remove(QStringLiteral("sha256"));
        expectRejected("no sha256 claim", path, body, { { "Hash-Token", jwt(noHash, kPlugNmeetSecret) } });
        QJsonObject noExp = plugnmeetClaims(body, now);
        noExp.remove(QStringLiteral("exp"));
        expectRejected("no exp claim", path, body, { { "Hash-Token", jwt(noExp, kPlugNmeetSecret) } });
        const QByteArray unsignedToken = base64Url(R"({"alg":"none","typ":"JWT"})") + "."
            + base64Url(QJsonDocument(plugnmeetClaims(body, now)).toJson(QJsonDocument::Compact)) + ".";
        expectRejected("alg none", path, body, { { "Hash-Token", unsignedToken } });
        expectRejected(
            "HS256 over claims but header says HS512", path, body,
            { { "Hash-Token",
                jwt(plugnmeetClaims(body, now), kPlugNmeetSecret, R"({"alg":"HS512","typ":"JWT"})") } });

        expectAccepted("valid Hash-Token", path, body, { { "Hash-Token", plugnmeetToken(body, now) } });
        body = plugnmeetEvent();
        expectAccepted("valid Authorization only", path, body,
                       { { "Authorization", plugnmeetToken(body, now) } });
        body = plugnmeetEvent();
        expectAccepted("issued 4 min ago", path, body, { { "Hash-Token", plugnmeetToken(body, now - 240) } });
    }

    void summary()
    {
        qInfo("%d bad requests rejected without side effects, %d good ones accepted", m_rejected, m_accepted);
        QVERIFY(inboxDrained());
        DatabaseSnapshot db(m_server.dataDir());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + kOwnEvents), qint64(m_accepted));
        QCOMPARE(db.text(QStringLiteral("SELECT email_status FROM users WHERE email = 'student2@demo.test'")),
                 QStringLiteral("bounced"));
        QCOMPARE(db.scalar(
                     QStringLiteral("SELECT COUNT(*) FROM transactions WHERE stripe_checkout_session_id LIKE "
                                    "'cs_sig_%'")),
                 qint64(4)); // the fifth came to the Connect endpoint and was ignored
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestWebhookSignatures)
#include "tst_webhook_signatures.moc"
