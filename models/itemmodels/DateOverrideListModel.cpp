#include "models/itemmodels/DateOverrideListModel.h"

#include "models/schedule/ScheduleText.h"
#include "models/time/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace companion {

DateOverrideListModel::DateOverrideListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DateOverrideListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overrides.size());
}

QVariant DateOverrideListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DateOverride &entry = m_overrides.at(index.row());
    switch (role) {
    case IndexRole:
        return index.row();
    case IsoRole:
        return entry.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DateTextRole:
        return DateText::format(entry.date, DateText::Style::WeekdayFullDate);
    case ClosedRole:
        return entry.intervals.isEmpty();
    case TextRole:
        return entry.intervals.isEmpty()
            ? QCoreApplication::translate("DateOverrideListModel", "Unavailable all day")
            : ScheduleText::intervals(entry.intervals);
    }
    return {};
}

QHash<int, QByteArray> DateOverrideListModel::roleNames() const
{
    return {
        { IndexRole, "overrideIndex" }, { IsoRole, "iso" },   { DateTextRole, "dateText" },
        { ClosedRole, "closed" },       { TextRole, "text" },
    };
}

void DateOverrideListModel::setOverrides(const QList<DateOverride> &overrides)
{
    if (overrides == m_overrides)
        return;
    const qsizetype before = m_overrides.size();
    beginResetModel();
    m_overrides = overrides;
    endResetModel();
    if (before != m_overrides.size())
        Q_EMIT countChanged();
}

} // namespace companion
