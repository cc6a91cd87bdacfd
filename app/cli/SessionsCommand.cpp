// companion-cli sessions [--from DATE] [--to DATE] [--status STATUS]
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/time/Clock.h"
#include "models/time/ZoneIds.h"
#include "services/auth/AuthSession.h"

#include <QJsonArray>
#include <QTimeZone>

namespace companion::cli {

namespace {

constexpr int kDefaultDays = 14;

void sessions(CommandContext &c, const QString &from, const QString &to, const QString &status, bool all)
{
    c.withAccount(true, [&c, from, to, status, all](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome);
        // The session owns the user's zone (the sync's `me` step keeps it current).
        const QString zoneId = c.app()->session()->timeZone();
        const QTimeZone zone = zoneids::zoneFor(zoneId).value_or(QTimeZone());
        const QTimeZone viewZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
        // A day's work: without dates, the next 14 days (today included) in the user's zone.
        const QDate firstDay = from.isEmpty() ? Clock::today(viewZone) : QDate::fromString(from, Qt::ISODate);
        const QDate lastDay
            = to.isEmpty() ? firstDay.addDays(kDefaultDays - 1) : QDate::fromString(to, Qt::ISODate);
        if (lastDay < firstDay) {
            c.fail(Usage,
                   QStringLiteral("--to (%1) is before the first day (%2).")
                       .arg(lastDay.toString(Qt::ISODate), firstDay.toString(Qt::ISODate)));
            return;
        }
        const QDateTime fromInstant = all ? QDateTime() : QDateTime(firstDay, QTime(0, 0), viewZone);
        const QDateTime toInstant = all ? QDateTime() : QDateTime(lastDay.addDays(1), QTime(0, 0), viewZone);
        const QList<Session> list = c.read<QList<Session>>(
            [&](const AccountReader &reader) { return reader.sessions(fromInstant, toInstant, status); });
        if (c.json()) {
            QJsonArray items;
            for (const Session &s : list)
                items.append(s.json);
            c.emitJson(
                { { QStringLiteral("sessions"), items },
                  { QStringLiteral("count"), items.size() },
                  { QStringLiteral("offline"),
                    outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict },
                  { QStringLiteral("time_zone"), QString::fromUtf8(viewZone.id()) },
                  { QStringLiteral("from"), all ? QJsonValue() : QJsonValue(firstDay.toString(Qt::ISODate)) },
                  { QStringLiteral("to"), all ? QJsonValue() : QJsonValue(lastDay.toString(Qt::ISODate)) } });
        } else {
            for (const Session &s : list) {
                const QDateTime start = s.start.toTimeZone(viewZone);
                c.out() << start.toString(QStringLiteral("yyyy-MM-dd ddd HH:mm")) << "–"
                        << s.end.toTimeZone(viewZone).toString(QStringLiteral("HH:mm")) << "  "
                        << Session::statusToString(s.status).leftJustified(10) << "  " << s.courseTitle
                        << " · " << s.teacherName << " (" << s.bookedSeats << "/" << s.seats << " seats)\n";
            }
            if (all)
                c.out() << list.size() << " sessions (all cached), times in " << viewZone.id() << "\n";
            else
                c.out() << list.size() << " sessions from " << firstDay.toString(Qt::ISODate) << " to "
                        << lastDay.toString(Qt::ISODate) << ", times in " << viewZone.id() << "\n";
        }
        c.done(Ok);
    });
}

} // namespace

void addSessionsOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("from"),
                       QStringLiteral("sessions: first local date (YYYY-MM-DD); default today."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"),
                       QStringLiteral("sessions: last local date, inclusive; default 13 days after --from."),
                       QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("all"), QStringLiteral("sessions: every cached session, whatever its date.") });
    parser.addOption({ QStringLiteral("status"),
                       QStringLiteral("sessions: scheduled, completed, no_show or cancelled."),
                       QStringLiteral("STATUS") });
}

int runSessionsCommand(CommandContext &context, const QStringList &, const QCommandLineParser &parser)
{
    const QStringList statuses = { QStringLiteral("scheduled"), QStringLiteral("completed"),
                                   QStringLiteral("no_show"), QStringLiteral("cancelled") };
    const QString status = parser.value(QStringLiteral("status"));
    if (!status.isEmpty() && !statuses.contains(status))
        return (context.err() << "--status must be one of " << statuses.join(QStringLiteral(", ")) << ".\n",
                Usage);
    for (const char *option : { "from", "to" }) {
        const QString value = parser.value(QLatin1String(option));
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            return (context.err() << "--" << option << " must be a date like 2026-11-30.\n", Usage);
    }
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (from.isValid() && to.isValid() && from > to)
        return (context.err() << "--from (" << from.toString(Qt::ISODate) << ") is after --to ("
                              << to.toString(Qt::ISODate) << ").\n",
                Usage);
    if (parser.isSet(QStringLiteral("all")) && (from.isValid() || to.isValid()))
        return (context.err() << "--all lists every date: leave out --from and --to.\n", Usage);
    sessions(context, parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")), status,
             parser.isSet(QStringLiteral("all")));
    return -1;
}

} // namespace companion::cli
