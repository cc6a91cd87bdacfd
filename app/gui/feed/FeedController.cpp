#include "app/gui/feed/FeedController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/feed/StreamFeedClient.h"
#include "services/storage/CacheStore.h"
#include "services/storage/FeedCacheStore.h"
#include "services/storage/OutboxStore.h"
#include "services/storage/Storage.h"

#include <QJsonArray>
#include <QPointer>

namespace companion {

namespace {

const QString kChannelsDocument = QStringLiteral("feeds");

struct FeedRead
{
    QJsonArray activities;
    QList<OutboxEdit> pending; // this feed's posts waiting in the outbox
    QHash<QString, int> unread;
};

} // namespace

FeedController::FeedController(QObject *parent)
    : QObject(parent)
    , m_channels(new FeedChannelListModel(this))
    , m_activities(new FeedActivityListModel(this))
{
    connect(m_channels, &FeedChannelListModel::unreadChanged, this, &FeedController::unreadChanged);
    AccountController *account = AccountController::instance();
    if (!account)
        return;
    connect(account, &AccountController::collectionChanged, this, &FeedController::onCollectionChanged);
    const auto follow = [this, account] {
        if (!account->ready()) {
            m_channels->setChannels({});
            m_activities->setActivities({}, {}, {}, false);
            m_feedId.clear();
            ++m_generation;
            Q_EMIT currentChanged();
            return;
        }
        if (StreamFeedClient *feeds = client())
            feeds->reset();
        connect(account->sync(), &SyncEngine::syncFinished, this, &FeedController::refresh,
                Qt::UniqueConnection);
        refresh();
    };
    connect(account, &AccountController::readyChanged, this, follow);
    if (AppController *app = AppController::instance()) {
        m_activities->setDisplayZone(app->session()->timeZone());
        connect(app->session(), &AuthSession::userChanged, this,
                [this, app] { m_activities->setDisplayZone(app->session()->timeZone()); });
        // Opening the page marks the open feed seen.
        connect(app, &AppController::currentPageChanged, this, [this, app] {
            if (app->currentPage() == u"feed" && !m_feedId.isEmpty())
                showCached(m_feedId, true);
        });
    }
    if (account->ready())
        QMetaObject::invokeMethod(this, follow, Qt::QueuedConnection);
}

StreamFeedClient *FeedController::client() const
{
    AccountController *account = AccountController::instance();
    return account && account->ready() ? account->sync()->feeds() : nullptr;
}

QString FeedController::viewerId() const
{
    AccountController *account = AccountController::instance();
    return account ? account->userId() : QString();
}

QString FeedController::currentTitle() const
{
    const auto channel = m_channels->channel(m_feedId);
    return !channel ? QString() : channel->isCommunity() ? tr("Community") : channel->title;
}

bool FeedController::canPost() const
{
    const auto channel = m_channels->channel(m_feedId);
    return channel && channel->canPost;
}

bool FeedController::canAnnounce() const
{
    const auto channel = m_channels->channel(m_feedId);
    return channel && channel->canAnnounce;
}

void FeedController::setState(bool loading, bool loadingMore)
{
    m_loading = loading;
    m_loadingMore = loadingMore;
    Q_EMIT stateChanged();
}

void FeedController::setError(const ApiResponse &response)
{
    if (response.kind == ApiResponse::Kind::NetworkError) {
        m_offline = true;
        m_error.clear();
    } else {
        m_error = response.error.message;
    }
    Q_EMIT stateChanged();
}

void FeedController::refresh()
{
    if (!client())
        return;
    loadChannels([this] {
        if (m_feedId.isEmpty() || !m_channels->channel(m_feedId)) {
            // The first feed with something unread, else the first one (the community).
            const QList<FeedChannel> channels = m_channels->channels();
            if (!channels.isEmpty())
                open(channels.first().feedId);
        }
        if (m_offline)
            return;
        for (const FeedChannel &channel : m_channels->channels())
            refreshNewest(channel.feedId);
    });
}

void FeedController::loadChannels(std::function<void()> then)
{
    AccountController *account = AccountController::instance();
    client()->channels([self = QPointer<FeedController>(this), account,
                        then](const ApiResponse &response, const QList<FeedChannel> &channels) {
        if (!self || !account->ready())
            return;
        if (response.ok()) {
            self->m_offline = false;
            self->m_channels->setChannels(channels);
            Q_EMIT self->currentChanged();
            QJsonArray json;
            for (const FeedChannel &channel : channels)
                json.append(channel.toJson());
            account->storage()->run<bool>(
                self.data(),
                [json](Storage::Stores &stores) {
                    return stores.cache->putDocument(kChannelsDocument,
                                                     { { QStringLiteral("feeds"), json } });
                },
                [self, then](bool) {
                    if (self)
                        then();
                });
            return;
        }
        self->setError(response);
        // Offline (or refused): the feeds as last read.
        account->storage()->run<QJsonObject>(
            self.data(),
            [](Storage::Stores &stores) {
                return stores.cache->document(kChannelsDocument).value_or(QJsonObject());
            },
            [self, then](const QJsonObject &document) {
                if (!self)
                    return;
                QList<FeedChannel> cached;
                for (const QJsonValue &value : document.value(QLatin1String("feeds")).toArray()) {
                    if (const auto channel = FeedChannel::fromJson(value.toObject()))
                        cached.append(*channel);
                }
                self->m_channels->setChannels(cached);
                Q_EMIT self->currentChanged();
                then();
            });
    });
}

void FeedController::showCached(const QString &feedId, bool markSeen)
{
    AccountController *account = AccountController::instance();
    if (!account || !account->ready())
        return;
    AppController *app = AppController::instance();
    const bool seen = markSeen && (!app || app->currentPage() == u"feed");
    const QString viewer = viewerId();
    const quint64 generation = m_generation;
    account->storage()->run<FeedRead>(
        this,
        [feedId, seen, viewer](Storage::Stores &stores) {
            FeedRead read;
            if (seen)
                stores.feeds->markSeen(feedId);
            read.activities = stores.feeds->activities(feedId);
            for (const OutboxEdit &edit : stores.outbox->edits(viewer)) {
                if (edit.kind == u"feed_post" && edit.state == OutboxEdit::State::Pending
                    && edit.body.value(QLatin1String("feed_id")).toString() == feedId)
                    read.pending.append(edit);
            }
            read.unread = stores.feeds->unreadCounts(viewer);
            return read;
        },
        [this, feedId, generation, viewer](const FeedRead &read) {
            m_channels->setUnread(read.unread);
            if (generation != m_generation || feedId != m_feedId)
                return;
            QList<FeedActivity> activities;
            for (const QJsonValue &value : read.activities) {
                if (const auto activity = FeedActivity::fromStreamJson(value.toObject(), feedId))
                    activities.append(*activity);
            }
            const QString name
                = AppController::instance() ? AppController::instance()->session()->userName() : QString();
            QList<FeedActivity> pending;
            for (auto it = read.pending.crbegin(); it != read.pending.crend(); ++it) { // newest first
                FeedActivity post;
                post.id = QStringLiteral("pending:%1").arg(it->seq);
                post.feedId = feedId;
                post.actorId = viewer;
                post.actorName = name;
                post.verb = it->body.value(QLatin1String("announce")).toBool() ? QStringLiteral("announce")
                                                                               : QStringLiteral("post");
                post.text = it->body.value(QLatin1String("text")).toString();
                post.timeMs = qint64(it->body.value(QLatin1String("time_ms")).toDouble());
                pending.append(post);
            }
            const auto channel = m_channels->channel(feedId);
            m_activities->setActivities(pending, activities, viewer, channel && channel->canModerate);
        });
}

void FeedController::open(const QString &feedId)
{
    if (!m_channels->channel(feedId))
        return;
    if (feedId != m_feedId) {
        m_feedId = feedId;
        ++m_generation;
        m_nextIdLt.clear();
        m_loaded = false;
        m_error.clear();
        m_activities->setActivities({}, {}, viewerId(), false);
        Q_EMIT currentChanged();
    }
    showCached(feedId, true); // what was read last time, at once
    StreamFeedClient *feeds = client();
    if (!feeds)
        return;
    setState(true, false);
    const quint64 generation = m_generation;
    feeds->read(feedId, {}, kPageSize,
                [self = QPointer<FeedController>(this), feedId,
                 generation](const ApiResponse &response, const StreamFeedClient::Page &page) {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_loaded = true;
                    if (!response.ok()) {
                        self->setState(false, false);
                        self->setError(response);
                        return;
                    }
                    self->m_offline = false;
                    self->m_error.clear();
                    self->m_nextIdLt = page.nextIdLt;
                    self->storePage(feedId, page.raw, true, [self, feedId] {
                        self->setState(false, false);
                        self->showCached(feedId, true);
                    });
                });
}

void FeedController::refreshNewest(const QString &feedId)
{
    StreamFeedClient *feeds = client();
    if (!feeds)
        return;
    feeds->read(feedId, {}, kPageSize,
                [self = QPointer<FeedController>(this), feedId](const ApiResponse &response,
                                                                const StreamFeedClient::Page &page) {
                    if (!self || !response.ok())
                        return;
                    // Merged, not replaced: the open feed may show older pages read by scrolling.
                    self->storePage(feedId, page.raw, false, [self, feedId] {
                        if (feedId == self->m_feedId)
                            self->showCached(feedId, true);
                        else
                            self->updateUnread();
                    });
                });
}

void FeedController::storePage(const QString &feedId, const QJsonArray &raw, bool newest,
                               std::function<void()> then)
{
    AccountController *account = AccountController::instance();
    if (!account || !account->ready())
        return;
    account->storage()->run<bool>(
        this,
        [feedId, raw, newest](Storage::Stores &stores) {
            return newest ? stores.feeds->putNewest(feedId, raw) : stores.feeds->putOlder(feedId, raw);
        },
        [then = std::move(then)](bool) { then(); });
}

void FeedController::updateUnread()
{
    AccountController *account = AccountController::instance();
    if (!account || !account->ready())
        return;
    account->storage()->run<QHash<QString, int>>(
        this, [viewer = viewerId()](Storage::Stores &stores) { return stores.feeds->unreadCounts(viewer); },
        [this](const QHash<QString, int> &unread) { m_channels->setUnread(unread); });
}

void FeedController::loadMore()
{
    StreamFeedClient *feeds = client();
    if (!feeds || m_nextIdLt.isEmpty() || m_loadingMore)
        return;
    setState(m_loading, true);
    const quint64 generation = m_generation;
    const QString feedId = m_feedId;
    feeds->read(feedId, m_nextIdLt, kPageSize,
                [self = QPointer<FeedController>(this), feedId,
                 generation](const ApiResponse &response, const StreamFeedClient::Page &page) {
                    if (!self || generation != self->m_generation)
                        return;
                    if (!response.ok()) {
                        self->setState(self->m_loading, false);
                        self->setError(response);
                        return;
                    }
                    self->m_nextIdLt = page.nextIdLt;
                    self->storePage(feedId, page.raw, false, [self, feedId] {
                        self->setState(self->m_loading, false);
                        self->showCached(feedId, false);
                    });
                });
}

QString FeedController::post(const QString &text, bool announce)
{
    AccountController *account = AccountController::instance();
    const auto channel = m_channels->channel(m_feedId);
    const QString trimmed = text.trimmed();
    if (!account || !account->ready() || !channel)
        return tr("Choose a feed first.");
    if (trimmed.isEmpty())
        return tr("Write something first.");
    if (trimmed.size() > kMaxTextLength)
        return tr("A post can have at most %1 characters (this one has %2).")
            .arg(kMaxTextLength)
            .arg(trimmed.size());
    if (announce && !channel->canAnnounce)
        return tr("Only the course's teachers can post announcements.");
    if (!channel->canPost)
        return tr("You cannot post in this feed.");
    const QString feedId = m_feedId;
    account->sync()->queueFeedPost(
        feedId, channel->title, trimmed, announce,
        [self = QPointer<FeedController>(this), feedId](bool queued, const QString &error) {
            if (!self)
                return;
            if (!queued) {
                self->m_error = error;
                Q_EMIT self->stateChanged();
            }
            self->showCached(feedId, false);
        });
    return {};
}

void FeedController::replace(const FeedActivity &activity)
{
    m_activities->updateActivity(activity);
}

QString FeedController::comment(const QString &activityId, const QString &text)
{
    StreamFeedClient *feeds = client();
    const FeedActivity *found = m_activities->find(activityId);
    const QString trimmed = text.trimmed();
    if (!feeds || !found || found->pending)
        return tr("This post cannot take comments yet.");
    if (trimmed.isEmpty())
        return tr("Write something first.");
    if (trimmed.size() > kMaxTextLength)
        return tr("A comment can have at most %1 characters.").arg(kMaxTextLength);
    const QString feedId = m_feedId;
    feeds->react(feedId, activityId, QStringLiteral("comment"), trimmed,
                 [self = QPointer<FeedController>(this), feedId, activityId](const ApiResponse &response) {
                     if (!self)
                         return;
                     const FeedActivity *current = self->m_activities->find(activityId);
                     const auto comment = FeedComment::fromStreamJson(response.object());
                     if (!response.ok() || !comment || !current) {
                         if (response.kind == ApiResponse::Kind::NetworkError)
                             self->m_error = tr("Comments need a connection; yours is still in its field.");
                         else
                             self->m_error = response.error.message;
                         Q_EMIT self->stateChanged();
                         Q_EMIT self->commentFinished(activityId, false);
                         return;
                     }
                     FeedActivity updated = *current;
                     updated.comments.append(*comment);
                     ++updated.commentCount;
                     self->replace(updated);
                     Q_EMIT self->commentFinished(activityId, true);
                     self->refreshNewest(feedId); // the cache's counts
                 });
    return {};
}

void FeedController::toggleLike(const QString &activityId)
{
    StreamFeedClient *feeds = client();
    const FeedActivity *found = m_activities->find(activityId);
    if (!feeds || !found || found->pending || found->ownLikeId == u"…")
        return;
    const FeedActivity before = *found;
    FeedActivity optimistic = before;
    const bool liking = before.ownLikeId.isEmpty();
    optimistic.ownLikeId = liking ? QStringLiteral("…") : QString();
    optimistic.likeCount = std::max(0, before.likeCount + (liking ? 1 : -1));
    replace(optimistic);
    const auto done = [self = QPointer<FeedController>(this), before, liking](const ApiResponse &response) {
        if (!self)
            return;
        const FeedActivity *current = self->m_activities->find(before.id);
        if (!current)
            return;
        if (!response.ok()) {
            self->replace(before);
            self->setError(response);
            return;
        }
        FeedActivity updated = *current;
        updated.ownLikeId = liking ? response.object().value(QLatin1String("id")).toString() : QString();
        self->replace(updated);
        self->refreshNewest(before.feedId);
    };
    if (liking)
        feeds->react(m_feedId, activityId, QStringLiteral("like"), {}, done);
    else
        feeds->unreact(m_feedId, before.ownLikeId, done);
}

void FeedController::remove(const QString &activityId)
{
    StreamFeedClient *feeds = client();
    if (!feeds || !m_activities->find(activityId))
        return;
    const QString feedId = m_feedId;
    feeds->remove(feedId, activityId,
                  [self = QPointer<FeedController>(this), feedId, activityId](const ApiResponse &response) {
                      if (!self)
                          return;
                      if (!response.ok() && response.httpStatus != 404) {
                          self->setError(response);
                          return;
                      }
                      AccountController::instance()->storage()->run<bool>(
                          self.data(),
                          [feedId, activityId](Storage::Stores &stores) {
                              return stores.feeds->remove(feedId, activityId);
                          },
                          [self, feedId](bool) {
                              if (self)
                                  self->showCached(feedId, false);
                          });
                  });
}

void FeedController::loadComments(const QString &activityId)
{
    StreamFeedClient *feeds = client();
    if (!feeds || !m_activities->find(activityId))
        return;
    feeds->comments(m_feedId, activityId,
                    [self = QPointer<FeedController>(this), activityId](const ApiResponse &response,
                                                                        const QList<FeedComment> &comments) {
                        if (!self)
                            return;
                        const FeedActivity *current = self->m_activities->find(activityId);
                        if (!response.ok() || !current) {
                            self->setError(response);
                            return;
                        }
                        FeedActivity updated = *current;
                        updated.comments = comments;
                        updated.commentCount = std::max(updated.commentCount, int(comments.size()));
                        self->replace(updated);
                    });
}

void FeedController::onCollectionChanged(const QString &collection)
{
    if ((collection == u"outbox" || collection == u"feeds") && !m_feedId.isEmpty())
        showCached(m_feedId, false);
}

} // namespace companion
