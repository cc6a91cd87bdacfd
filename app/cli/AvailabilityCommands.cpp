// companion-cli availability show | availability set FILE
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/schedule/ScheduleText.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace companion::cli {

namespace {

// "Mon 09:00–12:00, 14:00–17:00" per weekday, then the date exceptions and time off, in
// English (the CLI's language) whatever the machine's locale.
void printSchedule(CommandContext &c, const QJsonObject &json)
{
    QString error;
    const auto schedule = Schedule::fromJson(json, &error);
    if (!schedule) {
        c.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return;
    }
    const QLocale english(QLocale::English);
    c.out() << "Weekly hours (" << schedule->timeZone << "):\n";
    for (int day = 1; day <= 7; ++day)
        c.out() << english.dayName(day, QLocale::ShortFormat) << " " << ScheduleText::weekday(*schedule, day)
                << "\n";
    if (!schedule->overrides.isEmpty()) {
        c.out() << "Date exceptions:\n";
        for (const DateOverride &date : schedule->overrides)
            c.out() << date.date.toString(Qt::ISODate) << " " << ScheduleText::intervals(date.intervals)
                    << "\n";
    }
    if (!schedule->blocks.isEmpty()) {
        c.out() << "Time off:\n";
        for (const DateBlock &block : schedule->blocks)
            c.out() << block.firstDate.toString(Qt::ISODate) << " – " << block.lastDate.toString(Qt::ISODate)
                    << (block.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(block.reason))
                    << "\n";
    }
}

void show(CommandContext &c)
{
    c.withAccount(true, [&c](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome);
        // The GUI's rule, from the same function: the newest edit not yet on the server
        // (pending or in conflict) over the server's copy.
        const QString user = c.userId();
        const WorkingSchedule working = c.read<WorkingSchedule>(
            [user](const AccountReader &reader) { return reader.workingSchedule(user); });
        if (!working.known) {
            if (!working.error.isEmpty())
                c.fail(Failure, working.error);
            else
                c.fail(Network,
                       QStringLiteral("No availability is cached yet and the server is not reachable."));
            return;
        }
        const int conflicts = int(working.conflicts.size());
        if (c.json()) {
            c.emitJson(
                { { QStringLiteral("schedule"), working.json },
                  { QStringLiteral("server_version"), working.hasServerCopy ? working.serverVersion : -1 },
                  { QStringLiteral("pending"), working.pending > 0 },
                  { QStringLiteral("pending_edits"), working.pending },
                  { QStringLiteral("conflicts"), conflicts } });
        } else {
            printSchedule(c, working.json);
            if (working.pending > 0)
                c.out() << "(" << working.pending << " edit(s) pending: not on the server yet)\n";
            if (conflicts > 0)
                c.out() << "(" << conflicts << " edit(s) in conflict: see `companion-cli outbox`)\n";
        }
        c.done(conflicts > 0 ? Conflict : Ok);
    });
}

void set(CommandContext &c, const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        c.fail(Usage, QStringLiteral("Cannot read %1: %2").arg(file, input.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        c.fail(Usage, QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString()));
        return;
    }
    QString error;
    if (!Schedule::fromJson(document.object(), &error)) {
        c.fail(Usage, QStringLiteral("%1 is not a valid schedule: %2").arg(file, error));
        return;
    }
    QJsonObject schedule = document.object();
    schedule.remove(QStringLiteral("version"));
    schedule.remove(QStringLiteral("updated_at"));
    // Sync first (when possible) so the edit is made against the newest version.
    c.withAccount(true, [&c, schedule](SyncEngine::Outcome first) {
        if (first == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        const QString user = c.userId();
        const int knownVersion = c.read<int>(
            [user](const AccountReader &reader) { return reader.workingSchedule(user).serverVersion; });
        SyncEngine *engine = c.app()->sync();
        QObject::connect(
            engine, &SyncEngine::syncFinished, &c,
            [&c, engine](SyncEngine::Outcome outcome) {
                const bool sent = outcome == SyncEngine::Outcome::Ok && engine->pendingEdits() == 0;
                if (c.json())
                    c.emitJson({ { QStringLiteral("queued"), true },
                                 { QStringLiteral("sent"), sent },
                                 { QStringLiteral("offline"), outcome == SyncEngine::Outcome::Offline },
                                 { QStringLiteral("pending_edits"), engine->pendingEdits() },
                                 { QStringLiteral("conflicts"), engine->conflicts() } });
                else if (sent)
                    c.out() << "Availability saved on the server.\n";
                else if (outcome == SyncEngine::Outcome::Conflict || engine->conflicts() > 0)
                    c.out()
                        << "Your edit conflicts with a change made elsewhere. It is kept: resolve it with "
                           "`companion-cli outbox keep-mine SEQ` or `take-theirs SEQ`.\n";
                else
                    c.out() << "Saved in the outbox; it will be sent when the server is reachable. ("
                            << engine->lastError() << ")\n";
                if (outcome == SyncEngine::Outcome::Conflict || engine->conflicts() > 0)
                    c.done(Conflict);
                else if (outcome == SyncEngine::Outcome::AuthFailed)
                    c.done(Auth);
                else
                    c.done(Ok); // queued safely, sent or not
            },
            Qt::SingleShotConnection);
        engine->queueAvailabilityEdit(schedule, knownVersion, [&c](bool queued, const QString &error) {
            if (!queued)
                c.fail(Failure, error);
        });
    });
}

} // namespace

int runAvailabilityCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &)
{
    if (words.value(1) == QLatin1String("show") && words.size() == 2) {
        show(context);
        return -1;
    }
    if (words.value(1) == QLatin1String("set") && words.size() == 3) {
        set(context, words.at(2));
        return -1;
    }
    return (context.err() << "Use: availability show | availability set FILE\n", Usage);
}

} // namespace companion::cli
