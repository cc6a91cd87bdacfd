#pragma once

#include "services/storage/OutboxStore.h"

#include <QAbstractListModel>
#include <QtQml/qqml.h>

namespace companion {

// The account's outbox edits for a list view: what is waiting to be sent, what
// conflicts with a change made elsewhere, what the server refused.
class OutboxEditModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OutboxEditModel is provided by OutboxController.edits")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, ///< qint64, the outbox sequence number (for the actions)
        KindRole, ///< "availability"
        TitleRole, ///< "Weekly availability"
        StateRole, ///< pending | conflict | failed
        IsPendingRole,
        IsConflictRole,
        IsFailedRole,
        CreatedAtRole, ///< QDateTime (UTC)
        CreatedTextRole, ///< "Thu 26 Nov, 14:05"
        MineTextRole, ///< the edit's schedule, one line per day
        TheirsTextRole, ///< the server's schedule (conflicts only)
        DifferencesRole, ///< QStringList: the days where mine and theirs differ
        ErrorRole, ///< why it conflicts or failed
        BaseVersionRole, ///< the version the edit was made against
        ServerVersionRole, ///< the server's version (conflicts), else -1
    };
    Q_ENUM(Role)

    explicit OutboxEditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEdits(const QList<OutboxEdit> &edits);
    void setDisplayZone(const QString &zone) { m_displayZone = zone; }
    const OutboxEdit *at(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<OutboxEdit> m_edits;
    QString m_displayZone;
};

} // namespace companion
