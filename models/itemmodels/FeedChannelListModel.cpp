#include "models/itemmodels/FeedChannelListModel.h"

namespace companion {

FeedChannelListModel::FeedChannelListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int FeedChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

QVariant FeedChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return {};
    const FeedChannel &c = m_channels.at(index.row());
    switch (role) {
    case FeedIdRole:
        return c.feedId;
    case TitleRole:
        return c.isCommunity() ? tr("Community") : c.title;
    case RoleNameRole:
        if (c.isCommunity())
            return tr("Everyone on the platform");
        if (c.role == u"creator")
            return tr("Your course");
        if (c.role == u"teacher")
            return tr("You teach");
        return tr("You are enrolled");
    case CommunityRole:
        return c.isCommunity();
    case UnreadRole:
        return m_unread.value(c.feedId);
    case CanPostRole:
        return c.canPost;
    case CanAnnounceRole:
        return c.canAnnounce;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedChannelListModel::roleNames() const
{
    return { { FeedIdRole, "feedId" },          { TitleRole, "title" },   { RoleNameRole, "roleName" },
             { CommunityRole, "community" },    { UnreadRole, "unread" }, { CanPostRole, "canPost" },
             { CanAnnounceRole, "canAnnounce" } };
}

void FeedChannelListModel::setChannels(const QList<FeedChannel> &channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT unreadChanged();
}

std::optional<FeedChannel> FeedChannelListModel::channel(const QString &feedId) const
{
    for (const FeedChannel &c : m_channels) {
        if (c.feedId == feedId)
            return c;
    }
    return std::nullopt;
}

void FeedChannelListModel::setUnread(const QHash<QString, int> &unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    if (!m_channels.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_channels.size()) - 1), { UnreadRole });
    Q_EMIT unreadChanged();
}

int FeedChannelListModel::totalUnread() const
{
    int total = 0;
    for (const FeedChannel &c : m_channels)
        total += m_unread.value(c.feedId);
    return total;
}

int FeedChannelListModel::indexOf(const QString &feedId) const
{
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i).feedId == feedId)
            return int(i);
    }
    return -1;
}

} // namespace companion
