// companion-cli feed [list] [--course ID] [--json]       the community feed, or a course's
// companion-cli feed post [--course ID] [--announce] TEXT (through the outbox)
#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "models/feed/FeedActivity.h"
#include "models/feed/FeedChannel.h"
#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"
#include "services/feed/StreamFeedClient.h"
#include "services/storage/CacheStore.h"
#include "services/storage/FeedCacheStore.h"
#include "services/storage/OutboxStore.h"
#include "services/storage/Storage.h"

#include <QJsonArray>
#include <QTimeZone>

namespace companion::cli {

namespace {

constexpr int kPostLength = 5000;

QString feedIdOf(const QCommandLineParser &parser)
{
    const QString course = parser.value(QStringLiteral("course"));
    return course.isEmpty() ? QStringLiteral("community:all") : QStringLiteral("course:") + course;
}

// Other people's words reach a terminal: no escape sequences or other control characters.
QString printable(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        clean += (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') ? QChar(u'\uFFFD') : c;
    return clean;
}

QString whenText(CommandContext &c, qint64 ms)
{
    const QTimeZone zone(c.app()->session()->timeZone().toUtf8());
    return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc())
        .toString(QStringLiteral("ddd d MMM yyyy HH:mm"));
}

void printActivities(CommandContext &c, const QString &feedId, const QJsonArray &raw)
{
    QList<FeedActivity> activities;
    for (const QJsonValue &value : raw) {
        if (const auto activity = FeedActivity::fromStreamJson(value.toObject(), feedId))
            activities.append(*activity);
    }
    if (c.json()) {
        QJsonArray items;
        for (const FeedActivity &a : activities)
            items.append(QJsonObject { { QStringLiteral("id"), a.id },
                                       { QStringLiteral("actor_id"), a.actorId },
                                       { QStringLiteral("actor_name"), a.actorName },
                                       { QStringLiteral("announcement"), a.isAnnouncement() },
                                       { QStringLiteral("text"), a.text },
                                       { QStringLiteral("time"), instant::toUtcStringMs(a.timeMs) },
                                       { QStringLiteral("likes"), a.likeCount },
                                       { QStringLiteral("comments"), a.commentCount } });
        c.emitJson({ { QStringLiteral("feed_id"), feedId }, { QStringLiteral("activities"), items } });
        return;
    }
    if (activities.isEmpty())
        c.out() << "No posts in " << feedId << ".\n";
    for (const FeedActivity &a : activities) {
        c.out() << whenText(c, a.timeMs) << "  " << printable(a.actorName.isEmpty() ? a.actorId : a.actorName)
                << (a.isAnnouncement() ? "  [announcement]" : "") << "\n";
        for (const QString &line : printable(a.text).split(QLatin1Char('\n')))
            c.out() << "    " << line << "\n";
        c.out() << "    " << a.likeCount << (a.likeCount == 1 ? " like, " : " likes, ") << a.commentCount
                << (a.commentCount == 1 ? " comment" : " comments") << "  (" << a.id << ")\n\n";
    }
}

void showFeed(CommandContext &c, const QString &feedId)
{
    c.withAccount(false, [&c, feedId](SyncEngine::Outcome) {
        c.app()->sync()->feeds()->read(
            feedId, {}, 20, [&c, feedId](const ApiResponse &response, const StreamFeedClient::Page &page) {
                Storage *storage = c.app()->storage();
                if (response.ok()) {
                    storage->runBlocking<bool>([feedId, raw = page.raw](Storage::Stores &stores) {
                        return stores.feeds->putNewest(feedId, raw);
                    });
                    printActivities(c, feedId, page.raw);
                    c.done(Ok);
                    return;
                }
                if (response.kind != ApiResponse::Kind::NetworkError) {
                    c.fail(CommandContext::exitCodeFor(response), response.error.message);
                    return;
                }
                c.err() << "Offline: the posts last read (" << response.error.message << ")\n";
                printActivities(c, feedId,
                                storage->runBlocking<QJsonArray>([feedId](Storage::Stores &stores) {
                                    return stores.feeds->activities(feedId);
                                }));
                c.done(Ok);
            });
    });
}

void listFeeds(CommandContext &c)
{
    c.withAccount(false, [&c](SyncEngine::Outcome) {
        c.app()->sync()->feeds()->channels(
            [&c](const ApiResponse &response, const QList<FeedChannel> &channels) {
                if (!response.ok()) {
                    c.fail(CommandContext::exitCodeFor(response), response.error.message);
                    return;
                }
                if (c.json()) {
                    QJsonArray feeds;
                    for (const FeedChannel &channel : channels)
                        feeds.append(channel.toJson());
                    c.emitJson({ { QStringLiteral("feeds"), feeds } });
                } else {
                    for (const FeedChannel &channel : channels)
                        c.out() << channel.feedId << "  " << printable(channel.title) << "  (" << channel.role
                                << ")\n";
                }
                c.done(Ok);
            });
    });
}

void post(CommandContext &c, const QString &feedId, const QString &text, bool announce)
{
    c.withAccount(false, [&c, feedId, text, announce](SyncEngine::Outcome) {
        SyncEngine *engine = c.app()->sync();
        const QString user = c.userId();
        QObject::connect(
            engine, &SyncEngine::syncFinished, &c,
            [&c, engine, user](SyncEngine::Outcome outcome) {
                const QList<OutboxEdit> edits = c.app()->storage()->runBlocking<QList<OutboxEdit>>(
                    [user](Storage::Stores &stores) { return stores.outbox->edits(user); });
                std::optional<OutboxEdit> last;
                for (const OutboxEdit &edit : edits)
                    if (edit.kind == u"feed_post")
                        last = edit;
                const bool failed = last && last->state == OutboxEdit::State::Failed;
                if (c.json())
                    c.emitJson({ { QStringLiteral("queued"), true },
                                 { QStringLiteral("sent"), !last },
                                 { QStringLiteral("failed"), failed },
                                 { QStringLiteral("error"), failed ? last->error : QString() } });
                else if (failed)
                    c.err() << "The feed refused the post: " << last->error << "\n";
                else if (!last)
                    c.out() << "Posted.\n";
                else
                    c.out() << "Saved in the outbox; it will be posted when the server is reachable. ("
                            << engine->lastError() << ")\n";
                c.done(failed ? Failure : outcome == SyncEngine::Outcome::AuthFailed ? Auth : Ok);
            },
            Qt::SingleShotConnection);
        // The feed's title for the outbox, as last read (the id when never read).
        const QJsonObject cached = c.app()->storage()->runBlocking<QJsonObject>([](Storage::Stores &stores) {
            return stores.cache->document(QStringLiteral("feeds")).value_or(QJsonObject());
        });
        QString title = feedId;
        for (const QJsonValue &value : cached.value(QLatin1String("feeds")).toArray()) {
            if (value.toObject().value(QLatin1String("feed_id")).toString() == feedId)
                title = value.toObject().value(QLatin1String("title")).toString();
        }
        engine->queueFeedPost(feedId, title, text, announce, [&c](bool queued, const QString &error) {
            if (!queued)
                c.fail(Failure, error);
        });
    });
}

} // namespace

void addFeedOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("course"),
                       QStringLiteral("feed: the course's feed (default: the community)."),
                       QStringLiteral("ID") });
    parser.addOption(
        { QStringLiteral("announce"),
          QStringLiteral("feed post: as an announcement (the course's teachers and creator).") });
}

int runFeedCommand(CommandContext &context, const QStringList &words, const QCommandLineParser &parser)
{
    const QString feedId = feedIdOf(parser);
    if (words.size() == 1) {
        showFeed(context, feedId);
        return -1;
    }
    if (words.size() == 2 && words.at(1) == u"list") {
        listFeeds(context);
        return -1;
    }
    if (words.size() >= 3 && words.at(1) == u"post") {
        const QString text = words.mid(2).join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty() || text.size() > kPostLength)
            return (context.err() << "A post is 1 to " << kPostLength << " characters.\n", Usage);
        post(context, feedId, text, parser.isSet(QStringLiteral("announce")));
        return -1;
    }
    return (
        context.err() << "Use: feed [--course ID] | feed list | feed post [--course ID] [--announce] TEXT\n",
        Usage);
}

} // namespace companion::cli
