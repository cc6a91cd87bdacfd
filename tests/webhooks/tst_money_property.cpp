// Money stays whole whatever happens to bookings (issue 19's property): random sequences of
// bookings (Stripe checkouts through the sandbox, single and group sessions, several
// students), partial and full refunds, and teachers cancelling sessions, against a demo
// platform-server. When everything has settled, for every payment: the splits sum to what was
// charged, the reversed parts sum to what was refunded (never more than a split, never a split
// twice), the refund never exceeds the charge, and a cancelled session's payments are refunded
// in full. Integer cents only; any seed must hold (COMPANION_MONEY_SEED picks another).
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "DatabaseSnapshot.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace companion::test;
namespace instant = companion::instant;

namespace {

struct Offering
{
    const char *id;
    const char *teacherEmail;
};
// A group course (four seats) and two one-to-one courses, of a creator and of an S-T.
const Offering kOfferings[] = { { "off_jonas_python", "st1@demo.test" },
                                { "off_maya_spanish", "creator@demo.test" },
                                { "off_jonas_spanish", "st1@demo.test" } };
const char *kStudents[] = { "usr_lena", "usr_tom", "usr_aisha", "usr_carlos", "usr_sofia", "usr_mei" };

} // namespace

class TestMoneyProperty : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    struct Booking
    {
        QString paymentIntent;
        QString sessionId;
        QString teacherEmail;
        qint64 amount = 0;
    };

    // Free starts 35-42 days ahead: past the demo world's sessions, inside the booking windows.
    QList<qint64> freeStarts(TestHttp &teacher, const QString &teacherId, const QString &offeringId)
    {
        const QDate from = QDate::currentDate().addDays(35);
        const TestReply r
            = teacher.get(QStringLiteral("/api/slots?teacher_id=%1&offering_id=%2&from=%3&to=%4")
                              .arg(teacherId, offeringId, from.toString(Qt::ISODate),
                                   from.addDays(7).toString(Qt::ISODate)));
        QList<qint64> starts;
        for (const QJsonValue &slot : r.json.value(u"slots").toArray())
            starts << *instant::parseMs(slot.toObject().value(u"start").toString());
        return starts;
    }

    // What Stripe says was refunded of the charge paid by `paymentIntent` (0 before any refund).
    qint64 refundedOf(const QString &paymentIntent)
    {
        return DatabaseSnapshot(m_server.dataDir())
            .scalar(QStringLiteral("SELECT COALESCE(MAX(amount_refunded_cents), 0) FROM stripe_charges WHERE "
                                   "payment_intent = '%1'")
                        .arg(paymentIntent));
    }

    QString waitForOutcome(const QString &checkout)
    {
        for (int i = 0; i < 200; ++i, QTest::qWait(25)) {
            const QString outcome
                = DatabaseSnapshot(m_server.dataDir())
                      .text(QStringLiteral("SELECT outcome FROM checkouts WHERE id = '%1'").arg(checkout));
            if (!outcome.isEmpty())
                return outcome;
        }
        return {};
    }

    // Provider jobs done and webhooks applied: nothing pending for a while.
    bool settle()
    {
        int quiet = 0;
        for (int i = 0; i < 400 && quiet < 6; ++i, QTest::qWait(50)) {
            DatabaseSnapshot db(m_server.dataDir());
            const qint64 pending = db.scalar(QStringLiteral(
                "SELECT COUNT(*) FROM provider_jobs WHERE status = 'pending' AND kind != 'reminder_email'"));
            quiet = pending == 0 ? quiet + 1 : 0;
        }
        return quiet >= 6;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0") }),
            qPrintable(m_server.errorString()));
    }

    void randomHistoriesKeepTheMoneyWhole()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COMPANION_MONEY_SEED")
            ? quint32(qEnvironmentVariableIntValue("COMPANION_MONEY_SEED"))
            : 20261207u;
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);
        TestHttp sandbox(m_server.baseUrl());
        QHash<QString, std::shared_ptr<TestHttp>> teachers;
        for (const Offering &o : kOfferings) {
            if (!teachers.contains(QLatin1String(o.teacherEmail)))
                teachers.insert(QLatin1String(o.teacherEmail),
                                signedIn(m_server.baseUrl(), QLatin1String(o.teacherEmail)));
        }
        QList<Booking> bookings;
        QSet<QString> cancelled;
        int refunds = 0;
        for (int step = 0; step < 24; ++step) {
            const int op = bookings.isEmpty() ? 0 : random.bounded(10);
            if (op < 5) { // a booking, often into a group session that already has students
                const Offering &o = kOfferings[random.bounded(3)];
                auto &teacher = *teachers.value(QLatin1String(o.teacherEmail));
                const QString teacherId = QLatin1String(o.teacherEmail) == u"creator@demo.test"
                    ? QStringLiteral("usr_maya")
                    : QStringLiteral("usr_jonas");
                const QList<qint64> starts = freeStarts(teacher, teacherId, QLatin1String(o.id));
                if (starts.isEmpty())
                    continue;
                const qint64 start = starts.at(random.bounded(std::min<int>(3, int(starts.size()))));
                const TestReply r = sandbox.post(
                    QStringLiteral("/sandbox/stripe/test/checkout"),
                    { { QStringLiteral("offering_id"), QLatin1String(o.id) },
                      { QStringLiteral("start"), instant::toUtcStringMs(start) },
                      { QStringLiteral("student_id"), QLatin1String(kStudents[random.bounded(6)]) } });
                QCOMPARE(r.status, 201);
                const QString outcome = waitForOutcome(r.json.value(u"checkout_session").toString());
                QVERIFY2(outcome == u"fulfilled" || outcome == u"slot_taken", qPrintable(outcome));
                if (outcome == u"fulfilled") {
                    DatabaseSnapshot db(m_server.dataDir());
                    const QString checkout = r.json.value(u"checkout_session").toString();
                    bookings.append(
                        { r.json.value(u"payment_intent").toString(),
                          db.text(QStringLiteral("SELECT session_id FROM enrollments WHERE id = 'enr_%1'")
                                      .arg(checkout)),
                          QLatin1String(o.teacherEmail),
                          db.scalar(
                              QStringLiteral("SELECT amount_cents FROM transactions WHERE id = 'txn_%1'")
                                  .arg(checkout)) });
                }
            } else if (op < 8) { // a refund of part or all of what is left
                const Booking &b = bookings.at(random.bounded(int(bookings.size())));
                const qint64 left = b.amount - refundedOf(b.paymentIntent);
                if (left <= 0)
                    continue;
                const qint64 amount = random.bounded(3) == 0 ? left : 1 + qint64(random.bounded(int(left)));
                const TestReply r = sandbox.post(QStringLiteral("/sandbox/stripe/test/refunds"),
                                                 { { QStringLiteral("payment_intent"), b.paymentIntent },
                                                   { QStringLiteral("amount"), amount } });
                QCOMPARE(r.status, 200);
                ++refunds;
            } else { // the teacher cancels one of the booked sessions
                const Booking &b = bookings.at(random.bounded(int(bookings.size())));
                const TestReply r
                    = teachers.value(b.teacherEmail)
                          ->post(QStringLiteral("/api/sessions/%1/cancel").arg(b.sessionId),
                                 { { QStringLiteral("reason"), QStringLiteral("Property test") } });
                QCOMPARE(r.status, 200);
                cancelled.insert(b.sessionId);
            }
            QVERIFY(settle());
        }
        QVERIFY2(bookings.size() >= 5 && refunds >= 2 && !cancelled.isEmpty(),
                 "a history too thin to say much");

        DatabaseSnapshot db(m_server.dataDir());
        for (const Booking &b : std::as_const(bookings)) {
            const QString txn
                = db.text(QStringLiteral("SELECT id FROM transactions WHERE stripe_payment_intent_id = '%1'")
                              .arg(b.paymentIntent));
            const qint64 charged = b.amount;
            const qint64 refunded = refundedOf(b.paymentIntent);
            const QString where = QStringLiteral(" FROM payment_splits WHERE transaction_id = '%1'").arg(txn);
            QVERIFY2(refunded <= charged, qPrintable(txn));
            QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_cents)") + where), charged);
            QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_reversed_cents)") + where), refunded);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT COUNT(*)") + where
                          + QStringLiteral(
                              " AND (amount_reversed_cents < 0 OR amount_reversed_cents > amount_cents)")),
                0);
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*)") + where
                               + QStringLiteral(
                                   " AND (status = 'reversed') != (amount_reversed_cents = amount_cents)")),
                     0);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT refunded_cents FROM transactions WHERE id = '%1'").arg(txn)),
                refunded);
            if (cancelled.contains(b.sessionId))
                QCOMPARE(refunded, charged); // a cancelled session gives everything back
        }
        // One refund job per charge for a cancel, whatever was refunded by hand before it.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT id FROM provider_jobs WHERE id LIKE "
                                          "'refund_cancel_%' GROUP BY id HAVING COUNT(*) > 1)")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestMoneyProperty)
#include "tst_money_property.moc"
