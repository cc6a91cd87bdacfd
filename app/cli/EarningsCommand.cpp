// companion-cli earnings [--group-by course|month|status|role] [--from DATE] [--to DATE]
//                        [--csv [-o FILE]]
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/money/EarningsCsv.h"
#include "models/time/Clock.h"
#include "models/time/ZoneIds.h"
#include "services/auth/AuthSession.h"

#include <QSaveFile>
#include <QTimeZone>

namespace companion::cli {

namespace {

struct EarningsRequest
{
    QString groupBy;
    QDate from;
    QDate to;
    bool csv = false;
    QString output; // "" or "-": standard output
};

void printSummary(CommandContext &c, const EarningsSummary &summary)
{
    c.out() << "Earnings " << summary.from << " to " << summary.to << " by " << summary.groupBy << "\n";
    for (const EarningsSummary::Entry &group : summary.groups)
        c.out() << "  " << group.label.leftJustified(32) << " "
                << CommandContext::moneyText(group.amountCents, group.currency).rightJustified(14) << "  ("
                << group.count << ")" << (group.key == u"reversed" ? "  refunded: not counted" : "") << "\n";
    for (const EarningsSummary::Entry &total : summary.totals)
        c.out() << "  " << QStringLiteral("Total").leftJustified(32) << " "
                << CommandContext::moneyText(total.amountCents, total.currency).rightJustified(14) << "\n";
}

// The platform's summary, as cached by the last sync (the last twelve months).
void cachedSummary(CommandContext &c, const QString &groupBy, SyncEngine::Outcome outcome)
{
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
        printSummary(c, *cached.summary);
    }
    c.done(Ok);
}

// Any period (and the role grouping), from the cached splits by the platform's own rule.
void periodSummary(CommandContext &c, const EarningsRequest &request, SyncEngine::Outcome outcome)
{
    const QString zone = c.app()->session()->timeZone();
    const QList<Split> splits
        = c.read<QList<Split>>([](const AccountReader &reader) { return reader.splits(); });
    if (request.csv) {
        const QByteArray csv = EarningsCsv::write(splits, request.from, request.to, zone);
        if (request.output.isEmpty() || request.output == u"-") {
            c.out().flush();
            fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            fflush(stdout);
        } else {
            QSaveFile file(request.output);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
                c.fail(Failure,
                       QStringLiteral("Could not write %1: %2").arg(request.output, file.errorString()));
                return;
            }
            c.err() << "Wrote " << request.output << "\n";
        }
        c.done(Ok);
        return;
    }
    QList<EarningsSummary::Row> rows;
    rows.reserve(splits.size());
    for (const Split &s : splits)
        rows.append({ s.amountCents, s.currency, s.status, s.createdAt.toMSecsSinceEpoch(), s.courseId,
                      s.courseTitle, s.role });
    const EarningsSummary summary
        = EarningsSummary::compute(rows, request.from, request.to, zone, request.groupBy);
    if (c.json()) {
        QJsonObject out = summary.toJson();
        out.insert(QStringLiteral("offline"),
                   outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict);
        c.emitJson(out);
    } else {
        printSummary(c, summary);
    }
    c.done(Ok);
}

void earnings(CommandContext &c, const EarningsRequest &request, bool period)
{
    c.withAccount(true, [&c, request, period](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome);
        if (!period) {
            cachedSummary(c, request.groupBy, outcome);
            return;
        }
        EarningsRequest resolved = request;
        // The defaults of the sync's summaries: the last twelve months up to today.
        const QDate today
            = Clock::today(zoneids::zoneFor(c.app()->session()->timeZone()).value_or(QTimeZone()));
        if (!resolved.to.isValid())
            resolved.to = today;
        if (!resolved.from.isValid())
            resolved.from = QDate(resolved.to.year(), resolved.to.month(), 1).addMonths(-11);
        periodSummary(c, resolved, outcome);
    });
}

} // namespace

void addEarningsOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("group-by"), QStringLiteral("earnings: course, month, status or role."),
                       QStringLiteral("GROUPING"), QStringLiteral("month") });
    parser.addOption(
        { QStringLiteral("csv"),
          QStringLiteral("earnings: one row per split of the period, as CSV (-o FILE or stdout).") });
}

int runEarningsCommand(CommandContext &context, const QStringList &, const QCommandLineParser &parser)
{
    EarningsRequest request;
    request.groupBy = parser.value(QStringLiteral("group-by"));
    if (!QStringList { QStringLiteral("course"), QStringLiteral("month"), QStringLiteral("status"),
                       QStringLiteral("role") }
             .contains(request.groupBy))
        return (context.err() << "--group-by must be course, month, status or role.\n", Usage);
    for (const char *option : { "from", "to" }) {
        const QString text = parser.value(QLatin1String(option));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid())
            return (context.err() << "--" << option << " must be a date (YYYY-MM-DD).\n", Usage);
        (qstrcmp(option, "from") == 0 ? request.from : request.to) = date;
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return (context.err() << "--from is after --to.\n", Usage);
    request.csv = parser.isSet(QStringLiteral("csv"));
    request.output = parser.value(QStringLiteral("output"));
    const bool period
        = request.csv || request.from.isValid() || request.to.isValid() || request.groupBy == u"role";
    earnings(context, request, period);
    return -1;
}

} // namespace companion::cli
