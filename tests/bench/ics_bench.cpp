// The iCalendar writer's cost (ical/IcsWriter on libical): N sessions to one .ics in memory,
// the content tests/bench/ics/gen_*.{py,mjs} build with python3-icalendar and ical-generator
// (same zones, times, texts; see session()). Prints one JSON line like theirs. Two rows:
// "writer" times IcsWriter::write over ready CalendarEvents (what the competitors do);
// "export" times the app's whole path from Session objects (SessionEvent + write).
//
//   ics_bench N REPEAT [OUT_PREFIX]   (OUT_PREFIX.ics: the last output, for the checkers)
#include "ical/IcsWriter.h"
#include "ical/SessionCalendar.h"
#include "models/time/InstantFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <libical/ical.h>

using namespace companion;

namespace {

const QStringList kZones = { QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"),
                             QStringLiteral("Asia/Kathmandu"), QStringLiteral("Australia/Lord_Howe") };
const QDateTime kBase(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
const QDateTime kStamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

ical::CalendarEvent session(int i)
{
    ical::CalendarEvent event;
    event.uid = QStringLiteral("ses_%1@demo.companion.test").arg(i);
    event.timeZone = kZones.at(i % 4);
    event.start = kBase.addSecs(qint64(i) * 3 * 3600);
    event.end = event.start.addSecs(3600);
    event.summary = QStringLiteral("Course %1: Spanish, conversation; level B1").arg(i % 37);
    event.description = QStringLiteral("Taught by Jonas Weber\nStudents: Ana, Ben, Chloé\nSeats: 3 of 6\n"
                                       "Your share: €42.00");
    event.url = QStringLiteral("https://demo.companion.test/sessions/ses_%1").arg(i);
    event.location = event.url;
    event.status
        = i % 17 == 16 ? ical::CalendarEvent::Status::Cancelled : ical::CalendarEvent::Status::Confirmed;
    event.categories = { QStringLiteral("Teaching") };
    event.sequence = i % 3;
    event.lastModified = kStamp;
    event.organizerName = QStringLiteral("Jonas Weber");
    event.organizerEmail = QStringLiteral("noreply@demo.companion.test");
    return event;
}

Session sessionObject(int i)
{
    const ical::CalendarEvent e = session(i);
    return *Session::fromJson({
        { QStringLiteral("id"), QStringLiteral("ses_%1").arg(i) },
        { QStringLiteral("course_id"), QStringLiteral("crs_1") },
        { QStringLiteral("course_title"), e.summary },
        { QStringLiteral("offering_id"), QStringLiteral("off_1") },
        { QStringLiteral("teacher_id"), QStringLiteral("usr_jonas") },
        { QStringLiteral("teacher_name"), QStringLiteral("Jonas Weber") },
        { QStringLiteral("course_creator_id"), QStringLiteral("usr_maya") },
        { QStringLiteral("time_zone"), e.timeZone },
        { QStringLiteral("start"), instant::toUtcStringMs(e.start) },
        { QStringLiteral("end"), instant::toUtcStringMs(e.end) },
        { QStringLiteral("status"),
          i % 17 == 16 ? QStringLiteral("cancelled") : QStringLiteral("scheduled") },
        { QStringLiteral("seats"), 6 },
        { QStringLiteral("booked_seats"), 3 },
        { QStringLiteral("viewer_role"), QStringLiteral("course_creator") },
        { QStringLiteral("price_cents"), 2000 },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("version"), i % 3 },
        { QStringLiteral("updated_at"), instant::toUtcStringMs(kStamp) },
    });
}

template<typename F> double medianMs(int repeat, F &&run)
{
    QList<double> times;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.value(1, QStringLiteral("10000")).toInt();
    const int repeat = args.value(2, QStringLiteral("5")).toInt();
    const QString outPrefix = args.value(3);

    ical::CalendarHeader header;
    header.name = QStringLiteral("Companion — Maya Lindqvist");
    header.timeZone = QStringLiteral("Europe/Berlin");
    header.stamp = kStamp;
    QByteArray ics;
    // Building the events is part of the work, as it is for the competitors.
    const double writerMs = medianMs(repeat, [&] {
        QList<ical::CalendarEvent> events;
        events.reserve(n);
        for (int i = 0; i < n; ++i)
            events.append(session(i));
        ics = ical::IcsWriter::write(header, events);
    });
    QList<Session> sessions;
    for (int i = 0; i < n; ++i)
        sessions.append(sessionObject(i));
    QByteArray exported;
    const double exportMs = medianMs(repeat, [&] {
        exported
            = ical::SessionCalendar::write(sessions, { QStringLiteral("Maya Lindqvist"), header.timeZone },
                                           QUrl(QStringLiteral("https://demo.companion.test")), kStamp);
    });
    if (!outPrefix.isEmpty()) {
        QFile file(outPrefix + QStringLiteral(".ics"));
        if (file.open(QIODevice::WriteOnly))
            file.write(ics);
    }
    const QJsonObject line { { QStringLiteral("tool"), QStringLiteral("companion IcsWriter (libical)") },
                             { QStringLiteral("version"),
                               QStringLiteral("libical ") + QLatin1String(ICAL_VERSION) },
                             { QStringLiteral("events"), n },
                             { QStringLiteral("median_ms"), writerMs },
                             { QStringLiteral("bytes"), ics.size() },
                             { QStringLiteral("export_median_ms"), exportMs },
                             { QStringLiteral("export_bytes"), exported.size() } };
    std::puts(QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}
