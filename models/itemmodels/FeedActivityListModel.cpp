#include "models/itemmodels/FeedActivityListModel.h"

#include "models/feed/LinkText.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QDateTime>
#include <QTimeZone>

namespace companion {

namespace {

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials += part.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

} // namespace

FeedActivityListModel::FeedActivityListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int FeedActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString FeedActivityListModel::relativeTime(qint64 timeMs, qint64 nowMs) const
{
    const QTimeZone zone(m_displayZone.toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime then = QDateTime::fromMSecsSinceEpoch(timeMs, shown);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, shown);
    const qint64 seconds = (nowMs - timeMs) / 1000;
    const QString clock = m_locale.toString(then.time(), QStringLiteral("HH:mm"));
    if (seconds < 60)
        return tr("just now"); // also a clock slightly behind the server's
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    const qint64 days = then.date().daysTo(now.date());
    if (days == 0)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (days == 1)
        return tr("Yesterday at %1").arg(clock);
    if (days < 7)
        return tr("%1 at %2").arg(m_locale.dayName(then.date().dayOfWeek()), clock);
    return DateText::format(then.date(), DateText::Style::Date, m_locale);
}

QVariant FeedActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FeedActivity &a = m_rows.at(index.row());
    const bool mine = a.actorId == m_viewerId;
    switch (role) {
    case IdRole:
        return a.id;
    case ActorIdRole:
        return a.actorId;
    case ActorNameRole:
        return mine ? tr("You") : a.actorName.isEmpty() ? a.actorId : a.actorName;
    case InitialsRole:
        return initialsOf(a.actorName.isEmpty() ? a.actorId : a.actorName);
    case AnnouncementRole:
        return a.isAnnouncement();
    case RichTextRole:
        return linkedText(a.text);
    case PlainTextRole:
        return a.text;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(a.timeMs, QTimeZone::utc());
    case TimeTextRole:
        return relativeTime(a.timeMs, Clock::nowMs());
    case FullTimeTextRole: {
        const QTimeZone zone(m_displayZone.toUtf8());
        const QDateTime at
            = QDateTime::fromMSecsSinceEpoch(a.timeMs, zone.isValid() ? zone : QTimeZone::utc());
        return tr("%1 (%2)").arg(DateText::format(at, DateText::Style::LongWeekdayDateTime, m_locale),
                                 zone.isValid() ? m_displayZone : QStringLiteral("UTC"));
    }
    case LikeCountRole:
        return a.likeCount;
    case CommentCountRole:
        return a.commentCount;
    case LikedRole:
        return !a.ownLikeId.isEmpty();
    case CommentsRole: {
        QVariantList comments;
        const qint64 now = Clock::nowMs();
        for (const FeedComment &c : a.comments) {
            comments.append(QVariantMap { { QStringLiteral("id"), c.id },
                                          { QStringLiteral("userName"),
                                            c.userId == m_viewerId     ? tr("You")
                                                : c.userName.isEmpty() ? c.userId
                                                                       : c.userName },
                                          { QStringLiteral("richText"), linkedText(c.text) },
                                          { QStringLiteral("timeText"), relativeTime(c.createdMs, now) },
                                          { QStringLiteral("mine"), c.userId == m_viewerId } });
        }
        return comments;
    }
    case MoreCommentsRole:
        return a.commentCount > a.comments.size();
    case PendingRole:
        return a.pending;
    case MineRole:
        return mine;
    case CanDeleteRole:
        return !a.pending && (mine || m_moderator);
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedActivityListModel::roleNames() const
{
    return {
        { IdRole, "activityId" },
        { ActorIdRole, "actorId" },
        { ActorNameRole, "actorName" },
        { InitialsRole, "initials" },
        { AnnouncementRole, "announcement" },
        { RichTextRole, "richText" },
        { PlainTextRole, "plainText" },
        { TimeRole, "time" },
        { TimeTextRole, "timeText" },
        { FullTimeTextRole, "fullTimeText" },
        { LikeCountRole, "likeCount" },
        { CommentCountRole, "commentCount" },
        { LikedRole, "liked" },
        { CommentsRole, "comments" },
        { MoreCommentsRole, "moreComments" },
        { PendingRole, "pending" },
        { MineRole, "mine" },
        { CanDeleteRole, "canDelete" },
    };
}

void FeedActivityListModel::setActivities(const QList<FeedActivity> &pending,
                                          const QList<FeedActivity> &activities, const QString &viewerId,
                                          bool moderator)
{
    beginResetModel();
    m_rows = pending;
    for (FeedActivity &row : m_rows)
        row.pending = true;
    m_rows += activities;
    m_viewerId = viewerId;
    m_moderator = moderator;
    endResetModel();
    Q_EMIT countChanged();
}

void FeedActivityListModel::updateActivity(const FeedActivity &activity)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == activity.id && !m_rows.at(row).pending) {
            m_rows[row] = activity;
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
            return;
        }
    }
}

const FeedActivity *FeedActivityListModel::find(const QString &id) const
{
    for (const FeedActivity &activity : m_rows) {
        if (activity.id == id)
            return &activity;
    }
    return nullptr;
}

void FeedActivityListModel::setDisplayZone(const QString &zone)
{
    if (m_displayZone == zone)
        return;
    beginResetModel();
    m_displayZone = zone;
    endResetModel();
    Q_EMIT displayZoneChanged();
}

} // namespace companion
