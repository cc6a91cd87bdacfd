// The one clock (models/Clock.h) and its command-line options: system by default, started
// (runs on from an instant), pinned (stands still), and "today" in a zone never read in
// the machine's zone.
#include "models/time/Clock.h"
#include "models/time/ClockOptions.h"

#include <QTest>
#include <QThread>

#include <chrono>

using namespace companion;

namespace {

qint64 systemMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

QString applied(const QStringList &arguments)
{
    QCommandLineParser parser;
    clockoptions::addTo(parser);
    if (!parser.parse(QStringList { QStringLiteral("prog") } + arguments))
        return parser.errorText();
    return clockoptions::apply(parser);
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::useSystem(); }

    void systemByDefault()
    {
        QCOMPARE(Clock::mode(), Clock::Mode::System);
        const qint64 before = systemMs();
        const qint64 now = Clock::nowMs();
        QVERIFY(now >= before && now <= systemMs());
    }

    void startedRunsOn()
    {
        const qint64 start = 1'806'570'000'123; // 2027-04-01T09:00:00.123Z
        Clock::startAt(start);
        QCOMPARE(Clock::mode(), Clock::Mode::Started);
        const qint64 first = Clock::nowMs();
        QVERIFY(first >= start && first < start + 1000);
        QThread::msleep(20);
        QVERIFY(Clock::nowMs() >= first + 20);
    }

    void pinnedStandsStill()
    {
        Clock::pinAt(1'806'570'000'500);
        QThread::msleep(5);
        QCOMPARE(Clock::nowMs(), 1'806'570'000'500);
        QCOMPARE(Clock::nowSecs(), 1'806'570'000);
        QCOMPARE(Clock::nowUtc(), QDateTime(QDate(2027, 4, 1), QTime(9, 0, 0, 500), QTimeZone::utc()));
    }

    void secondsRoundDownBeforeTheEpoch()
    {
        Clock::pinAt(-1);
        QCOMPARE(Clock::nowSecs(), -1);
        Clock::pinAt(-1000);
        QCOMPARE(Clock::nowSecs(), -1);
        Clock::pinAt(-1001);
        QCOMPARE(Clock::nowSecs(), -2);
    }

    // 23:30 UTC on the last day of February in a leap year: already 1 March in Berlin, still
    // 29 February in New York; an unknown zone reads as UTC, not as the machine's zone.
    void todayIsTheZonesDate()
    {
        Clock::pinAt(QDateTime(QDate(2028, 2, 29), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(Clock::today(QTimeZone("Europe/Berlin")), QDate(2028, 3, 1));
        QCOMPARE(Clock::today(QTimeZone("America/New_York")), QDate(2028, 2, 29));
        QCOMPARE(Clock::today(QTimeZone("Pacific/Kiritimati")), QDate(2028, 3, 1));
        QCOMPARE(Clock::today(QTimeZone()), QDate(2028, 2, 29));
    }

    void options()
    {
        QCOMPARE(applied({}), QString());
        QCOMPARE(Clock::mode(), Clock::Mode::System);

        QCOMPARE(applied({ QStringLiteral("--clock-pin"), QStringLiteral("2027-03-28T00:30:00Z") }),
                 QString());
        QCOMPARE(Clock::mode(), Clock::Mode::Pinned);
        QCOMPARE(Clock::nowUtc(), QDateTime(QDate(2027, 3, 28), QTime(0, 30), QTimeZone::utc()));

        QCOMPARE(applied({ QStringLiteral("--clock-start"), QStringLiteral("2027-11-07T01:30:00-04:00") }),
                 QString());
        QCOMPARE(Clock::mode(), Clock::Mode::Started);
        QVERIFY(qAbs(Clock::nowMs()
                     - QDateTime(QDate(2027, 11, 7), QTime(5, 30), QTimeZone::utc()).toMSecsSinceEpoch())
                < 5000);

        // Bad input: a clear message, and the clock is left as it was.
        Clock::useSystem();
        QVERIFY(applied({ QStringLiteral("--clock-pin"), QStringLiteral("2027-03-28 00:30") })
                    .contains(QLatin1String("RFC 3339")));
        QVERIFY(applied({ QStringLiteral("--clock-pin"), QStringLiteral("2027-03-28T00:30:00") })
                    .contains(QLatin1String("RFC 3339"))); // no zone: ambiguous
        QVERIFY(applied({ QStringLiteral("--clock-pin"), QStringLiteral("2027-02-30T00:30:00Z") })
                    .contains(QLatin1String("RFC 3339")));
        QVERIFY(applied({ QStringLiteral("--clock-pin"), QStringLiteral("2027-03-28T00:30:00Z"),
                          QStringLiteral("--clock-start"), QStringLiteral("2027-03-28T00:30:00Z") })
                    .contains(QLatin1String("exclude")));
        QCOMPARE(Clock::mode(), Clock::Mode::System);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
