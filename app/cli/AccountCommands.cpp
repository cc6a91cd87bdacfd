#include "app/cli/AccountCommands.h"

#include "app/AppContext.h"
#include "app/cli/ExitCode.h"
#include "models/schedule/Schedule.h"
#include "models/schedule/SlotRequest.h"
#include "models/time/Clock.h"
#include "services/AuthSession.h"
#include "services/CacheStore.h"
#include "services/OutboxStore.h"
#include "services/PlatformClient.h"
#include "services/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimeZone>

namespace companion::cli {

namespace {

const QStringList kCommands
    = { QStringLiteral("slots"),    QStringLiteral("sync"),         QStringLiteral("status"),
        QStringLiteral("sessions"), QStringLiteral("availability"), QStringLiteral("earnings"),
        QStringLiteral("outbox") };

QString ageText(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("never synced");
    const qint64 seconds = when.secsTo(Clock::nowUtc());
    if (seconds < 90)
        return QStringLiteral("%1 s old").arg(seconds);
    if (seconds < 5400)
        return QStringLiteral("%1 min old").arg(seconds / 60);
    if (seconds < 172800)
        return QStringLiteral("%1 h old").arg(seconds / 3600);
    return QStringLiteral("%1 days old").arg(seconds / 86400);
}

QString money(qint64 cents, const QString &currency)
{
    return QStringLiteral("%1%2.%3 %4")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'))
        .arg(currency);
}

} // namespace

AccountCommands::AccountCommands(AppContext *context, bool json, QTextStream &out, QTextStream &err,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{ }

bool AccountCommands::handles(const QString &command)
{
    return kCommands.contains(command);
}

void AccountCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("from"), QStringLiteral("sessions: first local date (YYYY-MM-DD)."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), QStringLiteral("sessions: last local date, inclusive."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("status"),
                       QStringLiteral("sessions: scheduled, completed, no_show or cancelled."),
                       QStringLiteral("STATUS") });
    parser.addOption({ QStringLiteral("page-size"),
                       QStringLiteral("Items per delta-sync request, 1 to 500 (default 500)."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("verify"),
                       QStringLiteral("sync: also run SQLite's integrity_check on the cache (cache_ok).") });
    parser.addOption({ QStringLiteral("offering-id"),
                       QStringLiteral("slots: the cached offering to answer for."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("tz"),
                       QStringLiteral("slots: the viewer's IANA zone (default the schedule's)."),
                       QStringLiteral("ZONE") });
    parser.addOption({ QStringLiteral("now"),
                       QStringLiteral("slots: the instant to answer at (default now)."),
                       QStringLiteral("INSTANT") });
    parser.addOption({ QStringLiteral("group-by"), QStringLiteral("earnings: course, month or status."),
                       QStringLiteral("GROUPING"), QStringLiteral("month") });
}

int AccountCommands::start(const QStringList &words, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        m_pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || m_pageSize < 1 || m_pageSize > 500)
            return (m_err << "--page-size must be between 1 and 500.\n", Usage);
    }
    const QString command = words.value(0);
    if (command == QLatin1String("sync") || command == QLatin1String("status")) {
        if (words.size() != 1)
            return (m_err << command << " takes no arguments.\n", Usage);
        if (command == QLatin1String("sync"))
            sync(parser.isSet(QStringLiteral("verify")));
        else
            status();
        return -1;
    }
    if (command == QLatin1String("sessions")) {
        const QStringList statuses = { QStringLiteral("scheduled"), QStringLiteral("completed"),
                                       QStringLiteral("no_show"), QStringLiteral("cancelled") };
        const QString status = parser.value(QStringLiteral("status"));
        if (!status.isEmpty() && !statuses.contains(status))
            return (m_err << "--status must be one of " << statuses.join(QStringLiteral(", ")) << ".\n",
                    Usage);
        for (const char *option : { "from", "to" }) {
            const QString value = parser.value(QLatin1String(option));
            if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
                return (m_err << "--" << option << " must be a date like 2026-11-30.\n", Usage);
        }
        sessions(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")), status);
        return -1;
    }
    if (command == QLatin1String("availability")) {
        if (words.value(1) == QLatin1String("show") && words.size() == 2) {
            availabilityShow();
            return -1;
        }
        if (words.value(1) == QLatin1String("set") && words.size() == 3) {
            availabilitySet(words.at(2));
            return -1;
        }
        return (m_err << "Use: availability show | availability set FILE\n", Usage);
    }
    if (command == QLatin1String("slots")) {
        const QString from = parser.value(QStringLiteral("from")), to = parser.value(QStringLiteral("to"));
        if (parser.value(QStringLiteral("offering-id")).isEmpty() || from.isEmpty() || to.isEmpty())
            return (
                m_err << "Use: slots --offering-id ID --from DATE --to DATE [--tz ZONE] [--now INSTANT]\n",
                Usage);
        bookableSlots(parser.value(QStringLiteral("offering-id")), from, to,
                      parser.value(QStringLiteral("tz")), parser.value(QStringLiteral("now")));
        return -1;
    }
    if (command == QLatin1String("earnings")) {
        const QString groupBy = parser.value(QStringLiteral("group-by"));
        if (!QStringList { QStringLiteral("course"), QStringLiteral("month"), QStringLiteral("status") }
                 .contains(groupBy))
            return (m_err << "--group-by must be course, month or status.\n", Usage);
        earnings(groupBy);
        return -1;
    }
    if (command == QLatin1String("outbox")) {
        const QString action = words.value(1);
        const bool list = words.size() == 1;
        const bool resolve = words.size() == 3
            && (action == QLatin1String("keep-mine") || action == QLatin1String("take-theirs")
                || action == QLatin1String("discard"));
        if (!list && !resolve)
            return (
                m_err << "Use: outbox | outbox keep-mine SEQ | outbox take-theirs SEQ | outbox discard SEQ\n",
                Usage);
        bool numeric = false;
        if (resolve && (words.at(2).toLongLong(&numeric), !numeric))
            return (m_err << "SEQ must be the number `outbox` shows.\n", Usage);
        outbox(words);
        return -1;
    }
    return (m_err << "Unknown command.\n", Usage);
}

void AccountCommands::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void AccountCommands::fail(int code, const QString &message)
{
    if (m_json)
        emitJson({ { QStringLiteral("error"), message }, { QStringLiteral("exit_code"), code } });
    m_err << message << "\n";
    done(code);
}

void AccountCommands::emitJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
}

int AccountCommands::exitCodeFor(SyncEngine::Outcome outcome) const
{
    switch (outcome) {
    case SyncEngine::Outcome::Ok:
        return Ok;
    case SyncEngine::Outcome::Offline:
    case SyncEngine::Outcome::ServerError:
        return Network;
    case SyncEngine::Outcome::AuthFailed:
        return Auth;
    case SyncEngine::Outcome::Conflict:
        return Conflict;
    }
    return Failure;
}

void AccountCommands::withAccount(bool syncFirst, std::function<void(SyncEngine::Outcome)> next)
{
    AuthSession *session = m_context->session();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        session, &AuthSession::operationFinished, this, [this, session, syncFirst, next, connection](bool) {
            disconnect(*connection);
            const auto state = session->state();
            if (state != AuthSession::State::SignedIn && state != AuthSession::State::Offline) {
                fail(Auth,
                     session->lastError().isEmpty()
                         ? QStringLiteral("Not signed in. Run: companion-cli login --email ADDRESS")
                         : session->lastError());
                return;
            }
            m_context->openAccount(
                [this, session, syncFirst, next](const QString &error, const QStringList &notes) {
                    for (const QString &note : notes)
                        m_err << "Note: " << note << "\n";
                    if (!error.isEmpty()) {
                        fail(Failure, error);
                        return;
                    }
                    if (!syncFirst || session->state() == AuthSession::State::Offline) {
                        next(SyncEngine::Outcome::Offline);
                        return;
                    }
                    SyncEngine *engine = m_context->sync();
                    if (m_pageSize > 0)
                        engine->setPageSize(m_pageSize);
                    connect(
                        engine, &SyncEngine::syncFinished, this,
                        [next](SyncEngine::Outcome outcome) { next(outcome); }, Qt::SingleShotConnection);
                    engine->syncNow();
                });
        });
    session->restore();
}

void AccountCommands::printCacheAge(SyncEngine::Outcome outcome, const QString &collection)
{
    if (outcome == SyncEngine::Outcome::Ok || outcome == SyncEngine::Outcome::Conflict)
        return;
    const QDateTime synced
        = m_context->storage()->runBlocking<QDateTime>([collection](Storage::Stores &stores) {
              const QDateTime cursorTime = stores.cache->lastSynced(collection);
              return cursorTime.isValid() ? cursorTime : stores.cache->documentSyncedAt(collection);
          });
    QString why = m_context->sync()->lastError();
    if (why.isEmpty())
        why = m_context->session()->lastError();
    m_err << (outcome == SyncEngine::Outcome::Offline ? "Offline" : "Could not sync")
          << ": answering from the cache (" << ageText(synced) << ")." << (why.isEmpty() ? "" : " ") << why
          << "\n";
}

void AccountCommands::sync(bool verify)
{
    withAccount(true, [this, verify](SyncEngine::Outcome outcome) {
        SyncEngine *engine = m_context->sync();
        struct Totals
        {
            int sessions = 0;
            int splits = 0;
            bool integrity = false;
        };
        // A full integrity_check reads the whole file: only on request (--verify).
        const Totals totals = m_context->storage()->runBlocking<Totals>([verify](Storage::Stores &stores) {
            return Totals { stores.cache->sessionCount(), stores.cache->splitCount(),
                            verify && stores.cache->integrityCheck() };
        });
        const QString outcomeName
            = QString::fromLatin1(QMetaEnum::fromType<SyncEngine::Outcome>().valueToKey(int(outcome)));
        if (m_json) {
            emitJson({ { QStringLiteral("outcome"), outcomeName.toLower() },
                       { QStringLiteral("sessions"), totals.sessions },
                       { QStringLiteral("splits"), totals.splits },
                       { QStringLiteral("pending_edits"), engine->pendingEdits() },
                       { QStringLiteral("conflicts"), engine->conflicts() },
                       { QStringLiteral("cache_ok"), verify ? QJsonValue(totals.integrity) : QJsonValue() },
                       { QStringLiteral("requests"), m_context->client()->requestCount() },
                       { QStringLiteral("bytes_received"), m_context->client()->bytesReceived() },
                       { QStringLiteral("error"), engine->lastError() } });
        } else {
            m_out << "Sync: " << outcomeName << "\n"
                  << "Cached: " << totals.sessions << " sessions, " << totals.splits << " splits\n"
                  << "Outbox: " << engine->pendingEdits() << " pending, " << engine->conflicts()
                  << " in conflict\n";
        }
        if (outcome != SyncEngine::Outcome::Ok)
            m_err << engine->lastError() << "\n";
        done(exitCodeFor(outcome));
    });
}

void AccountCommands::status()
{
    withAccount(false, [this](SyncEngine::Outcome) {
        // Online means the server answers now; a cheap unauthenticated probe.
        m_context->client()->send(
            PlatformClient::Method::Get, QStringLiteral("/api/health"), {}, false,
            [this](const ApiResponse &health) {
                SyncEngine *engine = m_context->sync();
                const QDateTime synced
                    = m_context->storage()->runBlocking<QDateTime>([](Storage::Stores &stores) {
                          return stores.cache->lastSynced(QStringLiteral("sessions"));
                      });
                const bool online = health.ok();
                if (m_json) {
                    emitJson({ { QStringLiteral("online"), online },
                               { QStringLiteral("server"), m_context->client()->baseUrl().toString() },
                               { QStringLiteral("user"), m_context->session()->userEmail() },
                               { QStringLiteral("last_sync"),
                                 synced.isValid() ? synced.toString(Qt::ISODate) : QString() },
                               { QStringLiteral("pending_edits"), engine->pendingEdits() },
                               { QStringLiteral("conflicts"), engine->conflicts() } });
                } else {
                    m_out << "Server:    " << m_context->client()->baseUrl().toString()
                          << (online ? " (online)" : " (offline)")
                          << "\nSigned in: " << m_context->session()->userEmail() << "\nLast sync: "
                          << (synced.isValid() ? synced.toString(Qt::ISODate) + QStringLiteral(" (")
                                      + ageText(synced) + QLatin1Char(')')
                                               : QStringLiteral("never"))
                          << "\nOutbox:    " << engine->pendingEdits() << " pending, " << engine->conflicts()
                          << " in conflict\n";
                }
                done(Ok);
            });
    });
}

void AccountCommands::sessions(const QString &from, const QString &to, const QString &status)
{
    withAccount(true, [this, from, to, status](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            fail(Auth, m_context->sync()->lastError());
            return;
        }
        printCacheAge(outcome, QStringLiteral("sessions"));
        const QString zoneId = m_context->session()->timeZone();
        const QTimeZone zone = zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId.toUtf8());
        const QTimeZone viewZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
        const QDateTime fromInstant = from.isEmpty()
            ? QDateTime()
            : QDateTime(QDate::fromString(from, Qt::ISODate), QTime(0, 0), viewZone);
        const QDateTime toInstant = to.isEmpty()
            ? QDateTime()
            : QDateTime(QDate::fromString(to, Qt::ISODate).addDays(1), QTime(0, 0), viewZone);
        const QList<Session> list = m_context->storage()->runBlocking<QList<Session>>(
            [fromInstant, toInstant, status](Storage::Stores &stores) {
                return stores.cache->sessions(fromInstant, toInstant, status);
            });
        if (m_json) {
            QJsonArray items;
            for (const Session &s : list)
                items.append(s.json);
            emitJson({ { QStringLiteral("sessions"), items },
                       { QStringLiteral("count"), items.size() },
                       { QStringLiteral("offline"),
                         outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict },
                       { QStringLiteral("time_zone"), QString::fromUtf8(viewZone.id()) } });
        } else {
            for (const Session &s : list) {
                const QDateTime start = s.start.toTimeZone(viewZone);
                m_out << start.toString(QStringLiteral("yyyy-MM-dd ddd HH:mm")) << "–"
                      << s.end.toTimeZone(viewZone).toString(QStringLiteral("HH:mm")) << "  "
                      << Session::statusToString(s.status).leftJustified(10) << "  " << s.courseTitle << " · "
                      << s.teacherName << " (" << s.bookedSeats << "/" << s.seats << " seats)\n";
            }
            m_out << list.size() << " sessions, times in " << viewZone.id() << "\n";
        }
        done(Ok);
    });
}

void AccountCommands::availabilityShow()
{
    withAccount(true, [this](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            fail(Auth, m_context->sync()->lastError());
            return;
        }
        printCacheAge(outcome, QStringLiteral("availability"));
        const QString user = m_context->session()->user().id;
        struct View
        {
            std::optional<QJsonObject> server;
            QList<OutboxEdit> edits;
        };
        const View view = m_context->storage()->runBlocking<View>([user](Storage::Stores &stores) {
            return View { stores.cache->document(QStringLiteral("availability")),
                          stores.outbox->edits(user) };
        });
        if (!view.server && view.edits.isEmpty()) {
            fail(Network, QStringLiteral("No availability is cached yet and the server is not reachable."));
            return;
        }
        // What the teacher will have once the outbox drains: the newest queued edit.
        QJsonObject effective = view.server.value_or(QJsonObject());
        int pending = 0;
        for (const OutboxEdit &edit : view.edits) {
            if (edit.state == OutboxEdit::State::Pending) {
                effective = edit.body;
                ++pending;
            }
        }
        const int conflicts
            = int(std::count_if(view.edits.begin(), view.edits.end(),
                                [](const OutboxEdit &e) { return e.state == OutboxEdit::State::Conflict; }));
        if (m_json) {
            emitJson({ { QStringLiteral("schedule"), effective },
                       { QStringLiteral("server_version"),
                         view.server ? view.server->value(QLatin1String("version")).toInt() : -1 },
                       { QStringLiteral("pending"), pending > 0 },
                       { QStringLiteral("pending_edits"), pending },
                       { QStringLiteral("conflicts"), conflicts } });
        } else {
            m_out << QJsonDocument(effective).toJson(QJsonDocument::Indented);
            if (pending > 0)
                m_out << "(" << pending << " edit(s) pending: not on the server yet)\n";
            if (conflicts > 0)
                m_out << "(" << conflicts << " edit(s) in conflict: see `companion-cli outbox`)\n";
        }
        done(conflicts > 0 ? Conflict : Ok);
    });
}

void AccountCommands::availabilitySet(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        fail(Usage, QStringLiteral("Cannot read %1: %2").arg(file, input.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(Usage, QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString()));
        return;
    }
    QString error;
    if (!Schedule::fromJson(document.object(), &error)) {
        fail(Usage, QStringLiteral("%1 is not a valid schedule: %2").arg(file, error));
        return;
    }
    QJsonObject schedule = document.object();
    schedule.remove(QStringLiteral("version"));
    schedule.remove(QStringLiteral("updated_at"));
    // Sync first (when possible) so the edit is made against the newest version.
    withAccount(true, [this, schedule](SyncEngine::Outcome first) {
        if (first == SyncEngine::Outcome::AuthFailed) {
            fail(Auth, m_context->sync()->lastError());
            return;
        }
        const auto cached = m_context->storage()->runBlocking<std::optional<QJsonObject>>(
            [](Storage::Stores &stores) { return stores.cache->document(QStringLiteral("availability")); });
        const int knownVersion = cached ? cached->value(QLatin1String("version")).toInt() : 0;
        SyncEngine *engine = m_context->sync();
        connect(
            engine, &SyncEngine::syncFinished, this,
            [this, engine](SyncEngine::Outcome outcome) {
                const bool sent = outcome == SyncEngine::Outcome::Ok && engine->pendingEdits() == 0;
                if (m_json)
                    emitJson({ { QStringLiteral("queued"), true },
                               { QStringLiteral("sent"), sent },
                               { QStringLiteral("offline"), outcome == SyncEngine::Outcome::Offline },
                               { QStringLiteral("pending_edits"), engine->pendingEdits() },
                               { QStringLiteral("conflicts"), engine->conflicts() } });
                else if (sent)
                    m_out << "Availability saved on the server.\n";
                else if (outcome == SyncEngine::Outcome::Conflict || engine->conflicts() > 0)
                    m_out << "Your edit conflicts with a change made elsewhere. It is kept: resolve it with "
                             "`companion-cli outbox keep-mine SEQ` or `take-theirs SEQ`.\n";
                else
                    m_out << "Saved in the outbox; it will be sent when the server is reachable. ("
                          << engine->lastError() << ")\n";
                if (outcome == SyncEngine::Outcome::Conflict || engine->conflicts() > 0)
                    done(Conflict);
                else if (outcome == SyncEngine::Outcome::AuthFailed)
                    done(Auth);
                else
                    done(Ok); // queued safely, sent or not
            },
            Qt::SingleShotConnection);
        engine->queueAvailabilityEdit(schedule, knownVersion, [this](bool queued, const QString &error) {
            if (!queued)
                fail(Failure, error);
        });
    });
}

void AccountCommands::bookableSlots(const QString &offeringId, const QString &from, const QString &to,
                                    const QString &tz, const QString &now)
{
    withAccount(true, [this, offeringId, from, to, tz, now](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            fail(Auth, m_context->sync()->lastError());
            return;
        }
        printCacheAge(outcome, QStringLiteral("availability"));
        const QString teacherId = m_context->session()->user().id;
        struct Inputs
        {
            std::optional<QJsonObject> schedule, offerings;
            QList<Session> sessions;
        };
        const Inputs in = m_context->storage()->runBlocking<Inputs>([](Storage::Stores &stores) {
            return Inputs { stores.cache->document(QStringLiteral("availability")),
                            stores.cache->document(QStringLiteral("offerings")), stores.cache->sessions() };
        });
        QJsonObject offering;
        for (const QJsonValue &value :
             in.offerings.value_or(QJsonObject()).value(QLatin1String("offerings")).toArray())
            if (value.toObject().value(QLatin1String("id")).toString() == offeringId)
                offering = value.toObject();
        if (!in.schedule || offering.isEmpty()) {
            fail(in.schedule ? Usage : Network,
                 in.schedule
                     ? QStringLiteral("No cached offering has the id %1.").arg(offeringId)
                     : QStringLiteral("No availability is cached yet and the server is not reachable."));
            return;
        }
        // The same inputs the server uses: every session this teacher teaches is busy time.
        QJsonArray busy;
        for (const Session &session : in.sessions)
            if (session.teacherId == teacherId)
                busy.append(session.json);
        QJsonObject request { { QStringLiteral("schedule"), *in.schedule },
                              { QStringLiteral("offering"), offering },
                              { QStringLiteral("busy"), busy },
                              { QStringLiteral("from"), from },
                              { QStringLiteral("to"), to },
                              { QStringLiteral("now"),
                                now.isEmpty() ? Clock::nowUtc().toString(Qt::ISODate) : now } };
        if (!tz.isEmpty())
            request.insert(QStringLiteral("tz"), tz);
        QString error;
        const auto parsed = SlotRequest::fromJson(request, &error);
        const auto reply = parsed ? parsed->reply(&error) : std::nullopt;
        if (!reply) {
            fail(Usage, error);
            return;
        }
        if (m_json) {
            emitJson(*reply);
        } else {
            const QJsonArray offered = reply->value(QLatin1String("slots")).toArray();
            for (const QJsonValue &slot : offered)
                m_out << slot.toObject().value(QLatin1String("local_start")).toString() << "  "
                      << slot.toObject().value(QLatin1String("seats_available")).toInt() << " seat(s)\n";
            m_out << offered.size() << " slots, times in "
                  << reply->value(QLatin1String("time_zone")).toString() << "\n";
        }
        done(Ok);
    });
}

void AccountCommands::earnings(const QString &groupBy)
{
    withAccount(true, [this, groupBy](SyncEngine::Outcome outcome) {
        if (outcome == SyncEngine::Outcome::AuthFailed) {
            fail(Auth, m_context->sync()->lastError());
            return;
        }
        const QString key = QStringLiteral("earnings:") + groupBy;
        printCacheAge(outcome, key);
        const auto summary = m_context->storage()->runBlocking<std::optional<QJsonObject>>(
            [key](Storage::Stores &stores) { return stores.cache->document(key); });
        if (!summary) {
            fail(Network, QStringLiteral("No earnings are cached yet and the server is not reachable."));
            return;
        }
        if (m_json) {
            QJsonObject out = *summary;
            out.insert(QStringLiteral("offline"),
                       outcome != SyncEngine::Outcome::Ok && outcome != SyncEngine::Outcome::Conflict);
            emitJson(out);
        } else {
            m_out << "Earnings " << summary->value(QLatin1String("from")).toString() << " to "
                  << summary->value(QLatin1String("to")).toString() << " by " << groupBy << "\n";
            for (const QJsonValue &group : summary->value(QLatin1String("groups")).toArray()) {
                const QJsonObject g = group.toObject();
                m_out << "  " << g.value(QLatin1String("label")).toString().leftJustified(32) << " "
                      << money(g.value(QLatin1String("amount_cents")).toInteger(),
                               g.value(QLatin1String("currency")).toString())
                             .rightJustified(14)
                      << "  (" << g.value(QLatin1String("count")).toInt() << ")\n";
            }
            for (const QJsonValue &total : summary->value(QLatin1String("totals")).toArray())
                m_out << "  " << QStringLiteral("Total").leftJustified(32) << " "
                      << money(total.toObject().value(QLatin1String("amount_cents")).toInteger(),
                               total.toObject().value(QLatin1String("currency")).toString())
                             .rightJustified(14)
                      << "\n";
        }
        done(Ok);
    });
}

void AccountCommands::outbox(const QStringList &words)
{
    withAccount(false, [this, words](SyncEngine::Outcome) {
        const QString user = m_context->session()->user().id;
        if (words.size() == 3) {
            const qint64 seq = words.at(2).toLongLong();
            const QString action = words.at(1);
            const bool ok = m_context->storage()->runBlocking<bool>([seq, action](Storage::Stores &stores) {
                if (action == QLatin1String("keep-mine"))
                    return stores.outbox->keepMine(seq);
                if (action == QLatin1String("take-theirs"))
                    return stores.outbox->takeTheirs(seq);
                return stores.outbox->discard(seq);
            });
            if (!ok) {
                fail(Usage, QStringLiteral("Edit %1 is not in a state that allows %2.").arg(seq).arg(action));
                return;
            }
            m_out << (m_json ? QStringLiteral("{\"ok\":true}") : QStringLiteral("Done.")) << "\n";
            done(Ok);
            return;
        }
        const QList<OutboxEdit> edits = m_context->storage()->runBlocking<QList<OutboxEdit>>(
            [user](Storage::Stores &stores) { return stores.outbox->edits(user); });
        int conflicts = 0;
        QJsonArray items;
        for (const OutboxEdit &edit : edits) {
            conflicts += edit.state == OutboxEdit::State::Conflict ? 1 : 0;
            items.append(edit.toJson());
            if (!m_json)
                m_out << edit.seq << "  " << OutboxEdit::stateName(edit.state).leftJustified(9) << " "
                      << edit.kind << " made " << edit.createdAt.toString(Qt::ISODate) << " against version "
                      << edit.baseVersion
                      << (edit.error.isEmpty() ? QString() : QStringLiteral(" — ") + edit.error) << "\n";
        }
        if (m_json)
            emitJson({ { QStringLiteral("edits"), items } });
        else if (edits.isEmpty())
            m_out << "The outbox is empty.\n";
        done(conflicts > 0 ? Conflict : Ok);
    });
}

} // namespace companion::cli
