// A teacher proposes a new time for a booked session (POST /api/sessions/{id}/proposals) and
// the students answer from their email (GET/POST /proposals/{token}…), over real HTTP against a
// demo platform-server with its Stripe and Resend sandboxes: who may propose, that only a free
// slot of the same offering can be proposed and is then held, that every student must accept
// before the session moves (version +1), that one decline or no answer in time keeps the
// original time, and that each link answers once.
#include "ServerProcess.h"
#include "TestHttp.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace companion::test;
namespace instant = companion::instant;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestSessionProposal : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_sessionId;
    qint64 m_startMs = 0;

    std::unique_ptr<TestHttp> as(const QString &email) { return signedIn(m_server.baseUrl(), email); }

    // The free starts of Jonas's Python offering over the next days (what students are offered).
    QList<qint64> freeStarts(TestHttp &http, qint64 aroundMs)
    {
        const QDate day = QDateTime::fromMSecsSinceEpoch(aroundMs, QTimeZone::utc()).date();
        const TestReply r = http.get(
            QStringLiteral("/api/slots?teacher_id=usr_jonas&offering_id=off_jonas_python&from=%1&to=%2")
                .arg(day.addDays(-2).toString(Qt::ISODate), day.addDays(2).toString(Qt::ISODate)));
        QList<qint64> starts;
        for (const QJsonValue &slot : r.json.value(u"slots").toArray())
            starts << *instant::parseMs(field(slot.toObject(), "start"));
        return starts;
    }

    // The link of each recipient's newest proposal email.
    QHash<QString, QString> links(const QString &marker)
    {
        QHash<QString, QString> byRecipient;
        for (const QJsonValue &v : TestHttp(m_server.baseUrl())
                                       .get(QStringLiteral("/sandbox/resend/test/emails"))
                                       .json.value(u"data")
                                       .toArray()) {
            const QJsonObject email = v.toObject();
            const QString text = field(email, "text");
            if (!field(email, "subject").startsWith(u"New time proposed") || !text.contains(marker))
                continue;
            const auto match = QRegularExpression(QStringLiteral("(/proposals/[A-Za-z0-9_-]+)")).match(text);
            if (match.hasMatch())
                byRecipient.insert(email.value(u"to").toArray().first().toString(), match.captured(1));
        }
        return byRecipient;
    }

    QHash<QString, QString> waitForLinks(const QString &marker, int count)
    {
        QHash<QString, QString> found;
        for (int i = 0; i < 200 && found.size() < count; ++i, QTest::qWait(50))
            found = links(marker);
        return found;
    }

    QJsonObject session(TestHttp &http)
    {
        return http.get(QStringLiteral("/api/sessions/") + m_sessionId).json;
    }

    TestReply propose(TestHttp &http, qint64 startMs)
    {
        return http.post(QStringLiteral("/api/sessions/%1/proposals").arg(m_sessionId),
                         { { QStringLiteral("start"), instant::toUtcStringMs(startMs) } });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") }),
                 qPrintable(m_server.errorString()));
        // Two students pay for one of Jonas's group sessions, beyond the demo world's sessions (they
        // end 30 days ahead) and inside the booking window (45 days).
        TestHttp sandbox(m_server.baseUrl());
        auto jonas = as(QStringLiteral("st1@demo.test"));
        const QList<qint64> starts
            = freeStarts(*jonas, QDateTime::currentMSecsSinceEpoch() + 38 * 86400000LL);
        QVERIFY(starts.size() > 4);
        for (const qint64 start : starts) {
            for (const char *student : { "usr_lena", "usr_tom" })
                QCOMPARE(sandbox
                             .post(QStringLiteral("/sandbox/stripe/test/checkout"),
                                   { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_python") },
                                     { QStringLiteral("start"), instant::toUtcStringMs(start) },
                                     { QStringLiteral("student_id"), QLatin1String(student) } })
                             .status,
                         201);
            for (int i = 0; i < 100 && m_sessionId.isEmpty(); ++i, QTest::qWait(50)) {
                const TestReply page = jonas->get(QStringLiteral("/api/sessions?limit=500"));
                for (const QJsonValue &v : page.json.value(u"items").toArray()) {
                    if (*instant::parseMs(field(v.toObject(), "start")) == start
                        && v.toObject().value(u"booked_seats").toInt() == 2)
                        m_sessionId = field(v.toObject(), "id");
                }
            }
            if (!m_sessionId.isEmpty()) {
                m_startMs = start;
                break;
            }
        }
        QVERIFY2(!m_sessionId.isEmpty(), "no slot where both checkouts landed");
    }

    void whoMayProposeAndWhat()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        auto priya = as(QStringLiteral("st2@demo.test"));
        auto lena = as(QStringLiteral("student1@demo.test"));
        const qint64 other = freeStarts(*jonas, m_startMs).first();
        QCOMPARE(propose(*priya, other).status, 404);
        QCOMPARE(propose(*lena, other).status, 403);
        QCOMPARE(jonas
                     ->post(QStringLiteral("/api/sessions/%1/proposals").arg(m_sessionId),
                            { { QStringLiteral("start"), QStringLiteral("tomorrow at six") } })
                     .status,
                 400);
        TestReply notFree = propose(*jonas, m_startMs + 17 * 60 * 1000); // not on the slot grid
        QCOMPARE(notFree.status, 409);
        QCOMPARE(notFree.errorCode(), QStringLiteral("slot_not_free"));
        QCOMPARE(jonas->get(QStringLiteral("/api/sessions/%1/proposal").arg(m_sessionId)).status, 404);
    }

    void everyStudentAcceptsAndTheSessionMoves()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        const int version = session(*jonas).value(u"version").toInt();
        const qint64 target = freeStarts(*jonas, m_startMs).last();
        QVERIFY(target != m_startMs);
        const TestReply proposed = propose(*jonas, target);
        QCOMPARE(proposed.status, 201);
        QCOMPARE(field(proposed.json, "state"), QStringLiteral("proposed"));
        QCOMPARE(proposed.json.value(u"answers").toArray().size(), 2);
        QCOMPARE(propose(*jonas, target).errorCode(), QStringLiteral("proposal_open"));
        // Held: no longer offered to other students.
        QVERIFY(!freeStarts(*jonas, target).contains(target));

        const QHash<QString, QString> byStudent
            = waitForLinks(QStringLiteral("Hello Lena"), 1).contains(QStringLiteral("student1@demo.test"))
            ? waitForLinks(QStringLiteral("/proposals/"), 2)
            : QHash<QString, QString>();
        QCOMPARE(byStudent.size(), 2);
        TestHttp anonymous(m_server.baseUrl());
        const QString lenaLink = byStudent.value(QStringLiteral("student1@demo.test"));
        const QString tomLink = byStudent.value(QStringLiteral("student2@demo.test"));
        const TestReply page = anonymous.get(lenaLink);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("Accept the new time"));
        QVERIFY(page.body.contains("Hello Lena Fischer"));

        TestReply answer = anonymous.post(lenaLink + QStringLiteral("/accept"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("once every student has"));
        QCOMPARE(anonymous.post(lenaLink + QStringLiteral("/decline")).status, 409); // one answer per link
        QCOMPARE(*instant::parseMs(field(session(*jonas), "start")), m_startMs); // not yet
        answer = anonymous.post(tomLink + QStringLiteral("/accept"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("Everyone accepted"));

        const QJsonObject moved = session(*jonas);
        QCOMPARE(*instant::parseMs(field(moved, "start")), target);
        QCOMPARE(moved.value(u"version").toInt(), version + 1);
        QCOMPARE(
            field(jonas->get(QStringLiteral("/api/sessions/%1/proposal").arg(m_sessionId)).json, "state"),
            QStringLiteral("accepted"));
        QCOMPARE(anonymous.get(QStringLiteral("/proposals/not-a-token")).status, 404);
        m_startMs = target;
    }

    void oneDeclineKeepsTheOriginalTime()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        const qint64 target = freeStarts(*jonas, m_startMs).first();
        QCOMPARE(propose(*jonas, target).status, 201);
        // A link of the new proposal (the old ones show the ended proposal now).
        TestHttp anonymous(m_server.baseUrl());
        QString open;
        for (int i = 0; i < 200 && open.isEmpty(); ++i, QTest::qWait(50)) {
            for (const QString &link : links(QStringLiteral("/proposals/"))) {
                if (anonymous.get(link).body.contains("Accept the new time"))
                    open = link;
            }
        }
        QVERIFY(!open.isEmpty());
        QCOMPARE(anonymous.post(open + QStringLiteral("/decline")).status, 200);
        QCOMPARE(*instant::parseMs(field(session(*jonas), "start")), m_startMs);
        QCOMPARE(
            field(jonas->get(QStringLiteral("/api/sessions/%1/proposal").arg(m_sessionId)).json, "state"),
            QStringLiteral("declined"));
        QVERIFY(freeStarts(*jonas, target).contains(target)); // the hold is gone
    }

    void noAnswerInTimeExpires()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        const qint64 target = freeStarts(*jonas, m_startMs).first();
        QCOMPARE(propose(*jonas, target).status, 201);
        TestHttp hooks(m_server.baseUrl());
        QCOMPARE(hooks.post(QStringLiteral("/api/_test/sessions/%1/expire_proposal").arg(m_sessionId)).status,
                 204);
        QString state;
        for (int i = 0; i < 200 && state != u"expired"; ++i, QTest::qWait(50))
            state = field(jonas->get(QStringLiteral("/api/sessions/%1/proposal").arg(m_sessionId)).json,
                          "state");
        QCOMPARE(state, QStringLiteral("expired"));
        QCOMPARE(*instant::parseMs(field(session(*jonas), "start")), m_startMs);
    }
};

QTEST_GUILESS_MAIN(TestSessionProposal)
#include "tst_session_proposal.moc"
