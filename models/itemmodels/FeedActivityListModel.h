#pragma once

#include "models/feed/FeedActivity.h"

#include <QAbstractListModel>
#include <QLocale>

namespace companion {

// A feed's posts for the Feed page, newest first: posts still waiting in the outbox on top
// (marked pending), then what Stream returned. Times are in the viewer's zone, relative to
// the clock ("5 min ago", "Yesterday at 14:05"). Holds what it is handed; no I/O.
class FeedActivityListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString displayZone READ displayZone WRITE setDisplayZone NOTIFY displayZoneChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActorIdRole,
        ActorNameRole, ///< "Maya Lindqvist", or "You"
        InitialsRole, ///< "ML", for the avatar
        AnnouncementRole, ///< bool: verb "announce", from a teacher or the creator
        RichTextRole, ///< escaped HTML with links
        PlainTextRole,
        TimeRole, ///< QDateTime (UTC)
        TimeTextRole, ///< relative, in displayZone
        FullTimeTextRole, ///< "Monday 7 December 2026, 14:05 (Europe/Berlin)", for the tooltip
        LikeCountRole,
        CommentCountRole,
        LikedRole, ///< the viewer liked it
        CommentsRole, ///< QVariantList of {id, userName, text, timeText, mine}, oldest first
        MoreCommentsRole, ///< bool: more comments than those listed
        PendingRole, ///< bool: written here, waiting in the outbox
        MineRole,
        CanDeleteRole, ///< the viewer's own, or the viewer moderates the feed
    };
    Q_ENUM(Role)

    explicit FeedActivityListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `pending` first, then `activities`; `viewerId` decides "You" and what may be deleted.
    void setActivities(const QList<FeedActivity> &pending, const QList<FeedActivity> &activities,
                       const QString &viewerId, bool moderator);
    // Replaces one activity in place (a like, a comment, all comments loaded).
    void updateActivity(const FeedActivity &activity);
    const FeedActivity *find(const QString &id) const;
    QList<FeedActivity> activities() const { return m_rows; }

    QString displayZone() const { return m_displayZone; }
    void setDisplayZone(const QString &zone);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // "just now", "5 min ago", "3 h ago", "Yesterday at 14:05", "Monday at 09:30", "2 Dec 2026".
    QString relativeTime(qint64 timeMs, qint64 nowMs) const;

Q_SIGNALS:
    void countChanged();
    void displayZoneChanged();

private:
    QList<FeedActivity> m_rows;
    QString m_viewerId;
    bool m_moderator = false;
    QString m_displayZone;
    QLocale m_locale;
};

} // namespace companion
