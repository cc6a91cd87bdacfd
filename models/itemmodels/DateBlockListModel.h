#pragma once

#include "models/schedule/Schedule.h"

#include <QAbstractListModel>

namespace companion {

// A schedule's vacations (whole days off) for the editor's list, by first day.
class DateBlockListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IndexRole = Qt::UserRole + 1, ///< int, the vacation's index in the schedule (for the edits)
        FirstIsoRole, ///< "2026-12-16"
        LastIsoRole, ///< "2026-12-20"
        TextRole, ///< "16 Dec 2026 – 20 Dec 2026"
        ReasonRole, ///< free text, may be empty
    };
    Q_ENUM(Role)

    explicit DateBlockListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Resets only when the vacations differ.
    void setBlocks(const QList<DateBlock> &blocks);

Q_SIGNALS:
    void countChanged();

private:
    QList<DateBlock> m_blocks;
};

} // namespace companion
