#pragma once

#include "models/feed/FeedChannel.h"

#include <QAbstractListModel>
#include <QHash>

namespace companion {

// The feeds the user may open, in the server's order (community first, then courses by
// title), each with its unread count: posts by others newer than what the user last saw.
class FeedChannelListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY unreadChanged)
public:
    enum Role {
        FeedIdRole = Qt::UserRole + 1,
        TitleRole,
        RoleNameRole, ///< "You teach" / "Your course" / "Student" / "Everyone"
        CommunityRole,
        UnreadRole,
        CanPostRole,
        CanAnnounceRole,
    };
    Q_ENUM(Role)

    explicit FeedChannelListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChannels(const QList<FeedChannel> &channels);
    QList<FeedChannel> channels() const { return m_channels; }
    std::optional<FeedChannel> channel(const QString &feedId) const;
    void setUnread(const QHash<QString, int> &unread);
    int totalUnread() const;
    Q_INVOKABLE int indexOf(const QString &feedId) const;

Q_SIGNALS:
    void countChanged();
    void unreadChanged();

private:
    QList<FeedChannel> m_channels;
    QHash<QString, int> m_unread;
};

} // namespace companion
