#pragma once

#include "models/itemmodels/FeedActivityListModel.h"
#include "models/itemmodels/FeedChannelListModel.h"
#include "services/net/ApiResponse.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <QtQml/qqml.h>

namespace companion {

class StreamFeedClient;

// The Feed page and the rail's unread badge (the QML singleton `Feeds`): the feeds the
// user may open, the open feed's posts (cached ones at once, then Stream's newest), paging
// on scroll, the composer (posts wait in the outbox like any edit), likes, comments,
// deleting. Unread: per feed, posts by others newer than the newest one the user saw;
// every sync reads each feed's newest page to count them. Offline it shows the pages last
// read, marked as such.
class FeedController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Feeds)
    QML_SINGLETON
    Q_PROPERTY(companion::FeedChannelListModel *channels READ channels CONSTANT)
    Q_PROPERTY(companion::FeedActivityListModel *activities READ activities CONSTANT)
    Q_PROPERTY(QString currentFeedId READ currentFeedId NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    Q_PROPERTY(bool canPost READ canPost NOTIFY currentChanged)
    Q_PROPERTY(bool canAnnounce READ canAnnounce NOTIFY currentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY stateChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY stateChanged)
    // What is shown came from the cache because the platform or Stream could not be reached.
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
    // The first read of the open feed finished (an empty list means empty, not "not yet").
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY unreadChanged)
public:
    explicit FeedController(QObject *parent = nullptr);

    static constexpr int kPageSize = 20;
    static constexpr int kMaxTextLength = 5000;

    FeedChannelListModel *channels() const { return m_channels; }
    FeedActivityListModel *activities() const { return m_activities; }
    QString currentFeedId() const { return m_feedId; }
    QString currentTitle() const;
    bool canPost() const;
    bool canAnnounce() const;
    bool loading() const { return m_loading; }
    bool loadingMore() const { return m_loadingMore; }
    bool hasMore() const { return !m_nextIdLt.isEmpty(); }
    bool offline() const { return m_offline; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    int totalUnread() const { return m_channels->totalUnread(); }

    // The feeds and each one's newest page (for the unread counts), then the open feed.
    Q_INVOKABLE void refresh();
    // Shows `feedId` (cached posts at once, then Stream's newest) and marks it seen.
    Q_INVOKABLE void open(const QString &feedId);
    Q_INVOKABLE void loadMore();
    // Queues a post (an announcement when `announce` and allowed); "" when queued, else why not.
    Q_INVOKABLE QString post(const QString &text, bool announce);
    Q_INVOKABLE QString comment(const QString &activityId, const QString &text);
    Q_INVOKABLE void toggleLike(const QString &activityId);
    Q_INVOKABLE void remove(const QString &activityId);
    Q_INVOKABLE void loadComments(const QString &activityId);

Q_SIGNALS:
    void currentChanged();
    void stateChanged();
    void unreadChanged();
    // A comment was sent (clear its field) or refused (keep it, show `error`).
    void commentFinished(const QString &activityId, bool ok);

private:
    StreamFeedClient *client() const;
    QString viewerId() const;
    void onCollectionChanged(const QString &collection);
    void loadChannels(std::function<void()> then);
    void refreshNewest(const QString &feedId);
    // Keeps a page read from Stream: the newest replaces what was kept, an older one adds;
    // `then` runs on this thread once it is stored.
    void storePage(const QString &feedId, const QJsonArray &raw, bool newest, std::function<void()> then);
    void showCached(const QString &feedId, bool markSeen);
    void updateUnread();
    void setError(const ApiResponse &response);
    void setState(bool loading, bool loadingMore);
    void replace(const FeedActivity &activity);

    FeedChannelListModel *m_channels;
    FeedActivityListModel *m_activities;
    QString m_feedId;
    QString m_nextIdLt;
    bool m_loading = false;
    bool m_loadingMore = false;
    bool m_offline = false;
    bool m_loaded = false;
    QString m_error;
    quint64 m_generation = 0; // bumped when another feed opens: older answers are dropped
};

} // namespace companion
