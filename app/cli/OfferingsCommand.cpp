// companion-cli offerings: what can be booked, with the ids other commands take
// (slots --offering-id), the limits the slot engine applies and the students' booking page.
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/schedule/Offering.h"

#include <QJsonArray>

namespace companion::cli {

namespace {

QString limits(const Offering &o)
{
    QStringList parts { QStringLiteral("%1 min").arg(o.durationMinutes) };
    if (o.effectiveSlotIntervalMinutes() != o.durationMinutes)
        parts << QStringLiteral("every %1 min").arg(o.effectiveSlotIntervalMinutes());
    if (o.bufferBeforeMinutes > 0 || o.bufferAfterMinutes > 0)
        parts << QStringLiteral("buffers %1/%2 min").arg(o.bufferBeforeMinutes).arg(o.bufferAfterMinutes);
    if (o.minimumNoticeMinutes > 0)
        parts << QStringLiteral("notice %1 h").arg(QString::number(o.minimumNoticeMinutes / 60.0, 'g', 3));
    if (o.bookingWindowDays)
        parts << QStringLiteral("window %1 days").arg(*o.bookingWindowDays);
    if (o.maxPerDay)
        parts << QStringLiteral("max %1/day").arg(*o.maxPerDay);
    if (o.maxPerWeek)
        parts << QStringLiteral("max %1/week").arg(*o.maxPerWeek);
    parts << (o.seats == 1 ? QStringLiteral("1 seat") : QStringLiteral("%1 seats").arg(o.seats));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int runOfferingsCommand(CommandContext &c, const QStringList &, const QCommandLineParser &)
{
    c.withAccount(true, [&c](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        c.printCacheAge(outcome);
        const QList<Offering> offerings
            = c.read<QList<Offering>>([](const AccountReader &reader) { return reader.offerings(); });
        if (c.json()) {
            QJsonArray items;
            for (const Offering &o : offerings)
                items.append(o.toJson());
            c.emitJson(
                { { QStringLiteral("offerings"), items },
                  { QStringLiteral("count"), items.size() },
                  { QStringLiteral("offline"),
                    outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict } });
        } else {
            for (const Offering &o : offerings) {
                c.out() << o.id << "  " << o.title << "  "
                        << CommandContext::moneyText(o.priceCents, o.currency) << "\n    " << limits(o)
                        << "\n";
                if (!o.bookingUrl.isEmpty()) // the link to send students
                    c.out() << "    book: " << o.bookingUrl << "\n";
            }
            c.out() << offerings.size() << (offerings.size() == 1 ? " offering" : " offerings") << "\n";
        }
        c.done(Ok);
    });
    return -1;
}

} // namespace companion::cli
