#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace companion::cli {

class CommandContext;

// The companion-cli commands that work on the signed-in account's data, one file per group,
// each parsing its own words and options. Read commands sync first when they can and answer
// from the cache either way, saying how old it is when the server could not be reached.
// Every run* returns an exit code when it finished at once (usage errors), or -1 when the
// context will emit finished().
namespace AccountCommands {
bool handles(const QString &command);
// All groups' options, on the one parser companion-cli reads its arguments with.
void addOptions(QCommandLineParser &parser);
int start(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
} // namespace AccountCommands

// SyncCommands.cpp: sync [--verify], status
void addSyncOptions(QCommandLineParser &parser);
int runSyncCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// SessionsCommand.cpp: sessions [--from DATE] [--to DATE] [--status STATUS]
void addSessionsOptions(QCommandLineParser &parser);
int runSessionsCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
int runOfferingsCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// AvailabilityCommands.cpp: availability show | availability set FILE
int runAvailabilityCommand(CommandContext &context, const QStringList &words,
                           const QCommandLineParser &parser);
// EarningsCommand.cpp: earnings [--group-by course|month|status]
void addEarningsOptions(QCommandLineParser &parser);
int runEarningsCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// OutboxCommands.cpp: outbox | outbox keep-mine|take-theirs|discard SEQ
int runOutboxCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// SessionCommands.cpp: session cancel ID --reason TEXT [--message TEXT] [--yes] (through the outbox),
// session move ID --start INSTANT (a proposal to the students, online)
void addSessionOptions(QCommandLineParser &parser);
int runSessionCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// ExportCommand.cpp: export-ics [--from DATE] [--to DATE] [--include-cancelled] [--only-mine] [-o FILE|-]
void addExportOptions(QCommandLineParser &parser);
int runExportCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// FeedCommand.cpp: feed [--course ID] | feed list | feed post [--course ID] [--announce] TEXT
void addFeedOptions(QCommandLineParser &parser);
int runFeedCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser);
// SlotsCommand.cpp: slots --offering-id ID --from DATE --to DATE [--tz ZONE] [--now INSTANT],
// over the cache (the file-based slots command is runSlotsCommand in SlotsCommand.h).
void addCachedSlotsOptions(QCommandLineParser &parser);
int runCachedSlotsCommand(CommandContext &context, const QStringList &words,
                          const QCommandLineParser &parser);

} // namespace companion::cli
