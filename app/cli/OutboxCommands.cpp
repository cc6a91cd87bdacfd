// companion-cli outbox | outbox keep-mine|take-theirs|discard SEQ
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "services/storage/OutboxStore.h"

#include <QJsonArray>

namespace companion::cli {

namespace {

void resolve(CommandContext &c, const QString &action, qint64 seq)
{
    c.withAccount(false, [&c, action, seq](SyncEngine::Outcome) {
        const bool ok = c.app()->storage()->runBlocking<bool>([seq, action](Storage::Stores &stores) {
            if (action == QLatin1String("keep-mine"))
                return stores.outbox->keepMine(seq);
            if (action == QLatin1String("take-theirs"))
                return stores.outbox->takeTheirs(seq);
            return stores.outbox->discard(seq);
        });
        if (!ok) {
            c.fail(Usage, QStringLiteral("Edit %1 is not in a state that allows %2.").arg(seq).arg(action));
            return;
        }
        c.out() << (c.json() ? QStringLiteral("{\"ok\":true}") : QStringLiteral("Done.")) << "\n";
        c.done(Ok);
    });
}

void list(CommandContext &c)
{
    c.withAccount(false, [&c](SyncEngine::Outcome) {
        const QString user = c.userId();
        const QList<OutboxEdit> edits
            = c.read<QList<OutboxEdit>>([user](const AccountReader &reader) { return reader.edits(user); });
        int conflicts = 0;
        QJsonArray items;
        for (const OutboxEdit &edit : edits) {
            conflicts += edit.state == OutboxEdit::State::Conflict ? 1 : 0;
            items.append(edit.toJson());
            if (!c.json())
                c.out() << edit.seq << "  " << OutboxEdit::stateName(edit.state).leftJustified(9) << " "
                        << edit.kind << " made " << edit.createdAt.toString(Qt::ISODate)
                        << " against version " << edit.baseVersion
                        << (edit.error.isEmpty() ? QString() : QStringLiteral(" — ") + edit.error) << "\n";
        }
        if (c.json())
            c.emitJson({ { QStringLiteral("edits"), items } });
        else if (edits.isEmpty())
            c.out() << "The outbox is empty.\n";
        c.done(conflicts > 0 ? Conflict : Ok);
    });
}

} // namespace

int runOutboxCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &)
{
    const QString action = words.value(1);
    const bool listing = words.size() == 1;
    const bool resolving = words.size() == 3
        && (action == QLatin1String("keep-mine") || action == QLatin1String("take-theirs")
            || action == QLatin1String("discard"));
    if (!listing && !resolving)
        return (context.err()
                    << "Use: outbox | outbox keep-mine SEQ | outbox take-theirs SEQ | outbox discard SEQ\n",
                Usage);
    if (listing) {
        list(context);
        return -1;
    }
    bool numeric = false;
    const qint64 seq = words.at(2).toLongLong(&numeric);
    if (!numeric)
        return (context.err() << "SEQ must be the number `outbox` shows.\n", Usage);
    resolve(context, action, seq);
    return -1;
}

} // namespace companion::cli
