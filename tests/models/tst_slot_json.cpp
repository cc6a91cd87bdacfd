// JSON mapping of the slot engine's types, and `companion-cli slots` (runSlotsCommand).
#include "app/cli/SlotsCommand.h"
#include "models/schedule/SlotCalculator.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const char *const ScheduleJson = R"({"id":"sch_1","name":"Main","time_zone":"America/New_York",
  "weekly":[{"day":1,"start":"09:00","end":"12:00"},{"day":1,"start":"13:00","end":"24:00"}],
  "overrides":[{"date":"2025-12-24","intervals":[]},{"date":"2025-12-27","intervals":[{"start":"10:00","end":"11:00"}]}],
  "blocks":[{"start_date":"2025-08-01","end_date":"2025-08-14","reason":"holiday"}]})";

const char *const OfferingJson
    = R"({"id":"off_1","schedule_id":"sch_1","title":"Lesson","duration_minutes":60,
  "slot_interval_minutes":30,"buffer_before_minutes":10,"buffer_after_minutes":5,"minimum_notice_minutes":120,
  "booking_window_days":60,"max_per_day":3,"max_per_week":null,"seats":4,"price_cents":4500,"currency":"EUR",
  "booking_url":"https://platform.example/courses/crs_1/book/off_1"})";

} // namespace

class TstSlotJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleRoundTrip();
    void scheduleSortsLikeTheServer();
    void scheduleRejects_data();
    void scheduleRejects();
    void offeringRoundTripAndDefaults();
    void offeringRejects();
    void busyShapes();
    void instantParsing();
    void instantFractions();
    void slotJson();
    void cliJson();
    void cliText();
    void cliUsageErrors();
    void cliBatch();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content);
    int cli(const QStringList &arguments, QString *out, QString *err);
};

QString TstSlotJson::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

int TstSlotJson::cli(const QStringList &arguments, QString *out, QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    const int code = cli::runSlotsCommand(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}

void TstSlotJson::scheduleRoundTrip()
{
    QString error;
    const auto schedule = Schedule::fromJson(parseObject(ScheduleJson), &error);
    QVERIFY2(schedule, qPrintable(error));
    QCOMPARE(schedule->weekly.size(), 2);
    QCOMPARE(schedule->weekly.at(1).interval.endMinute, 1440);
    QCOMPARE(schedule->overrides.first().intervals.size(), 0);
    QCOMPARE(schedule->blocks.first().reason, QStringLiteral("holiday"));
    QCOMPARE(Schedule::fromJson(schedule->toJson()), schedule);
    QCOMPARE(schedule->toJson()
                 .value(QLatin1String("weekly"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("end")),
             QJsonValue(QStringLiteral("24:00")));
    // Rules of one day merge; a closing override empties the day; a block wins.
    QCOMPARE(schedule->intervalsOn({ 2025, 6, 2 }).size(), 2);
    QVERIFY(schedule->intervalsOn({ 2025, 12, 24 }).isEmpty());
    QCOMPARE(schedule->intervalsOn({ 2025, 12, 27 }), (QList<LocalInterval> { { 600, 660 } }));
    QVERIFY(schedule->intervalsOn({ 2025, 8, 4 }).isEmpty());
}

// The order AvailabilityStore returns (day/start, date, first date), stable for equal keys.
void TstSlotJson::scheduleSortsLikeTheServer()
{
    Schedule schedule;
    schedule.timeZone = QStringLiteral("Europe/Berlin");
    schedule.weekly
        = { { 3, { 1320, 1440 } }, { 1, { 840, 1020 } }, { 1, { 540, 720 } }, { 3, { 1320, 1380 } } };
    schedule.overrides
        = { { QDate(2026, 12, 24), { { 900, 960 }, { 600, 660 } } }, { QDate(2026, 12, 9), {} } };
    schedule.blocks = { { QDate(2027, 1, 4), QDate(2027, 1, 8), QStringLiteral("b") },
                        { QDate(2026, 12, 28), QDate(2026, 12, 30), QStringLiteral("a") } };
    schedule.sortCanonically();
    QCOMPARE(schedule.weekly,
             (QList<WeeklyRule> {
                 { 1, { 540, 720 } }, { 1, { 840, 1020 } }, { 3, { 1320, 1440 } }, { 3, { 1320, 1380 } } }));
    QCOMPARE(schedule.overrides.first().date, QDate(2026, 12, 9));
    QCOMPARE(schedule.overrides.last().intervals, (QList<LocalInterval> { { 600, 660 }, { 900, 960 } }));
    QCOMPARE(schedule.blocks.first().reason, QStringLiteral("a"));
}

void TstSlotJson::scheduleRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no zone") << QByteArray(R"({"weekly":[]})") << "time_zone";
    QTest::newRow("bad zone") << QByteArray(R"({"time_zone":"Europe/Atlantis"})") << "Europe/Atlantis";
    QTest::newRow("bad day") << QByteArray(
        R"({"time_zone":"UTC","weekly":[{"day":0,"start":"09:00","end":"10:00"}]})")
                             << "weekly[0].day";
    QTest::newRow("25:00") << QByteArray(
        R"({"time_zone":"UTC","weekly":[{"day":1,"start":"09:00","end":"25:00"}]})")
                           << "HH:MM";
    QTest::newRow("reversed") << QByteArray(
        R"({"time_zone":"UTC","weekly":[{"day":1,"start":"10:00","end":"09:00"}]})")
                              << "does not end after";
    QTest::newRow("override without intervals")
        << QByteArray(R"({"time_zone":"UTC","overrides":[{"date":"2025-01-01"}]})") << "intervals";
    QTest::newRow("reversed block") << QByteArray(
        R"({"time_zone":"UTC","blocks":[{"start_date":"2025-01-02","end_date":"2025-01-01"}]})")
                                    << "ends before";
}

void TstSlotJson::scheduleRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!Schedule::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TstSlotJson::offeringRoundTripAndDefaults()
{
    QString error;
    const auto offering = Offering::fromJson(parseObject(OfferingJson), &error);
    QVERIFY2(offering, qPrintable(error));
    QCOMPARE(offering->seats, 4);
    QCOMPARE(offering->maxPerDay, std::optional<int>(3));
    QCOMPARE(offering->maxPerWeek, std::nullopt);
    QCOMPARE(offering->priceCents, 4500);
    QCOMPARE(offering->bookingUrl, QStringLiteral("https://platform.example/courses/crs_1/book/off_1"));
    QCOMPARE(Offering::fromJson(offering->toJson()), offering);

    const auto minimal = Offering::fromJson(parseObject(R"({"id":"o","duration_minutes":45})"));
    QVERIFY(minimal);
    QCOMPARE(minimal->effectiveSlotIntervalMinutes(), 45);
    QCOMPARE(minimal->seats, 1);
    QCOMPARE(minimal->bookingWindowDays, std::nullopt);
    QCOMPARE(minimal->bookingUrl, QString());
    QVERIFY(minimal->toJson().value(QLatin1String("booking_url")).isNull());
    const auto noLink = Offering::fromJson(parseObject(R"({"duration_minutes":45,"booking_url":null})"));
    QVERIFY(noLink && noLink->bookingUrl.isEmpty());
}

void TstSlotJson::offeringRejects()
{
    QString error;
    QVERIFY(!Offering::fromJson(parseObject(R"({"id":"o"})"), &error));
    QVERIFY(error.contains(QLatin1String("duration_minutes")));
    QVERIFY(!Offering::fromJson(parseObject(R"({"duration_minutes":0})"), &error));
    QVERIFY(!Offering::fromJson(parseObject(R"({"duration_minutes":30.5})"), &error));
    QVERIFY(!Offering::fromJson(parseObject(R"({"duration_minutes":30,"seats":0})"), &error));
    QVERIFY(
        !Offering::fromJson(parseObject(R"({"duration_minutes":30,"buffer_before_minutes":-5})"), &error));
    QVERIFY(!Offering::fromJson(parseObject(R"({"duration_minutes":30,"currency":"euro"})"), &error));
    QVERIFY(error.contains(QLatin1String("ISO 4217")));
    // A booking link is opened and shared: only an absolute web address.
    for (const char *bad : { R"({"duration_minutes":30,"booking_url":"javascript:alert"})",
                             R"({"duration_minutes":30,"booking_url":"file:///etc/passwd"})",
                             R"({"duration_minutes":30,"booking_url":"/courses/c/book/o"})",
                             R"({"duration_minutes":30,"booking_url":42})" }) {
        error.clear();
        QVERIFY2(!Offering::fromJson(parseObject(bad), &error), bad);
        QVERIFY(error.contains(QLatin1String("booking_url")));
    }
}

void TstSlotJson::busyShapes()
{
    const QByteArray one = R"({"id":"s1","offering_id":"off_1","start":"2025-06-02T10:00:00-04:00",
        "end":"2025-06-02T15:00:00Z","status":"cancelled","buffer_before_minutes":5,"seats":3,"booked_seats":2})";
    const auto bare = BusySession::listFromJson(QJsonDocument::fromJson("[" + one + "]").array());
    const auto wrapped
        = BusySession::listFromJson(QJsonDocument::fromJson(R"({"sessions":[)" + one + "]}").object());
    QVERIFY(bare && wrapped);
    QCOMPARE(*bare, *wrapped);
    const BusySession &s = bare->first();
    QCOMPARE(instant::toUtcStringMs(s.startMs), QStringLiteral("2025-06-02T14:00:00Z"));
    QVERIFY(s.cancelled);
    QCOMPARE(s.seats, std::optional<int>(3));
    QCOMPARE(s.bookedSeats, 2);
    QCOMPARE(BusySession::fromJson(s.toJson()), s);

    QString error;
    QVERIFY(!BusySession::listFromJson(QJsonValue(42), &error));
    QVERIFY(!BusySession::listFromJson(
        QJsonDocument::fromJson(R"([{"id":"x","start":"2025-06-02T10:00:00","end":"2025-06-02T11:00:00Z"}])")
            .array(),
        &error));
    QVERIFY2(error.contains(QLatin1String("offset")), qPrintable(error));
}

void TstSlotJson::instantParsing()
{
    QCOMPARE(instant::parseMs(QStringLiteral("1970-01-01T00:00:00Z")), std::optional<qint64>(0));
    QCOMPARE(instant::parseMs(QStringLiteral("2025-03-30T03:00:00+02:00")),
             instant::parseMs(QStringLiteral("2025-03-30T01:00:00Z")));
    QCOMPARE(instant::parseMs(QStringLiteral("2025-06-02T10:00:00.250+05:45")),
             instant::parseMs(QStringLiteral("2025-06-02T04:15:00.250Z")));
    QVERIFY(!instant::parseMs(QStringLiteral("2025-06-02T10:00:00")));
    QVERIFY(!instant::parseMs(QStringLiteral("2025-02-30T10:00:00Z")));
    QCOMPARE(instant::toLocalStringMs(0, -(3 * 3600 + 30 * 60)), QStringLiteral("1969-12-31T20:30:00-03:30"));
}

void TstSlotJson::instantFractions()
{
    const qint64 base = *instant::parseMs(QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(base % 1000, 0);
    // 1 to 9 digits: milliseconds kept, sub-millisecond digits truncated (toward the past).
    const QList<std::pair<const char *, qint64>> fractions {
        { "2026-12-01T10:00:00.5Z", 500 },        { "2026-12-01T10:00:00.50Z", 500 },
        { "2026-12-01T10:00:00.500Z", 500 },      { "2026-12-01T10:00:00.05Z", 50 },
        { "2026-12-01T10:00:00.005Z", 5 },        { "2026-12-01T10:00:00.1239Z", 123 },
        { "2026-12-01T10:00:00.99999Z", 999 },    { "2026-12-01T10:00:00.123456789Z", 123 },
        { "2026-12-01T10:00:00.000000001Z", 0 },  { "2026-12-01t10:00:00.250z", 250 },
        { "2026-12-01T11:00:00.250+01:00", 250 }, { "2026-12-01T04:15:00.750-05:45", 750 },
        { "2026-12-01 10:00:00.001Z", 1 },
    };
    for (const auto &[text, millis] : fractions)
        QCOMPARE(instant::parseMs(QLatin1String(text)), std::optional<qint64>(base + millis));
    // Before 1970 the fraction still counts forward from the second.
    QCOMPARE(instant::parseMs(QStringLiteral("1969-12-31T23:59:59.500Z")), std::optional<qint64>(-500));
    QCOMPARE(instant::toUtcStringMs(-500), QStringLiteral("1969-12-31T23:59:59.500Z"));
    QCOMPARE(instant::toStorageStringMs(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
    // Rejected: more than 9 digits, an empty fraction, a fraction without seconds, a comma.
    for (const char *bad :
         { "2026-12-01T10:00:00.1234567890Z", "2026-12-01T10:00:00.Z", "2026-12-01T10:00.500Z",
           "2026-12-01T10:00:00,500Z", "2026-12-01T10:00:00.500", "2026-12-01T10:00:00.5e3Z" })
        QVERIFY2(!instant::parseMs(QLatin1String(bad)), bad);

    // Writing: the wire form has ".sss" only when not zero (today's texts stay as they are),
    // the local form likewise, the storage form always.
    QCOMPARE(instant::toUtcStringMs(base), QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(instant::toUtcStringMs(base + 500), QStringLiteral("2026-12-01T10:00:00.500Z"));
    QCOMPARE(instant::toUtcStringMs(base + 5), QStringLiteral("2026-12-01T10:00:00.005Z"));
    QCOMPARE(instant::toLocalStringMs(base + 250, 3600), QStringLiteral("2026-12-01T11:00:00.250+01:00"));
    QCOMPARE(instant::toLocalStringMs(base, -(5 * 3600 + 45 * 60)),
             QStringLiteral("2026-12-01T04:15:00-05:45"));
    QCOMPARE(instant::toStorageStringMs(base), QStringLiteral("2026-12-01T10:00:00.000Z"));
    QCOMPARE(instant::toStorageStringMs(base + 500), QStringLiteral("2026-12-01T10:00:00.500Z"));
    QCOMPARE(instant::toUtcStringSecs(base / 1000), QStringLiteral("2026-12-01T10:00:00Z"));

    // Round trips, and the storage form sorts like the instants (the wire form does not).
    QRandomGenerator rng(500);
    QStringList stored;
    QList<qint64> values;
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = qint64(rng.bounded(4000000)) * 1000000 + rng.bounded(1000000) - 100000LL * 1000000;
        QCOMPARE(instant::parseMs(instant::toUtcStringMs(ms)), std::optional<qint64>(ms));
        QCOMPARE(instant::parseMs(instant::toStorageStringMs(ms)), std::optional<qint64>(ms));
        for (const int offset : { -(9 * 3600 + 30 * 60), 0, 5 * 3600 + 45 * 60, 14 * 3600 })
            QCOMPARE(instant::parseMs(instant::toLocalStringMs(ms, offset)), std::optional<qint64>(ms));
        values << ms;
        stored << instant::toStorageStringMs(ms);
    }
    std::sort(values.begin(), values.end());
    std::sort(stored.begin(), stored.end());
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(stored.at(i), instant::toStorageStringMs(values.at(i)));
    QVERIFY(instant::toUtcStringMs(base + 500) < instant::toUtcStringMs(base)); // why storage is fixed width
    QVERIFY(instant::toStorageStringMs(base + 500) > instant::toStorageStringMs(base));

    // Busy sessions keep the milliseconds through JSON.
    const auto busy = BusySession::fromJson(
        QJsonObject { { QStringLiteral("id"), QStringLiteral("s") },
                      { QStringLiteral("start"), QStringLiteral("2026-12-01T09:00:00.250Z") },
                      { QStringLiteral("end"), QStringLiteral("2026-12-01T10:00:00.5Z") } });
    QVERIFY(busy);
    QCOMPARE(busy->endMs, base + 500);
    QCOMPARE(busy->toJson().value(QLatin1String("end")).toString(),
             QStringLiteral("2026-12-01T10:00:00.500Z"));
    QCOMPARE(busy->toJson().value(QLatin1String("start")).toString(),
             QStringLiteral("2026-12-01T09:00:00.250Z"));
}

void TstSlotJson::slotJson()
{
    const Slot slot { *instant::parseMs(QStringLiteral("2025-10-04T15:30:00Z")),
                      *instant::parseMs(QStringLiteral("2025-10-04T16:00:00Z")), 2, QStringLiteral("g1") };
    const QJsonObject json = slot.toJson(QTimeZone("Australia/Lord_Howe"));
    QCOMPARE(json.value(QLatin1String("start")).toString(), QStringLiteral("2025-10-04T15:30:00Z"));
    QCOMPARE(json.value(QLatin1String("local_start")).toString(),
             QStringLiteral("2025-10-05T02:30:00+11:00"));
    QCOMPARE(json.value(QLatin1String("local_date")).toString(), QStringLiteral("2025-10-05"));
    QCOMPARE(json.value(QLatin1String("session_id")).toString(), QStringLiteral("g1"));
    QCOMPARE(json.value(QLatin1String("seats_available")).toInt(), 2);
    const QJsonObject body
        = slotListToJson({ slot }, QTimeZone("UTC"), QStringLiteral("Australia/Lord_Howe"));
    QCOMPARE(body.value(QLatin1String("time_zone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(body.value(QLatin1String("slots")).toArray().size(), 1);
}

void TstSlotJson::cliJson()
{
    const QString schedule = write(QStringLiteral("schedule.json"), ScheduleJson);
    const QString offering
        = write(QStringLiteral("offering.json"), R"({"id":"off_1","duration_minutes":60})");
    const QString busy = write(QStringLiteral("busy.json"),
                               R"({"sessions":[{"id":"s","offering_id":"x","start":"2025-06-02T14:00:00Z",
                                   "end":"2025-06-02T15:00:00Z"}]})");
    QString out, err;
    const int code = cli({ u"--schedule"_s, schedule, u"--offering"_s, offering, u"--busy"_s, busy,
                           u"--from"_s, u"2025-06-02"_s, u"--to"_s, u"2025-06-02"_s, u"--now"_s,
                           u"2025-06-01T00:00:00Z"_s, u"--tz"_s, u"Europe/Berlin"_s, u"--json"_s },
                         &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QJsonObject body = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(body.value(QLatin1String("schedule_time_zone")).toString(), QStringLiteral("America/New_York"));
    const QJsonArray slotList = body.value(QLatin1String("slots")).toArray();
    // Monday 09-12 and 13-24 New York: 09, 11 (10:00 is busy), then 13..17; from 18:00 New York
    // it is Tuesday in Berlin, outside the viewer's date range.
    QCOMPARE(slotList.first().toObject().value(QLatin1String("local_start")).toString(),
             QStringLiteral("2025-06-02T15:00:00+02:00"));
    QCOMPARE(slotList.at(1).toObject().value(QLatin1String("start")).toString(),
             QStringLiteral("2025-06-02T15:00:00Z"));
    QCOMPARE(slotList.last().toObject().value(QLatin1String("local_start")).toString(),
             QStringLiteral("2025-06-02T23:00:00+02:00"));
    QCOMPARE(slotList.size(), 2 + 5);
}

void TstSlotJson::cliText()
{
    const QString schedule = write(QStringLiteral("schedule.json"), ScheduleJson);
    const QString offering
        = write(QStringLiteral("offering.json"), R"({"id":"off_1","duration_minutes":60})");
    QString out, err;
    QCOMPARE(cli({ u"--schedule"_s, schedule, u"--offering"_s, offering, u"--from"_s, u"2025-06-02"_s,
                   u"--to"_s, u"2025-06-02"_s, u"--now"_s, u"2025-06-01T00:00:00Z"_s },
                 &out, &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("14 slot(s), times in America/New_York")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("2025-06-02 09:00-10:00 -04:00  (2025-06-02T13:00:00Z)")));
}

void TstSlotJson::cliUsageErrors()
{
    const QString schedule = write(QStringLiteral("schedule.json"), ScheduleJson);
    const QString offering
        = write(QStringLiteral("offering.json"), R"({"id":"off_1","duration_minutes":60})");
    const QString broken = write(QStringLiteral("broken.json"), "{\"time_zone\": ");
    const QStringList base {
        u"--schedule"_s, schedule,  u"--offering"_s, offering,   u"--from"_s,
        u"2025-06-02"_s, u"--to"_s, u"2025-06-02"_s, u"--now"_s, u"2025-06-01T00:00:00Z"_s
    };
    QString out, err;
    QCOMPARE(cli({ u"--help"_s }, &out, &err), 0);
    QVERIFY(out.startsWith(QLatin1String("usage: companion-cli slots")));
    QCOMPARE(cli({ u"--schedule"_s, schedule }, &out, &err), 2);
    QVERIFY(err.contains(QLatin1String("--offering is required")));
    err.clear();
    QCOMPARE(cli(base + QStringList { u"--tz"_s, u"Nowhere/Town"_s }, &out, &err), 2);
    QVERIFY(err.contains(QLatin1String("Nowhere/Town")));
    err.clear();
    QCOMPARE(cli(QStringList { u"--schedule"_s, broken } + base.mid(2), &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("not valid JSON")), qPrintable(err));
    err.clear();
    QStringList badNow = base;
    badNow.last() = QStringLiteral("tomorrow");
    QCOMPARE(cli(badNow, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("now must be an RFC 3339 instant")), qPrintable(err));
    err.clear();
    QCOMPARE(cli(base + QStringList { u"--frobnicate"_s }, &out, &err), 2);
    err.clear();
    QCOMPARE(cli({ u"--schedule"_s, m_dir.filePath(u"missing.json"_s), u"--offering"_s, offering, u"--from"_s,
                   u"2025-06-02"_s, u"--to"_s, u"2025-06-02"_s, u"--now"_s, u"2025-06-01T00:00:00Z"_s },
                 &out, &err),
             2);
    QVERIFY(err.contains(QLatin1String("cannot read")));
}

void TstSlotJson::cliBatch()
{
    const QByteArray batch = QByteArray(R"([{"schedule":)") + ScheduleJson
        + R"(,"offering":{"id":"o","duration_minutes":180},"from":"2025-06-02","to":"2025-06-02",
             "now":"2025-06-01T00:00:00Z"},
            {"schedule":{"time_zone":"Bad/Zone"},"offering":{"duration_minutes":60},"from":"2025-06-02",
             "to":"2025-06-02","now":"2025-06-01T00:00:00Z"}])";
    QString out, err;
    QCOMPARE(cli({ u"--batch"_s, write(QStringLiteral("batch.json"), batch) }, &out, &err), 0);
    const QJsonArray results = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("slots")).toArray().size(),
             4); // 09:00, then 13:00, 16:00, 19:00
    QVERIFY(results.at(1)
                .toObject()
                .value(QLatin1String("error"))
                .toString()
                .contains(QLatin1String("Bad/Zone")));
}

QTEST_GUILESS_MAIN(TstSlotJson)
#include "tst_slot_json.moc"
