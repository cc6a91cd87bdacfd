#pragma once

// .ics text read back the way the tests compare it: with libical (and its iTIP check), and
// with the two outside readers, python3-icalendar (check_ics.py) and ical.js (check_ics.mjs).

#include "models/time/InstantFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <libical/ical.h>

namespace companion::test {

struct IcsEvent
{
    QString uid;
    QString summary;
    QString status; // CONFIRMED | CANCELLED
    QString tzid; // of DTSTART; empty: written in UTC
    QString endTzid;
    qint64 start = 0; // seconds since the epoch
    qint64 end = 0;
    int sequence = 0;

    // The checkers' EXPECTED form (tests/ical/check_ics.*).
    QJsonObject toJson() const
    {
        return { { QStringLiteral("uid"), uid },
                 { QStringLiteral("summary"), summary },
                 { QStringLiteral("status"), status },
                 { QStringLiteral("tzid"), tzid.isEmpty() ? QJsonValue() : QJsonValue(tzid) },
                 { QStringLiteral("start"), instant::toUtcStringSecs(start) },
                 { QStringLiteral("end"), instant::toUtcStringSecs(end) },
                 { QStringLiteral("sequence"), sequence } };
    }
};

// The VEVENTs as libical reads them; `errors` counts libical's parse and iTIP (PUBLISH) errors.
inline QList<IcsEvent> readWithLibical(const QByteArray &ics, int *errors)
{
    QList<IcsEvent> events;
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar) {
        *errors = 1;
        return events;
    }
    icalrestriction_check(calendar);
    *errors = icalcomponent_count_errors(calendar);
    if (*errors > 0)
        qWarning().noquote() << icalcomponent_as_ical_string(calendar);
    const auto tzidOf = [](icalproperty *property) {
        icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
    };
    const auto secsOf = [](icalproperty *property, icalcomponent *event) {
        const icaltimetype time = icalproperty_get_datetime_with_component(property, event);
        return qint64(
            icaltime_as_timet_with_zone(time, time.zone ? time.zone : icaltimezone_get_utc_timezone()));
    };
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        icalproperty *end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
        events.append({ QString::fromUtf8(icalcomponent_get_uid(event)),
                        QString::fromUtf8(icalcomponent_get_summary(event)),
                        icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED
                            ? QStringLiteral("CANCELLED")
                            : QStringLiteral("CONFIRMED"),
                        tzidOf(start), tzidOf(end), secsOf(start, event), secsOf(end, event),
                        icalcomponent_get_sequence(event) });
    }
    icalcomponent_free(calendar);
    return events;
}

// Writes `ics` and `expected` as DIR/NAME.ics and DIR/NAME.json and has both outside readers
// check the file against them; fails the calling test on any disagreement.
inline void checkWithOtherReaders(const QByteArray &ics, const QList<IcsEvent> &expected, const QString &dir,
                                  const QString &name)
{
    const QString icsPath = QDir(dir).filePath(name + QStringLiteral(".ics"));
    const QString expectedPath = QDir(dir).filePath(name + QStringLiteral(".json"));
    QFile icsFile(icsPath);
    QVERIFY(icsFile.open(QIODevice::WriteOnly) && icsFile.write(ics) == ics.size());
    icsFile.close();
    QJsonArray json;
    for (const IcsEvent &event : expected)
        json.append(event.toJson());
    QFile expectedFile(expectedPath);
    QVERIFY(expectedFile.open(QIODevice::WriteOnly));
    expectedFile.write(QJsonDocument(json).toJson());
    expectedFile.close();
    const QString checkers = QStringLiteral(COMPANION_SOURCE_DIR "/tests/ical/");
    const QList<QStringList> readers = {
        { QStringLiteral("/usr/bin/python3"), checkers + QStringLiteral("check_ics.py") },
        { QStringLiteral("node"), checkers + QStringLiteral("check_ics.mjs") },
    };
    for (const QStringList &reader : readers) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(reader.first(), reader.mid(1) << icsPath << expectedPath);
        QVERIFY2(process.waitForFinished(60000), qPrintable(reader.join(u' ')));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
        qInfo().noquote() << output.trimmed();
    }
}

} // namespace companion::test
