// The iCalendar writer (ical/) against three independent readers: libical's own parser and
// iTIP restriction check, python3-icalendar (Debian) and ical.js (npm), over random sessions
// in zones with DST and non-hour offsets, many around their transitions, with titles full of
// commas, semicolons, backslashes, line breaks, emoji and 200-character names. Every event's
// UID, start, end, zone, status, summary and sequence must come back as written.
#include "IcsReaders.h"
#include "ical/SessionCalendar.h"
#include "models/Session.h"
#include "models/time/InstantFormat.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace companion;

namespace {

const QStringList kZones = {
    QStringLiteral("Europe/Berlin"),    QStringLiteral("America/New_York"),
    QStringLiteral("Asia/Kathmandu"),   QStringLiteral("Australia/Lord_Howe"),
    QStringLiteral("America/St_Johns"), QStringLiteral("Pacific/Chatham"),
    QStringLiteral("Asia/Kolkata"),     QStringLiteral("Europe/London"),
    QStringLiteral("Etc/UTC"),
};

QString randomTitle(QRandomGenerator &random)
{
    static const QStringList pieces = {
        QStringLiteral("Spanish"),
        QStringLiteral(", "),
        QStringLiteral("; "),
        QStringLiteral("\\"),
        QStringLiteral("\n"),
        QStringLiteral("☕"),
        QStringLiteral("👩🏽‍🏫"),
        QStringLiteral("Café"),
        QStringLiteral(":"),
        QStringLiteral("\""),
        QStringLiteral("日本語"),
        QStringLiteral("B1 level"),
        QStringLiteral(" "),
        QStringLiteral("Ünïcödé"),
        QStringLiteral("\\n"),
        QStringLiteral("&"),
    };
    if (random.bounded(10) == 0) { // long names, to fold many times, multi-byte at every offset
        QString title;
        while (title.size() < 200)
            title += pieces.at(random.bounded(pieces.size()));
        title.truncate(200);
        if (title.back().isHighSurrogate()) // whole characters only
            title.chop(1);
        return title;
    }
    QString title;
    for (int i = 0, n = 1 + random.bounded(8); i < n; ++i)
        title += pieces.at(random.bounded(pieces.size()));
    return title.trimmed().isEmpty() ? QStringLiteral("x") : title;
}

// A start near one of the zone's transitions half the time (the spring gap, the autumn
// repeat), anywhere in 2026-2027 otherwise.
QDateTime randomStart(QRandomGenerator &random, const QTimeZone &zone)
{
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    if (random.bounded(2) == 0) {
        const auto transitions = zone.transitions(from, from.addYears(2));
        if (!transitions.isEmpty()) {
            const QDateTime at = transitions.at(random.bounded(transitions.size())).atUtc;
            return at.addSecs((random.bounded(12 * 4) - 6 * 4) * 15 * 60);
        }
    }
    return from.addSecs(qint64(random.bounded(2 * 365 * 24 * 4)) * 15 * 60);
}

struct Fixture
{
    QList<Session> sessions;
};

Fixture randomFixture(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    Fixture fixture;
    for (int i = 0; i < count; ++i) {
        const QString zoneId = kZones.at(random.bounded(kZones.size()));
        const QTimeZone zone(zoneId.toUtf8());
        const QDateTime start = randomStart(random, zone);
        const QDateTime end = start.addSecs((2 + random.bounded(11)) * 15 * 60);
        const bool cancelled = random.bounded(5) == 0;
        const QJsonObject json {
            { QStringLiteral("id"), QStringLiteral("ses_%1_%2").arg(seed).arg(i) },
            { QStringLiteral("course_id"), QStringLiteral("crs_1") },
            { QStringLiteral("course_title"), randomTitle(random) },
            { QStringLiteral("offering_id"), QStringLiteral("off_1") },
            { QStringLiteral("teacher_id"), QStringLiteral("usr_t") },
            { QStringLiteral("teacher_name"), randomTitle(random) },
            { QStringLiteral("course_creator_id"), QStringLiteral("usr_c") },
            { QStringLiteral("time_zone"), zoneId },
            { QStringLiteral("start"), instant::toUtcStringMs(start) },
            { QStringLiteral("end"), instant::toUtcStringMs(end) },
            { QStringLiteral("status"),
              cancelled ? QStringLiteral("cancelled") : QStringLiteral("scheduled") },
            { QStringLiteral("seats"), 6 },
            { QStringLiteral("booked_seats"), random.bounded(7) },
            { QStringLiteral("viewer_role"), QStringLiteral("teacher") },
            { QStringLiteral("price_cents"), 1999 },
            { QStringLiteral("currency"), random.bounded(2) ? QStringLiteral("EUR") : QStringLiteral("JPY") },
            { QStringLiteral("version"), random.bounded(5) },
            { QStringLiteral("updated_at"), QStringLiteral("2025-12-01T10:00:00Z") },
        };
        QString error;
        const auto session = Session::fromJson(json, &error);
        if (!session)
            qFatal("fixture session invalid: %s", qPrintable(error));
        fixture.sessions.append(*session);
    }
    return fixture;
}

} // namespace

class TestIcsRoundtrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The raw rules: CRLF, 75 octets, folds on UTF-8 boundaries.
    static void checkLines(const QByteArray &ics)
    {
        QVERIFY(ics.endsWith("\r\n"));
        const QList<QByteArray> lines = ics.chopped(1).split('\n');
        for (const QByteArray &raw : lines) {
            QVERIFY2(raw.endsWith('\r'), raw.constData());
            const QByteArray line = raw.chopped(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, "a fold split a UTF-8 character");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // KEEP_ICS=1 keeps the files the readers were given, to look at a failure.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_ICS"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 20261207u, 424242u })
            QTest::addRow("seed %u", seed) << seed;
    }

    void roundTrip()
    {
        QFETCH(quint32, seed);
        const Fixture fixture = randomFixture(seed, 300);
        const QByteArray ics = ical::SessionCalendar::write(
            fixture.sessions, { QStringLiteral("Maya, \"L\"; ☕"), QStringLiteral("Europe/Berlin") },
            QUrl(QStringLiteral("https://demo.companion.test")), QDateTime::currentDateTimeUtc());
        checkLines(ics);
        if (QTest::currentTestFailed())
            return;

        // libical: no parse or iTIP errors; every event as written.
        int errors = -1;
        const QList<test::IcsEvent> read = test::readWithLibical(ics, &errors);
        QCOMPARE(errors, 0);
        QCOMPARE(read.size(), fixture.sessions.size());
        int local = 0;
        for (qsizetype i = 0; i < read.size(); ++i) {
            const Session &session = fixture.sessions.at(i);
            const test::IcsEvent &got = read.at(i);
            QCOMPARE(got.uid, session.id + QStringLiteral("@demo.companion.test"));
            QCOMPARE(got.summary, session.courseTitle.trimmed());
            QCOMPARE(got.status,
                     session.status == Session::Status::Cancelled ? QStringLiteral("CANCELLED")
                                                                  : QStringLiteral("CONFIRMED"));
            QCOMPARE(got.start, session.start.toSecsSinceEpoch());
            QCOMPARE(got.end, session.end.toSecsSinceEpoch());
            QCOMPARE(got.sequence, session.version);
            // The teacher's zone, except UTC and times in an hour repeated when clocks go back
            // (readers disagree on which pass such a wall time means, so those go out in UTC).
            QCOMPARE(got.endTzid, got.tzid);
            QVERIFY2(got.tzid.isEmpty() || got.tzid == session.timeZone, qPrintable(got.tzid));
            local += got.tzid.isEmpty() ? 0 : 1;
        }
        QVERIFY2(local > read.size() * 3 / 4, "most events keep their zone");

        // The other two readers get the same file and what libical read, which equals the input.
        test::checkWithOtherReaders(ics, read, m_dir.path(), QStringLiteral("client-%1").arg(seed));
    }

    // The export dialog's count is what the export writes, and both take exactly the sessions
    // that touch the chosen days as the owner's zone dates them (checked against that reading
    // of each session's first and last instant, not the day bounds the code builds).
    void countIsWhatSelectChooses()
    {
        Fixture fixture = randomFixture(11, 400);
        QRandomGenerator random(12);
        for (Session &session : fixture.sessions) {
            if (random.bounded(4) == 0)
                session.teacherId = QStringLiteral("usr_s");
            if (random.bounded(6) == 0)
                session.viewerRole = QStringLiteral("student");
        }
        const QDate first(2025, 12, 20);
        for (int round = 0; round < 300; ++round) {
            const QString zoneId = kZones.at(random.bounded(kZones.size()));
            const QTimeZone zone(zoneId.toUtf8());
            ical::SessionCalendar::Selection selection;
            if (random.bounded(5) != 0)
                selection.from = first.addDays(random.bounded(760));
            if (random.bounded(5) != 0)
                selection.to
                    = (selection.from.isValid() ? selection.from : first).addDays(random.bounded(60));
            selection.includeCancelled = random.bounded(2) == 0;
            selection.onlyMine = random.bounded(2) == 0;
            const QList<Session> chosen
                = ical::SessionCalendar::select(fixture.sessions, selection, QStringLiteral("usr_t"), zoneId);
            QCOMPARE(
                ical::SessionCalendar::count(fixture.sessions, selection, QStringLiteral("usr_t"), zoneId),
                chosen.size());
            qsizetype expected = 0;
            for (const Session &session : std::as_const(fixture.sessions)) {
                const QDate firstDay = session.start.toTimeZone(zone).date();
                const QDate lastDay = session.end.addMSecs(-1).toTimeZone(zone).date();
                expected += (selection.includeCancelled || session.status != Session::Status::Cancelled)
                    && (!selection.onlyMine || session.teacherId == u"usr_t")
                    && session.viewerRole != u"student"
                    && (!selection.from.isValid() || lastDay >= selection.from)
                    && (!selection.to.isValid() || firstDay <= selection.to);
            }
            QCOMPARE(chosen.size(), expected);
            for (qsizetype i = 1; i < chosen.size(); ++i)
                QVERIFY(chosen.at(i - 1).start <= chosen.at(i).start);
        }
    }

    // Two exports of the same sessions with the same stamp are the same bytes (feeds' ETags).
    void deterministic()
    {
        const Fixture fixture = randomFixture(7, 50);
        const auto write = [&] {
            return ical::SessionCalendar::write(fixture.sessions,
                                                { QStringLiteral("M"), QStringLiteral("UTC") },
                                                QUrl(QStringLiteral("https://h.test")), QDateTime());
        };
        QCOMPARE(write(), write());
    }

    // The VTIMEZONEs name plain IANA ids and cover only the exported range.
    void timeZonesArePlainAndTruncated()
    {
        const Fixture fixture = randomFixture(11, 40);
        const QByteArray ics = ical::SessionCalendar::write(
            fixture.sessions, {}, QUrl(QStringLiteral("https://h")), QDateTime::currentDateTimeUtc());
        QVERIFY(!ics.contains("freeassociation"));
        QVERIFY(!ics.contains("X-LIC-LOCATION"));
        QVERIFY(!ics.contains("TZID:/"));
        QVERIFY(!ics.contains("DTSTART:1970")); // history before the range is cut
        QVERIFY(ics.contains("TZID:Asia/Kathmandu"));
        QVERIFY(ics.contains("TZOFFSETTO:+0545"));
    }
};

QTEST_GUILESS_MAIN(TestIcsRoundtrip)
#include "tst_ics_roundtrip.moc"
