// LocalTimeResolver: wall-clock -> instant under RFC 5545 §3.3.5, hand-checked zone by zone.
#include "models/time/InstantFormat.h"
#include "models/time/LocalTimeResolver.h"

#include <QDateTime>
#include <QTest>

using namespace companion;

namespace {
qint64 utc(const char *text)
{
    return *instant::parseMs(QString::fromLatin1(text)) / 1000; // seconds, as the resolver speaks
}
} // namespace

class TstSlotResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toUtc_data();
    void toUtc();
    void endOfDayIsNextMidnight();
    void localDateAcrossOffsets();
    void permanentOffsetChangeIsNotATransitionWithoutAJump();
    void qtDateTimeGapBehaviourIsNotRelied();
};

void TstSlotResolver::toUtc_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QString>("expectedUtc");
    QTest::addColumn<QString>("expectedLocal"); // what the wall clock shows at that instant

    const auto row = [](const char *name, const char *zone, QDate date, int h, int m, const char *utc,
                        const char *local) {
        QTest::newRow(name) << QString::fromLatin1(zone) << date << h * 60 + m << QString::fromLatin1(utc)
                            << QString::fromLatin1(local);
    };
    // America/New_York: 02:00 EST -> 03:00 EDT on 2025-03-09; 02:00 EDT -> 01:00 EST on 2025-11-02.
    row("new-york gap moves forward", "America/New_York", { 2025, 3, 9 }, 2, 30, "2025-03-09T07:30:00Z",
        "2025-03-09T03:30:00-04:00");
    row("new-york overlap first occurrence", "America/New_York", { 2025, 11, 2 }, 1, 30,
        "2025-11-02T05:30:00Z", "2025-11-02T01:30:00-04:00");
    row("new-york after overlap", "America/New_York", { 2025, 11, 2 }, 2, 0, "2025-11-02T07:00:00Z",
        "2025-11-02T02:00:00-05:00");
    // Europe/London: 01:00 GMT -> 02:00 BST on 2025-03-30, back on 2025-10-26.
    row("london gap", "Europe/London", { 2025, 3, 30 }, 1, 30, "2025-03-30T01:30:00Z",
        "2025-03-30T02:30:00+01:00");
    row("london overlap", "Europe/London", { 2025, 10, 26 }, 1, 30, "2025-10-26T00:30:00Z",
        "2025-10-26T01:30:00+01:00");
    // Australia/Lord_Howe: a 30-minute DST (+10:30 <-> +11:00), switching at 02:00.
    row("lord-howe 30 min gap", "Australia/Lord_Howe", { 2025, 10, 5 }, 2, 15, "2025-10-04T15:45:00Z",
        "2025-10-05T02:45:00+11:00");
    row("lord-howe 30 min overlap", "Australia/Lord_Howe", { 2025, 4, 6 }, 1, 45, "2025-04-05T14:45:00Z",
        "2025-04-06T01:45:00+11:00");
    // Asia/Kathmandu: +05:45, no DST.
    row("kathmandu quarter-hour offset", "Asia/Kathmandu", { 2025, 6, 1 }, 9, 0, "2025-06-01T03:15:00Z",
        "2025-06-01T09:00:00+05:45");
    // Pacific/Chatham: +12:45 / +13:45, switching at 02:45 standard time.
    row("chatham gap", "Pacific/Chatham", { 2025, 9, 28 }, 3, 0, "2025-09-27T14:15:00Z",
        "2025-09-28T04:00:00+13:45");
    row("chatham overlap", "Pacific/Chatham", { 2025, 4, 6 }, 3, 0, "2025-04-05T13:15:00Z",
        "2025-04-06T03:00:00+13:45");
    // America/Santiago: changes at midnight; 2025-09-07 00:00 does not exist, 2025-04-05 23:xx happens twice.
    row("santiago midnight gap", "America/Santiago", { 2025, 9, 7 }, 0, 30, "2025-09-07T04:30:00Z",
        "2025-09-07T01:30:00-03:00");
    row("santiago midnight is the gap start", "America/Santiago", { 2025, 9, 7 }, 0, 0,
        "2025-09-07T04:00:00Z", "2025-09-07T01:00:00-03:00");
    row("santiago overlap before midnight", "America/Santiago", { 2025, 4, 5 }, 23, 30,
        "2025-04-06T02:30:00Z", "2025-04-05T23:30:00-03:00");
    // Zones that changed their rules: Sao Paulo dropped DST in 2019, Moscow went to +4 for
    // good in 2011 and back to +3 in 2014.
    row("sao-paulo 2018 gap", "America/Sao_Paulo", { 2018, 11, 4 }, 0, 30, "2018-11-04T03:30:00Z",
        "2018-11-04T01:30:00-02:00");
    row("sao-paulo 2019 no DST any more", "America/Sao_Paulo", { 2019, 11, 3 }, 0, 30, "2019-11-03T03:30:00Z",
        "2019-11-03T00:30:00-03:00");
    row("moscow 2011 last gap", "Europe/Moscow", { 2011, 3, 27 }, 2, 30, "2011-03-26T23:30:00Z",
        "2011-03-27T03:30:00+04:00");
    row("moscow 2011 no fall back", "Europe/Moscow", { 2011, 10, 30 }, 2, 30, "2011-10-29T22:30:00Z",
        "2011-10-30T02:30:00+04:00");
    row("moscow 2014 overlap", "Europe/Moscow", { 2014, 10, 26 }, 1, 30, "2014-10-25T21:30:00Z",
        "2014-10-26T01:30:00+04:00");
}

void TstSlotResolver::toUtc()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(int, minute);
    QFETCH(QString, expectedUtc);
    QFETCH(QString, expectedLocal);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const qint64 around = QDate(1970, 1, 1).daysTo(date) * 86400;
    const LocalTimeResolver resolver(tz, around - 86400, around + 86400);
    const qint64 result = resolver.toUtcSecs(date, minute);
    QCOMPARE(instant::toUtcStringSecs(result), expectedUtc);
    QCOMPARE(instant::toLocalStringMs(result * 1000, resolver.offsetAtSecs(result)), expectedLocal);
    // A resolver whose window does not cover the date must agree (Qt fallback path).
    const LocalTimeResolver far(tz, around + 100 * 86400, around + 101 * 86400);
    QCOMPARE(instant::toUtcStringSecs(far.toUtcSecs(date, minute)), expectedUtc);
}

void TstSlotResolver::endOfDayIsNextMidnight()
{
    const QTimeZone tz("America/Santiago");
    const LocalTimeResolver resolver(tz, utc("2025-09-01T00:00:00Z"), utc("2025-09-10T00:00:00Z"));
    // Saturday 24:00 is Sunday 00:00, which does not exist: it becomes 01:00 -03.
    QCOMPARE(resolver.toUtcSecs({ 2025, 9, 6 }, 1440), resolver.toUtcSecs({ 2025, 9, 7 }, 0));
    QCOMPARE(instant::toUtcStringSecs(resolver.toUtcSecs({ 2025, 9, 6 }, 1440)),
             QStringLiteral("2025-09-07T04:00:00Z"));
}

void TstSlotResolver::localDateAcrossOffsets()
{
    const QTimeZone tz("Pacific/Chatham");
    const LocalTimeResolver resolver(tz, utc("2025-09-20T00:00:00Z"), utc("2025-10-05T00:00:00Z"));
    QCOMPARE(resolver.localDateOfSecs(utc("2025-09-27T11:14:59Z")), QDate(2025, 9, 27)); // 23:59:59 +12:45
    QCOMPARE(resolver.localDateOfSecs(utc("2025-09-27T11:15:00Z")), QDate(2025, 9, 28));
    // The jump happens at 02:45 +12:45 = 14:00Z.
    QCOMPARE(resolver.offsetAtSecs(utc("2025-09-27T13:59:59Z")), 12 * 3600 + 45 * 60);
    QCOMPARE(resolver.offsetAtSecs(utc("2025-09-27T14:00:00Z")), 13 * 3600 + 45 * 60);
}

void TstSlotResolver::permanentOffsetChangeIsNotATransitionWithoutAJump()
{
    // Moscow 2011-10-30: the DST flag changed (MSK summer time became permanent standard
    // time) but the clock did not move: 02:30 exists exactly once.
    const QTimeZone tz("Europe/Moscow");
    const LocalTimeResolver resolver(tz, utc("2011-10-25T00:00:00Z"), utc("2011-11-05T00:00:00Z"));
    QCOMPARE(resolver.offsetAtSecs(utc("2011-10-29T12:00:00Z")), 4 * 3600);
    QCOMPARE(resolver.offsetAtSecs(utc("2011-10-30T12:00:00Z")), 4 * 3600);
}

void TstSlotResolver::qtDateTimeGapBehaviourIsNotRelied()
{
    // Documents what this Qt does with a nonexistent local time, for the record; the
    // engine never builds QDateTime from a local time (see LocalTimeResolver.h).
    const QDateTime qt(QDate(2025, 3, 9), QTime(2, 30), QTimeZone("America/New_York"));
    qInfo() << "Qt" << qVersion() << "maps New York 2025-03-09 02:30 to" << qt.toUTC().toString(Qt::ISODate)
            << "(valid:" << qt.isValid() << ")";
    const LocalTimeResolver resolver(QTimeZone("America/New_York"), utc("2025-03-08T00:00:00Z"),
                                     utc("2025-03-10T00:00:00Z"));
    QCOMPARE(instant::toUtcStringSecs(resolver.toUtcSecs({ 2025, 3, 9 }, 150)),
             QStringLiteral("2025-03-09T07:30:00Z"));
}

QTEST_GUILESS_MAIN(TstSlotResolver)
#include "tst_slot_resolver.moc"
