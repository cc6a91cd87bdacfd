// The HTTP adapters against a sandbox in another process: server B runs with
// PLUGNMEET_URL / RESEND_API_URL pointing at server A's sandboxes, exactly as it would point
// at the real services. B's PlugNmeet adapter creates the room (HMAC-signed REST call, with
// metadata.webhook_url = B), gets join tokens, and A's PlugNmeet sends the room's signed
// webhooks back to B; B's Resend adapter sends the booking email to A's Resend.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "DatabaseSnapshot.h"
#include "WebhookSigning.h"

#include <QtTest>

using namespace companion::test;

class TestWebhookAdapters : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_services; // A: plays PlugNmeet and Resend
    ServerProcess m_platform; // B: the platform under test

    bool waitFor(const QString &sql, const QString &want)
    {
        QString value;
        for (int i = 0; i < 200; ++i, QTest::qWait(50)) {
            value = DatabaseSnapshot(m_platform.dataDir()).text(sql);
            if (value == want)
                return true;
        }
        qWarning().noquote() << sql << "is" << value << "not" << want;
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_services.start({ QStringLiteral("--demo") }), qPrintable(m_services.errorString()));
        qputenv("PLUGNMEET_URL", m_services.url(QStringLiteral("/sandbox/plugnmeet")).toString().toUtf8());
        qputenv("RESEND_API_URL", m_services.url(QStringLiteral("/sandbox/resend")).toString().toUtf8());
        qputenv("STRIPE_API_URL", m_services.url(QStringLiteral("/sandbox/stripe")).toString().toUtf8());
        const bool started
            = m_platform.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks") });
        qunsetenv("PLUGNMEET_URL");
        qunsetenv("RESEND_API_URL");
        qunsetenv("STRIPE_API_URL");
        QVERIFY2(started, qPrintable(m_platform.errorString()));
        // Where A's Stripe sends events (a Dashboard setting for the real one).
        TestHttp stripe(m_services.baseUrl());
        for (const bool connect : { false, true }) {
            const QByteArray form = "url="
                + QUrl::toPercentEncoding(m_platform
                                              .url(connect ? QStringLiteral("/api/webhooks/stripe-connect")
                                                           : QStringLiteral("/api/webhooks/stripe"))
                                              .toString())
                + (connect ? "&connect=true" : "");
            const TestReply r
                = stripe.send("POST", QStringLiteral("/sandbox/stripe/v1/webhook_endpoints"), form,
                              { { "Authorization", "Bearer sk_test_companion_sandbox" },
                                { "Content-Type", "application/x-www-form-urlencoded" } });
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(stripe
                     .send("POST", QStringLiteral("/sandbox/stripe/v1/transfers"), "amount=1",
                           { { "Authorization", "Bearer sk_wrong" } })
                     .status,
                 401);
    }

    void plugnmeetOverHttp()
    {
        TestHttp platform(m_platform.baseUrl());
        const QString start = QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODate);
        const TestReply created
            = platform.post(QStringLiteral("/api/_test/sessions"),
                            { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                              { QStringLiteral("start"), start } });
        QCOMPARE(created.status, 201);
        const QString sessionId = created.json.value(QStringLiteral("id")).toString();
        const TestReply login = platform.post(QStringLiteral("/api/auth/login"),
                                              { { QStringLiteral("email"), QStringLiteral("st1@demo.test") },
                                                { QStringLiteral("password"), QStringLiteral("demo1234") } });
        platform.setBearer(login.json.value(QStringLiteral("access_token")).toString());
        const TestReply join = platform.post(QStringLiteral("/api/video/join"),
                                             { { QStringLiteral("session_id"), sessionId } });
        QCOMPARE(join.status, 200);
        const QString joinUrl = join.json.value(QStringLiteral("join_url")).toString();
        QVERIFY2(joinUrl.startsWith(m_services.url(QStringLiteral("/sandbox/plugnmeet/")).toString()),
                 qPrintable(joinUrl));
        TestHttp services(m_services.baseUrl());
        QCOMPARE(services.get(QUrl(joinUrl).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)).status,
                 200);
        // The room exists on A: ask A's API as an integrator would (HMAC over the body).
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("room_id"),
                                                              QStringLiteral("room_") + sessionId } })
                                    .toJson(QJsonDocument::Compact);
        const TestReply active = services.send(
            "POST", QStringLiteral("/sandbox/plugnmeet/auth/room/isRoomActive"), body,
            { { "API-KEY", kPlugNmeetKey },
              { "HASH-SIGNATURE",
                QMessageAuthenticationCode::hash(body, kPlugNmeetSecret, QCryptographicHash::Sha256)
                    .toHex() } });
        QCOMPARE(active.json.value(QStringLiteral("is_active")).toBool(), true);
        // Joining on A sends participant_joined to B (the room's webhook_url).
        QCOMPARE(services
                     .post(QStringLiteral("/sandbox/plugnmeet/api/join"),
                           { { QStringLiteral("access_token"), join.json.value(QStringLiteral("token")) } })
                     .status,
                 200);
        QVERIFY(waitFor(
            QStringLiteral("SELECT user_id FROM session_attendance WHERE session_id = '%1'").arg(sessionId),
            QStringLiteral("usr_jonas")));
        QVERIFY(waitFor(QStringLiteral("SELECT plugnmeet_room_sid IS NOT NULL FROM sessions WHERE id = '%1'")
                            .arg(sessionId),
                        QStringLiteral("1")));
    }

    void resendOverHttp()
    {
        // Paid on A's Stripe, whose events go to B (registered in initTestCase).
        TestHttp services(m_services.baseUrl());
        const TestReply checkout
            = services.post(QStringLiteral("/sandbox/stripe/test/checkout"),
                            { { QStringLiteral("offering_id"), QStringLiteral("off_priya_python") },
                              { QStringLiteral("start"), QStringLiteral("2031-06-01T09:00:00Z") },
                              { QStringLiteral("student_id"), QStringLiteral("usr_omar") } });
        QCOMPARE(checkout.status, 201);
        const QString cs = checkout.json.value(QStringLiteral("checkout_session")).toString();
        QVERIFY(
            waitFor(QStringLiteral("SELECT status FROM provider_jobs WHERE id = 'email_booking_%1'").arg(cs),
                    QStringLiteral("done")));
        const TestReply emails
            = TestHttp(m_services.baseUrl()).get(QStringLiteral("/sandbox/resend/test/emails"));
        QVERIFY(emails.body.contains("st2@demo.test"));
        QVERIFY(emails.body.contains("New booking"));
    }

    void stripeOverHttp()
    {
        TestHttp platform(m_platform.baseUrl());
        TestHttp services(m_services.baseUrl());
        // Payout onboarding: the link is A's, and A's account.updated reaches B.
        const TestReply login = platform.post(QStringLiteral("/api/auth/login"),
                                              { { QStringLiteral("email"), QStringLiteral("st2@demo.test") },
                                                { QStringLiteral("password"), QStringLiteral("demo1234") } });
        platform.setBearer(login.json.value(QStringLiteral("access_token")).toString());
        const TestReply onboard
            = platform.post(QStringLiteral("/api/payments/connect/onboard"),
                            { { QStringLiteral("return_url"), QStringLiteral("companion://r") },
                              { QStringLiteral("refresh_url"), QStringLiteral("companion://f") } });
        QCOMPARE(onboard.status, 200);
        const QUrl link(onboard.json.value(QStringLiteral("url")).toString());
        QCOMPARE(link.port(), m_services.baseUrl().port());
        QCOMPARE(services.get(link.path()).status, 200);
        QCOMPARE(services.get(link.path() + QStringLiteral("/complete")).status, 302);
        QString state;
        for (int i = 0; i < 200 && state != u"enabled"; ++i, QTest::qWait(50))
            state = platform.get(QStringLiteral("/api/payments/connect/status"))
                        .json.value(QStringLiteral("state"))
                        .toString();
        QCOMPARE(state, QStringLiteral("enabled"));

        // A booking paid on A, the session held in A's PlugNmeet, the transfers made on A
        // through B's Stripe adapter (source_transaction = A's charge), reported back to B.
        QString cs, charge, sessionId, teacherEmail;
        // A slot free in B's (random) demo calendar and joinable now.
        const QList<QPair<QString, QString>> offerings {
            { QStringLiteral("off_jonas_spanish"), QStringLiteral("st1@demo.test") },
            { QStringLiteral("off_priya_watercolour"), QStringLiteral("st2@demo.test") },
            { QStringLiteral("off_maya_watercolour"), QStringLiteral("creator@demo.test") },
        };
        for (const auto &[offering, email] : offerings) {
            for (const qint64 offset : { 300, 120, -600, -1200, -1800, -2400 }) {
                const TestReply r = services.post(
                    QStringLiteral("/sandbox/stripe/test/checkout"),
                    { { QStringLiteral("offering_id"), offering },
                      { QStringLiteral("start"),
                        QDateTime::currentDateTimeUtc().addSecs(offset).toString(Qt::ISODate) },
                      { QStringLiteral("student_id"), QStringLiteral("usr_lena") } });
                QCOMPARE(r.status, 201);
                QString outcome;
                for (int i = 0; i < 200 && outcome.isEmpty(); ++i, QTest::qWait(50))
                    outcome
                        = DatabaseSnapshot(m_platform.dataDir())
                              .text(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'")
                                        .arg(r.json.value(QStringLiteral("checkout_session")).toString()));
                if (outcome == u"fulfilled") {
                    cs = r.json.value(QStringLiteral("checkout_session")).toString();
                    charge = r.json.value(QStringLiteral("charge")).toString();
                    teacherEmail = email;
                    break;
                }
            }
            if (!cs.isEmpty())
                break;
        }
        QVERIFY(!cs.isEmpty());
        sessionId
            = DatabaseSnapshot(m_platform.dataDir())
                  .text(QStringLiteral("SELECT session_id FROM enrollments WHERE id = 'enr_%1'").arg(cs));
        const TestReply jonasLogin
            = platform.post(QStringLiteral("/api/auth/login"),
                            { { QStringLiteral("email"), teacherEmail },
                              { QStringLiteral("password"), QStringLiteral("demo1234") } });
        platform.setBearer(jonasLogin.json.value(QStringLiteral("access_token")).toString());
        const TestReply join = platform.post(QStringLiteral("/api/video/join"),
                                             { { QStringLiteral("session_id"), sessionId } });
        QCOMPARE(join.status, 200);
        QCOMPARE(services
                     .post(QStringLiteral("/sandbox/plugnmeet/api/join"),
                           { { QStringLiteral("access_token"), join.json.value(QStringLiteral("token")) } })
                     .status,
                 200);
        QVERIFY(waitFor(
            QStringLiteral("SELECT COUNT(*) FROM session_attendance WHERE session_id = '%1'").arg(sessionId),
            QStringLiteral("1")));
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("room_id"),
                                                              QStringLiteral("room_") + sessionId } })
                                    .toJson(QJsonDocument::Compact);
        QCOMPARE(
            services
                .send("POST", QStringLiteral("/sandbox/plugnmeet/auth/room/endRoom"), body,
                      { { "API-KEY", kPlugNmeetKey },
                        { "HASH-SIGNATURE",
                          QMessageAuthenticationCode::hash(body, kPlugNmeetSecret, QCryptographicHash::Sha256)
                              .toHex() } })
                .status,
            200);
        QVERIFY(waitFor(QStringLiteral("SELECT status FROM sessions WHERE id = '%1'").arg(sessionId),
                        QStringLiteral("completed")));
        // Every share but the platform's is transferred (two for an S-T's session, one for Maya's).
        const QString shares
            = teacherEmail.startsWith(u"creator") ? QStringLiteral("1") : QStringLiteral("2");
        QVERIFY(
            waitFor(QStringLiteral("SELECT COUNT(*) FROM payment_splits WHERE transaction_id = 'txn_%1' AND "
                                   "status = 'transferred'")
                        .arg(cs),
                    shares));
        QVERIFY(waitFor(
            QStringLiteral("SELECT COUNT(*) FROM stripe_transfers t JOIN payment_splits p ON p.id = "
                           "t.split_id WHERE p.transaction_id = 'txn_%1' AND t.source_transaction = '%2'")
                .arg(cs, charge),
            shares));
    }

    void sandboxesOffWhenServicesAreReal()
    {
        // B talks to "real" services: its own sandboxes (which would sign with B's secrets) are gone.
        TestHttp platform(m_platform.baseUrl());
        QCOMPARE(platform.post(QStringLiteral("/sandbox/stripe/test/checkout"), {}).status, 404);
        QCOMPARE(platform.post(QStringLiteral("/sandbox/plugnmeet/api/join"), {}).status, 404);
        QCOMPARE(platform.post(QStringLiteral("/sandbox/resend/emails"), {}).status, 404);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_platform.stop());
        QVERIFY(m_services.stop());
    }
};

QTEST_GUILESS_MAIN(TestWebhookAdapters)
#include "tst_webhook_adapters.moc"
