#pragma once

#include "models/schedule/Schedule.h"

#include <QAbstractListModel>

namespace companion {

// A schedule's date overrides for the editor's list, in the schedule's order (by date).
class DateOverrideListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IndexRole = Qt::UserRole + 1, ///< int, the override's index in the schedule (for the edits)
        IsoRole, ///< "2026-12-08"
        DateTextRole, ///< "Tue 8 Dec 2026"
        ClosedRole, ///< bool: no hours that day
        TextRole, ///< "10:00–13:00, 15:00–16:00" or "Unavailable all day"
    };
    Q_ENUM(Role)

    explicit DateOverrideListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Resets only when the overrides differ (a sync that brings back the same keeps the rows).
    void setOverrides(const QList<DateOverride> &overrides);

Q_SIGNALS:
    void countChanged();

private:
    QList<DateOverride> m_overrides;
};

} // namespace companion
