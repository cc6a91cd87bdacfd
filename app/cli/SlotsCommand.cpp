#include "app/cli/SlotsCommand.h"

#include "models/InstantFormat.h"
#include "models/SlotCalculator.h"

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

// One query in JSON form; `tz` may be empty. The result is the reply body or nullopt.
std::optional<QJsonObject> runCase(const QJsonValue &scheduleJson, const QJsonValue &offeringJson,
                                   const QJsonValue &busyJson, const QString &from, const QString &to,
                                   const QString &now, const QString &tz, QString *error)
{
    if (!scheduleJson.isObject() || !offeringJson.isObject()) {
        *error = QStringLiteral("schedule and offering must be JSON objects");
        return std::nullopt;
    }
    const auto schedule = Schedule::fromJson(scheduleJson.toObject(), error);
    if (!schedule)
        return std::nullopt;
    const auto offering = Offering::fromJson(offeringJson.toObject(), error);
    if (!offering)
        return std::nullopt;
    QList<BusySession> busy;
    if (!busyJson.isUndefined() && !busyJson.isNull()) {
        const auto sessions = BusySession::listFromJson(busyJson, error);
        if (!sessions)
            return std::nullopt;
        busy = *sessions;
    }
    SlotQuery query;
    const auto fromDate = instant::parseDate(from);
    const auto toDate = instant::parseDate(to);
    const auto nowUtc = instant::parse(now);
    if (!fromDate || !toDate) {
        *error = QStringLiteral("--from and --to must be dates like 2025-03-30");
        return std::nullopt;
    }
    if (!nowUtc) {
        *error
            = QStringLiteral("--now must be an RFC 3339 instant with an offset, e.g. 2025-03-01T12:00:00Z");
        return std::nullopt;
    }
    query.fromDate = *fromDate;
    query.toDate = *toDate;
    query.nowUtc = *nowUtc;
    if (!tz.isEmpty()) {
        query.viewerZone = QTimeZone(tz.toUtf8());
        if (!query.viewerZone.isValid()) {
            *error = QStringLiteral("--tz \"%1\" is not a known IANA zone").arg(tz);
            return std::nullopt;
        }
    }
    const auto slotList = SlotCalculator::compute(*schedule, *offering, busy, query, error);
    if (!slotList)
        return std::nullopt;
    const QTimeZone viewer
        = query.viewerZone.isValid() ? query.viewerZone : QTimeZone(schedule->timeZone.toUtf8());
    return slotListToJson(*slotList, viewer, schedule->timeZone);
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
        const QJsonObject c = value.toObject();
        QString caseError;
        const auto result
            = runCase(c.value(QLatin1String("schedule")), c.value(QLatin1String("offering")),
                      c.value(QLatin1String("busy")), c.value(QLatin1String("from")).toString(),
                      c.value(QLatin1String("to")).toString(), c.value(QLatin1String("now")).toString(),
                      c.value(QLatin1String("tz")).toString(), &caseError);
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
    parser.addOptions({ schedule, offering, busy, from, to, now, tz, json, batch });
    const QString usage = QStringLiteral(
        "usage: companion-cli slots --schedule FILE --offering FILE [--busy FILE] --from DATE --to DATE "
        "--now INSTANT [--tz ZONE] [--json]\n       companion-cli slots --batch FILE");
    if (!parser.parse(QStringList { QStringLiteral("slots") } + arguments)) {
        err << "slots: " << parser.errorText() << '\n' << usage << '\n';
        return ExitUsage;
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
    const auto result = runCase(*scheduleJson, *offeringJson, *busyJson, parser.value(from), parser.value(to),
                                parser.value(now), parser.value(tz), &error);
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

} // namespace companion::cli
