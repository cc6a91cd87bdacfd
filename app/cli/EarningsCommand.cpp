// companion-cli earnings [--group-by course|month|status]
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"

namespace companion::cli {

namespace {

void earnings(CommandContext &c, const QString &groupBy)
{
    c.withAccount(true, [&c, groupBy](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome, AccountReader::earningsKey(groupBy));
        struct Cached
        {
            std::optional<QJsonObject> document;
            std::optional<EarningsSummary> summary;
        };
        const Cached cached = c.read<Cached>([groupBy](const AccountReader &reader) {
            return Cached { reader.earningsDocument(groupBy), reader.earnings(groupBy) };
        });
        if (!cached.document || !cached.summary) {
            c.fail(Network, QStringLiteral("No earnings are cached yet and the server is not reachable."));
            return;
        }
        if (c.json()) {
            QJsonObject out = *cached.document; // as the server sent it
            out.insert(QStringLiteral("offline"),
                       outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict);
            c.emitJson(out);
        } else {
            const EarningsSummary &summary = *cached.summary;
            c.out() << "Earnings " << summary.from << " to " << summary.to << " by " << groupBy << "\n";
            for (const EarningsSummary::Entry &group : summary.groups)
                c.out() << "  " << group.label.leftJustified(32) << " "
                        << CommandContext::moneyText(group.amountCents, group.currency).rightJustified(14)
                        << "  (" << group.count << ")\n";
            for (const EarningsSummary::Entry &total : summary.totals)
                c.out() << "  " << QStringLiteral("Total").leftJustified(32) << " "
                        << CommandContext::moneyText(total.amountCents, total.currency).rightJustified(14)
                        << "\n";
        }
        c.done(Ok);
    });
}

} // namespace

void addEarningsOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("group-by"), QStringLiteral("earnings: course, month or status."),
                       QStringLiteral("GROUPING"), QStringLiteral("month") });
}

int runEarningsCommand(CommandContext &context, const QStringList &, const QCommandLineParser &parser)
{
    const QString groupBy = parser.value(QStringLiteral("group-by"));
    if (!QStringList { QStringLiteral("course"), QStringLiteral("month"), QStringLiteral("status") }.contains(
            groupBy))
        return (context.err() << "--group-by must be course, month or status.\n", Usage);
    earnings(context, groupBy);
    return -1;
}

} // namespace companion::cli
