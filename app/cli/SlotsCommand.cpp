// companion-cli slots: one command, two input sources. With files (--schedule/--batch) it is
// the slot engine as a pure function; with --offering-id it answers over the account's cache.
#include "app/cli/SlotsCommand.h"

#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/schedule/SlotRequest.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace companion::cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;

std::optional<QJsonValue> readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// One query in the API's JSON shapes; the reply body or nullopt and `error`.
std::optional<QJsonObject> runCase(const QJsonObject &json, QString *error)
{
    const auto request = SlotRequest::fromJson(json, error);
    return request ? request->reply(error) : std::nullopt;
}

void printText(const QJsonObject &result, QTextStream &out)
{
    const QJsonArray slotList = result.value(QLatin1String("slots")).toArray();
    out << slotList.size() << " slot(s), times in " << result.value(QLatin1String("time_zone")).toString()
        << " (teacher: " << result.value(QLatin1String("schedule_time_zone")).toString() << ")\n";
    for (const QJsonValue &value : slotList) {
        const QJsonObject slot = value.toObject();
        const QString localStart = slot.value(QLatin1String("local_start")).toString();
        const QString localEnd = slot.value(QLatin1String("local_end")).toString();
        // "2025-03-30 09:00-10:00 +02:00  (07:00:00Z)"
        out << localStart.left(10) << ' ' << localStart.mid(11, 5) << '-' << localEnd.mid(11, 5) << ' '
            << localStart.mid(19) << "  (" << slot.value(QLatin1String("start")).toString() << ')';
        if (slot.contains(QLatin1String("session_id")))
            out << "  join " << slot.value(QLatin1String("session_id")).toString() << ", "
                << slot.value(QLatin1String("seats_available")).toInt() << " seat(s) left";
        out << '\n';
    }
}

int runBatch(const QString &path, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto document = readJsonFile(path, &error);
    if (!document || !document->isArray()) {
        err << "slots: "
            << (document ? QStringLiteral("%1 must hold a JSON array of cases").arg(path) : error) << '\n';
        return ExitUsage;
    }
    QJsonArray results;
    for (const QJsonValue &value : document->toArray()) {
        QString caseError;
        const auto result = runCase(value.toObject(), &caseError);
        results.append(result ? *result : QJsonObject { { QStringLiteral("error"), caseError } });
    }
    out << QJsonDocument(results).toJson(QJsonDocument::Compact) << '\n';
    return ExitOk;
}

} // namespace

int runSlotsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption schedule(QStringLiteral("schedule"), QStringLiteral("Schedule JSON file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption offering(QStringLiteral("offering"), QStringLiteral("Offering JSON file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption busy(QStringLiteral("busy"), QStringLiteral("Sessions JSON file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("DATE"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("Current instant."),
                                 QStringLiteral("INSTANT"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("Viewer's IANA zone."),
                                QStringLiteral("ZONE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Many cases from one file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOptions({ schedule, offering, busy, from, to, now, tz, json, batch, help });
    const QString usage = QStringLiteral(
        "usage: companion-cli slots --schedule FILE --offering FILE [--busy FILE] --from DATE --to DATE "
        "--now INSTANT [--tz ZONE] [--json]\n       companion-cli slots --batch FILE");
    if (!parser.parse(QStringList { QStringLiteral("slots") } + arguments)) {
        err << "slots: " << parser.errorText() << '\n' << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << usage << "\n\n"
            << "Files hold the API's JSON shapes: schedule {time_zone, weekly, overrides, blocks}, offering\n"
               "{duration_minutes, slot_interval_minutes, buffer_*_minutes, minimum_notice_minutes,\n"
               "booking_window_days, max_per_day, max_per_week, seats}, busy [{start, end, offering_id, "
               "status,\n"
               "buffer_*_minutes, seats, booked_seats}]. DATE is YYYY-MM-DD in the viewer's zone (--tz, "
               "default\n"
               "the schedule's); INSTANT is RFC 3339 with an offset. --batch FILE reads [{schedule, "
               "offering,\n"
               "busy, from, to, now, tz}...] and prints one JSON result per case. Exit 0 ok, 2 bad input.\n";
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "slots: unexpected argument " << parser.positionalArguments().first() << '\n' << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(batch))
        return runBatch(parser.value(batch), out, err);
    for (const QCommandLineOption &required : { schedule, offering, from, to, now }) {
        if (!parser.isSet(required)) {
            err << "slots: --" << required.names().first() << " is required\n" << usage << '\n';
            return ExitUsage;
        }
    }
    QString error;
    const auto scheduleJson = readJsonFile(parser.value(schedule), &error);
    const auto offeringJson = scheduleJson ? readJsonFile(parser.value(offering), &error) : std::nullopt;
    std::optional<QJsonValue> busyJson = QJsonValue();
    if (offeringJson && parser.isSet(busy))
        busyJson = readJsonFile(parser.value(busy), &error);
    if (!scheduleJson || !offeringJson || !busyJson) {
        err << "slots: " << error << '\n';
        return ExitUsage;
    }
    QJsonObject request {
        { QStringLiteral("schedule"), *scheduleJson }, { QStringLiteral("offering"), *offeringJson },
        { QStringLiteral("busy"), *busyJson },         { QStringLiteral("from"), parser.value(from) },
        { QStringLiteral("to"), parser.value(to) },    { QStringLiteral("now"), parser.value(now) },
    };
    if (parser.isSet(tz))
        request.insert(QStringLiteral("tz"), parser.value(tz));
    const auto result = runCase(request, &error);
    if (!result) {
        err << "slots: " << error << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json))
        out << QJsonDocument(*result).toJson(QJsonDocument::Indented);
    else
        printText(*result, out);
    return ExitOk;
}

void addCachedSlotsOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("offering-id"),
                       QStringLiteral("slots: the cached offering to answer for."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("tz"),
                       QStringLiteral("slots: the viewer's IANA zone (default the schedule's)."),
                       QStringLiteral("ZONE") });
    parser.addOption({ QStringLiteral("now"),
                       QStringLiteral("slots: the instant to answer at (default now)."),
                       QStringLiteral("INSTANT") });
}

int runCachedSlotsCommand(CommandContext &c, const QStringList &, const QCommandLineParser &parser)
{
    const QString offeringId = parser.value(QStringLiteral("offering-id"));
    const QString from = parser.value(QStringLiteral("from")), to = parser.value(QStringLiteral("to"));
    const QString tz = parser.value(QStringLiteral("tz")), now = parser.value(QStringLiteral("now"));
    if (offeringId.isEmpty() || from.isEmpty() || to.isEmpty())
        return (c.err() << "Use: slots --offering-id ID --from DATE --to DATE [--tz ZONE] [--now INSTANT]\n",
                Usage);
    c.withAccount(true, [&c, offeringId, from, to, tz, now](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome);
        const QString teacherId = c.userId();
        struct Inputs
        {
            WorkingSchedule schedule;
            std::optional<QJsonObject> offering;
            QList<BusySession> busy;
        };
        const Inputs in = c.read<Inputs>([&](const AccountReader &reader) {
            return Inputs { reader.workingSchedule(teacherId), reader.offeringJson(offeringId),
                            reader.busySessions(teacherId) };
        });
        // Students book against the server's copy, so that is what the slots come from.
        const bool haveSchedule = in.schedule.hasServerCopy;
        if (!haveSchedule || !in.offering) {
            c.fail(haveSchedule ? Usage : Network,
                   haveSchedule
                       ? QStringLiteral("No cached offering has the id %1.").arg(offeringId)
                       : QStringLiteral("No availability is cached yet and the server is not reachable."));
            return;
        }
        if (!in.schedule.error.isEmpty()) {
            c.fail(Failure, in.schedule.error);
            return;
        }
        // The same inputs and the same parser the server uses: every session this teacher
        // teaches is busy time.
        QJsonArray busy;
        for (const BusySession &session : in.busy)
            busy.append(session.toJson());
        QJsonObject request { { QStringLiteral("schedule"), in.schedule.serverSchedule.toJson() },
                              { QStringLiteral("offering"), *in.offering },
                              { QStringLiteral("busy"), busy },
                              { QStringLiteral("from"), from },
                              { QStringLiteral("to"), to },
                              { QStringLiteral("now"),
                                now.isEmpty() ? instant::toUtcStringSecs(Clock::nowUtc()) : now } };
        if (!tz.isEmpty())
            request.insert(QStringLiteral("tz"), tz);
        QString error;
        const auto reply = runCase(request, &error);
        if (!reply) {
            c.fail(Usage, error);
            return;
        }
        if (c.json()) {
            c.emitJson(*reply);
        } else {
            const QJsonArray offered = reply->value(QLatin1String("slots")).toArray();
            for (const QJsonValue &slot : offered)
                c.out() << slot.toObject().value(QLatin1String("local_start")).toString() << "  "
                        << slot.toObject().value(QLatin1String("seats_available")).toInt() << " seat(s)\n";
            c.out() << offered.size() << " slots, times in "
                    << reply->value(QLatin1String("time_zone")).toString() << "\n";
        }
        c.done(Ok);
    });
    return -1;
}

} // namespace companion::cli
