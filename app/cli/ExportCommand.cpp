// companion-cli export-ics [--from DATE] [--to DATE] [--include-cancelled] [--only-mine] [-o FILE|-]
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "ical/SessionCalendar.h"
#include "models/time/Clock.h"
#include "services/auth/AuthSession.h"
#include "services/net/PlatformClient.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace companion::cli {

namespace {

void exportIcs(CommandContext &c, const ical::SessionCalendar::Selection &selection, const QString &output)
{
    c.withAccount(true, [&c, selection, output](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        // The cache answers either way: an export works on a train.
        c.printCacheAge(outcome);
        const User &me = c.app()->session()->user();
        const QList<Session> all
            = c.read<QList<Session>>([](const AccountReader &reader) { return reader.sessions(); });
        const QList<Session> chosen = ical::SessionCalendar::select(all, selection, me.id, me.timeZone);
        const QByteArray ics = ical::SessionCalendar::write(chosen, { me.name, me.timeZone },
                                                            c.app()->client()->baseUrl(), Clock::nowUtc());
        if (output == u"-") {
            c.out().flush();
            std::fwrite(ics.constData(), 1, size_t(ics.size()), stdout);
            std::fflush(stdout);
            c.done(Ok);
            return;
        }
        QSaveFile file(output); // all or nothing: an interrupted export leaves the old file
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
            c.fail(Usage, QStringLiteral("Cannot write %1: %2").arg(output, file.errorString()));
            return;
        }
        if (c.json()) {
            c.emitJson({ { QStringLiteral("file"), output },
                         { QStringLiteral("count"), chosen.size() },
                         { QStringLiteral("bytes"), ics.size() } });
        } else {
            c.out() << "Exported " << chosen.size() << " sessions to " << output << "\n";
        }
        c.done(Ok);
    });
}

} // namespace

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("include-cancelled"),
                       QStringLiteral("export-ics: also cancelled sessions (STATUS:CANCELLED).") });
    parser.addOption(
        { QStringLiteral("only-mine"),
          QStringLiteral("export-ics: only sessions you teach, not those S-Ts teach in your courses.") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                       QStringLiteral("export-ics: the file to write, or - for standard output (default)."),
                       QStringLiteral("FILE") });
}

int runExportCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser)
{
    if (words.size() != 1)
        return (context.err() << "export-ics takes no arguments; use -o FILE.\n", Usage);
    ical::SessionCalendar::Selection selection;
    for (const char *option : { "from", "to" }) {
        const QString value = parser.value(QLatin1String(option));
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid())
            return (context.err() << "--" << option << " must be a date like 2026-11-30.\n", Usage);
        (qstrcmp(option, "from") == 0 ? selection.from : selection.to) = date;
    }
    if (selection.from.isValid() && selection.to.isValid() && selection.from > selection.to)
        return (context.err() << "--from must not be after --to.\n", Usage);
    selection.includeCancelled = parser.isSet(QStringLiteral("include-cancelled"));
    selection.onlyMine = parser.isSet(QStringLiteral("only-mine"));
    const QString output = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                                  : QStringLiteral("-");
    if (output.isEmpty())
        return (context.err() << "-o needs a file name, or - for standard output.\n", Usage);
    exportIcs(context, selection, output);
    return -1;
}

} // namespace companion::cli
