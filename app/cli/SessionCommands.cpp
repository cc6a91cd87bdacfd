// companion-cli session cancel ID --reason TEXT [--message TEXT] [--yes]
// companion-cli session move ID --start INSTANT   (asks the students; online only)
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"
#include "services/net/PlatformClient.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace companion::cli {

namespace {

struct CancelRequest
{
    QString sessionId;
    QString reason;
    QString message;
    bool confirmed = false;
};

// What the teacher is about to do, said before it is done.
bool confirm(CommandContext &c, const Session &session)
{
    const QTimeZone zone(session.timeZone.toUtf8());
    c.err() << "Cancel " << session.courseTitle << " on "
            << session.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                   .toString(QStringLiteral("ddd d MMM yyyy HH:mm"))
            << " (" << session.timeZone << ")? " << session.bookedSeats
            << (session.bookedSeats == 1 ? " student is" : " students are")
            << " refunded in full and told by email. [y/N] ";
    c.err().flush();
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

void cancel(CommandContext &c, const CancelRequest &request)
{
    c.withAccount(true, [&c, request](SyncEngine::Outcome first) {
        if (first == SyncEngine::Outcome::AuthFailed) {
            c.fail(Auth, c.app()->sync()->lastError());
            return;
        }
        const auto session
            = c.read<std::optional<Session>>([id = request.sessionId](const AccountReader &reader) {
                  for (const Session &s : reader.sessions())
                      if (s.id == id)
                          return std::optional<Session>(s);
                  return std::optional<Session>();
              });
        if (!session) {
            c.fail(Usage,
                   QStringLiteral("No session %1 in your calendar (run `companion-cli sessions`).")
                       .arg(request.sessionId));
            return;
        }
        if (session->viewerRole == u"student") {
            c.fail(Usage,
                   QStringLiteral("Only the session's teacher or the course's creator can cancel it."));
            return;
        }
        if (session->status == Session::Status::Cancelled) {
            c.out() << "Already cancelled.\n";
            c.done(Ok);
            return;
        }
        if (session->status != Session::Status::Scheduled || session->start <= Clock::nowUtc()) {
            c.fail(Usage, QStringLiteral("This session has started, so it can no longer be cancelled."));
            return;
        }
        if (!request.confirmed && !confirm(c, *session)) {
            c.fail(Usage, QStringLiteral("Not cancelled."));
            return;
        }
        SyncEngine *engine = c.app()->sync();
        QObject::connect(
            engine, &SyncEngine::syncFinished, &c,
            [&c, engine, id = request.sessionId](SyncEngine::Outcome outcome) {
                const QString user = c.userId();
                const auto [edit, now] = c.read<std::pair<std::optional<OutboxEdit>, std::optional<Session>>>(
                    [user, id](const AccountReader &reader) {
                        std::optional<OutboxEdit> waiting;
                        for (const OutboxEdit &e : reader.edits(user))
                            if (e.kind == u"session_cancel"
                                && e.body.value(QLatin1String("session_id")).toString() == id)
                                waiting = e;
                        std::optional<Session> current;
                        for (const Session &s : reader.sessions())
                            if (s.id == id)
                                current = s;
                        return std::pair { waiting, current };
                    });
                const bool failed = edit && edit->state == OutboxEdit::State::Failed;
                const bool sent = !edit;
                if (c.json()) {
                    c.emitJson({ { QStringLiteral("queued"), true },
                                 { QStringLiteral("sent"), sent },
                                 { QStringLiteral("failed"), failed },
                                 { QStringLiteral("error"), failed ? edit->error : QString() },
                                 { QStringLiteral("offline"), outcome == SyncEngine::Outcome::Offline },
                                 { QStringLiteral("status"),
                                   now ? Session::statusToString(now->status) : QString() } });
                } else if (failed) {
                    c.err() << "The server refused the cancel: " << edit->error << "\n";
                } else if (sent) {
                    c.out() << "Cancelled. The students are refunded and told by email.\n";
                } else {
                    c.out() << "Saved in the outbox; it will be sent when the server is reachable. ("
                            << engine->lastError() << ")\n";
                }
                c.done(failed ? Failure : outcome == SyncEngine::Outcome::AuthFailed ? Auth : Ok);
            },
            Qt::SingleShotConnection);
        engine->queueSessionCancel(request.sessionId, request.reason, request.message,
                                   [&c](bool queued, const QString &error) {
                                       if (!queued)
                                           c.fail(Failure, error);
                                   });
    });
}

// A proposal is a conversation with the students: it needs the platform now, no outbox.
void move(CommandContext &c, const QString &sessionId, const QString &start)
{
    c.withAccount(false, [&c, sessionId, start](SyncEngine::Outcome) {
        c.app()->session()->send(
            PlatformClient::Method::Post,
            QStringLiteral("/api/sessions/%1/proposals")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(sessionId))),
            { { QStringLiteral("start"), start } }, [&c](const ApiResponse &response) {
                if (!response.ok()) {
                    c.fail(CommandContext::exitCodeFor(response), response.error.message);
                    return;
                }
                const QJsonObject proposal = response.object();
                if (c.json())
                    c.emitJson(proposal);
                else if (proposal.value(QLatin1String("state")).toString() == u"accepted")
                    c.out() << "Moved: nobody had booked it.\n";
                else
                    c.out() << "Proposed. Each student is asked by email; the session moves when all accept "
                               "(answers close "
                            << proposal.value(QLatin1String("expires_at")).toString() << ").\n";
                c.done(Ok);
            });
    });
}

} // namespace

void addSessionOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("reason"),
                       QStringLiteral("session cancel: why (the students read it)."),
                       QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("message"),
                       QStringLiteral("session cancel: your own words to the students."),
                       QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("yes"), QStringLiteral("session cancel: do not ask for confirmation.") });
    parser.addOption(
        { QStringLiteral("start"),
          QStringLiteral("session move: the new start, e.g. 2026-12-10T17:00:00Z (a free slot)."),
          QStringLiteral("INSTANT") });
}

int runSessionCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser)
{
    if (words.value(1) == QLatin1String("move") && words.size() == 3) {
        const QString start = parser.value(QStringLiteral("start"));
        if (!instant::parseMs(start))
            return (context.err() << "session move needs --start INSTANT, e.g. 2026-12-10T17:00:00Z.\n",
                    Usage);
        move(context, words.at(2), start);
        return -1;
    }
    if (words.value(1) != QLatin1String("cancel") || words.size() != 3)
        return (context.err() << "Use: session cancel ID --reason TEXT [--message TEXT] [--yes]\n"
                                 "     session move ID --start INSTANT\n",
                Usage);
    CancelRequest request;
    request.sessionId = words.at(2);
    request.reason = parser.value(QStringLiteral("reason")).trimmed();
    request.message = parser.value(QStringLiteral("message")).trimmed();
    request.confirmed = parser.isSet(QStringLiteral("yes"));
    if (request.reason.isEmpty())
        return (context.err() << "session cancel needs --reason TEXT: the students read it.\n", Usage);
    if (request.reason.size() > 500 || request.message.size() > 2000)
        return (context.err() << "--reason is at most 500 characters, --message at most 2000.\n", Usage);
    if (!request.confirmed && !isatty(STDIN_FILENO))
        return (context.err() << "session cancel asks for confirmation; pass --yes when not at a terminal.\n",
                Usage);
    cancel(context, request);
    return -1;
}

} // namespace companion::cli
