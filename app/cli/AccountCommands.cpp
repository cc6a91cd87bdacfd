#include "app/cli/AccountCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"

namespace companion::cli {

namespace {

using Runner = int (*)(CommandContext &, const QStringList &, const QCommandLineParser &);

const QHash<QString, Runner> &runners()
{
    static const QHash<QString, Runner> table {
        { QStringLiteral("slots"), runCachedSlotsCommand },
        { QStringLiteral("sync"), runSyncCommand },
        { QStringLiteral("status"), runSyncCommand },
        { QStringLiteral("sessions"), runSessionsCommand },
        { QStringLiteral("offerings"), runOfferingsCommand },
        { QStringLiteral("availability"), runAvailabilityCommand },
        { QStringLiteral("earnings"), runEarningsCommand },
        { QStringLiteral("outbox"), runOutboxCommand },
        { QStringLiteral("export-ics"), runExportCommand },
        { QStringLiteral("session"), runSessionCommand },
        { QStringLiteral("feed"), runFeedCommand },
    };
    return table;
}

} // namespace

bool AccountCommands::handles(const QString &command)
{
    return runners().contains(command);
}

void AccountCommands::addOptions(QCommandLineParser &parser)
{
    addSessionsOptions(parser); // --from/--to are shared with slots
    parser.addOption({ QStringLiteral("page-size"),
                       QStringLiteral("Items per delta-sync request, 1 to 500 (default 500)."),
                       QStringLiteral("N") });
    addSyncOptions(parser);
    addCachedSlotsOptions(parser);
    addEarningsOptions(parser);
    addExportOptions(parser);
    addSessionOptions(parser);
    addFeedOptions(parser);
}

int AccountCommands::start(CommandContext &context, const QStringList &words,
                           const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 500)
            return (context.err() << "--page-size must be between 1 and 500.\n", Usage);
        context.setPageSize(pageSize);
    }
    const Runner run = runners().value(words.value(0));
    if (!run)
        return (context.err() << "Unknown command.\n", Usage);
    return run(context, words, parser);
}

} // namespace companion::cli
