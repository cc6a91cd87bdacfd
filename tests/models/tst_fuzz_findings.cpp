// What the fuzz targets (tests/fuzz) found in the JSON mappings, as defined behaviour: each
// input here once crashed a target (UBSan or a FUZZ_CHECK). The same inputs are in
// tests/fuzz/corpus/<target>/regress_*, where the fuzz run replays them under the sanitizers.
#include "models/Session.h"
#include "models/money/MoneySplit.h"
#include "models/money/Split.h"
#include "models/schedule/BusySession.h"
#include "models/schedule/Offering.h"
#include "models/time/InstantFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace companion;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kSession
    = R"({"id":"ses_1","course_id":"crs_1","course_title":"Spanish","offering_id":"off_1",
    "teacher_id":"usr_1","teacher_name":"Maya","time_zone":"Europe/Berlin","start":"2026-10-02T07:00:00Z",
    "end":"2026-10-02T08:00:00Z","status":"scheduled","seats":1,"booked_seats":1,"viewer_role":"teacher",
    "price_cents":4500,"currency":"EUR","updated_at":"2026-12-01T12:00:00Z"})";

const QByteArray kSplit = R"({"id":"spl_1","recipient_type":"creator","amount_cents":3825,
    "gross_amount_cents":4500,"currency":"EUR","status":"paid","created_at":"2026-09-30T07:00:00Z",
    "paid_at":"2026-12-01T12:00:00Z","updated_at":"2026-12-01T12:00:00Z"})";

QByteArray with(QByteArray json, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(json.contains(from));
    return json.replace(from, to);
}

} // namespace

class TstFuzzFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselinesParse()
    {
        QVERIFY(Session::fromJson(parse(kSession)));
        QVERIFY(Split::fromJson(parse(kSplit)));
    }

    // fuzz_session_json, fuzz_split_json: "" was read as "no instant" and the object accepted
    // with an invalid time, though every other non-RFC-3339 text is refused.
    void emptyRequiredInstantIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("session.updated_at")
            << with(kSession, R"("updated_at":"2026-12-01T12:00:00Z")", R"("updated_at":"")")
            << "session.updated_at";
        QTest::newRow("session.start")
            << with(kSession, R"("start":"2026-10-02T07:00:00Z")", R"("start":"")") << "session.start";
        QTest::newRow("split.created_at")
            << with(kSplit, R"("created_at":"2026-09-30T07:00:00Z")", R"("created_at":"")")
            << "split.created_at";
    }
    void emptyRequiredInstantIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        const bool parsed = json.startsWith(R"({"id":"ses_1")")
            ? Session::fromJson(parse(json), &error).has_value()
            : Split::fromJson(parse(json), &error).has_value();
        QVERIFY(!parsed);
        QCOMPARE(error, field + QStringLiteral(" is not an RFC 3339 instant"));
    }

    void emptyOptionalInstantIsNotGiven()
    {
        const auto split
            = Split::fromJson(parse(with(kSplit, R"("paid_at":"2026-12-01T12:00:00Z")", R"("paid_at":"")")));
        QVERIFY(split);
        QVERIFY(!split->paidAt.isValid());
    }

    // fuzz_split_json: amount_cents × 100 overflowed (undefined) while guessing the role of a
    // split cached before roles existed.
    void roleGuessOfHugeAmounts()
    {
        const auto huge = Split::fromJson(
            parse(with(with(kSplit, R"("amount_cents":3825)", R"("amount_cents":9000000000000000000)"),
                       R"("gross_amount_cents":4500)", R"("gross_amount_cents":9200000000000000000)")));
        QVERIFY(huge);
        QCOMPARE(huge->role, SplitRole::TaughtByYou);
        const auto fifteen = Split::fromJson(
            parse(with(with(kSplit, R"("amount_cents":3825)", R"("amount_cents":1380000000000000000)"),
                       R"("gross_amount_cents":4500)", R"("gross_amount_cents":9200000000000000000)")));
        QVERIFY(fifteen);
        QCOMPARE(fifteen->role, SplitRole::StTaughtYourCourse); // exactly 15 %
        const auto small
            = Split::fromJson(parse(with(kSplit, R"("amount_cents":3825)", R"("amount_cents":675)")));
        QVERIFY(small);
        QCOMPARE(small->role, SplitRole::StTaughtYourCourse);
        const auto above
            = Split::fromJson(parse(with(kSplit, R"("amount_cents":3825)", R"("amount_cents":676)")));
        QVERIFY(above);
        QCOMPARE(above->role, SplitRole::TaughtByYou);
    }

    // fuzz_offering_json, fuzz_session_json: numbers beyond qint64 / int were converted before
    // the range check (undefined); they are refused like any out-of-range number.
    void outOfRangeNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1e21") << QByteArray("1e21");
        QTest::newRow("-1e21") << QByteArray("-1e21");
        QTest::newRow("1e10") << QByteArray("1e10");
        QTest::newRow("9223372036854775808") << QByteArray("9223372036854775808");
    }
    void outOfRangeNumbersAreRefused()
    {
        QFETCH(QByteArray, number);
        QString error;
        QVERIFY(!Offering::fromJson(
            parse(R"({"duration_minutes":60,"minimum_notice_minutes":)" + number + "}"), &error));
        QVERIFY(error.contains(QLatin1String("minimum_notice_minutes")));
        QVERIFY(!BusySession::fromJson(
            parse(R"({"id":"s","start":"2026-01-01T10:00:00Z","end":"2026-01-01T11:00:00Z","booked_seats":)"
                  + number + "}"),
            &error));
        QVERIFY(error.contains(QLatin1String("booked_seats")));
    }

    // fuzz_stripe_events: a signed checkout with amount_total 1e18 overflowed amount × 70 in
    // MoneySplit. Every share is still floor(amount × percent / 100), the platform the rest.
    void moneySplitOfHugeAmounts()
    {
        const qint64 amount = 1000000000000000000; // 1e18 cents
        const MoneySplit st = MoneySplit::compute(amount, TeachingCase::StudentTeacherTaught);
        QCOMPARE(st.shareOf(SplitRecipient::StudentTeacher), 700000000000000000);
        QCOMPARE(st.shareOf(SplitRecipient::Creator), 150000000000000000);
        QCOMPARE(st.total(), amount);
        const qint64 max = std::numeric_limits<qint64>::max();
        const MoneySplit creator = MoneySplit::compute(max, TeachingCase::CreatorTaught);
        QCOMPARE(creator.shareOf(SplitRecipient::Creator), 7839866231326559435); // floor(max × 0.85)
        QCOMPARE(creator.total(), max);
    }

    // fuzz_plugnmeet_events: created_at "9223372036854775807" overflowed seconds × 1000 on its
    // way to text. Such seconds read as the outermost instant that has milliseconds.
    void secondsBeyondMillisecondsAreClamped()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const qint64 limit = max / 1000 - 1;
        QCOMPARE(instant::toUtcStringSecs(max), instant::toUtcStringSecs(limit));
        QCOMPARE(instant::toUtcStringSecs(-max), instant::toUtcStringSecs(-limit));
        QCOMPARE(instant::toUtcStringSecs(253402300799), QStringLiteral("9999-12-31T23:59:59Z"));
    }
};

QTEST_GUILESS_MAIN(TstFuzzFindings)
#include "tst_fuzz_findings.moc"
