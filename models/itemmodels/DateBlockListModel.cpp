#include "models/itemmodels/DateBlockListModel.h"

#include <QLocale>

namespace companion {

DateBlockListModel::DateBlockListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DateBlockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant DateBlockListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DateBlock &block = m_blocks.at(index.row());
    switch (role) {
    case IndexRole:
        return index.row();
    case FirstIsoRole:
        return block.firstDate.toString(Qt::ISODate);
    case LastIsoRole:
        return block.lastDate.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case TextRole: {
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        return QStringLiteral("%1 – %2").arg(locale.toString(block.firstDate, QStringLiteral("d MMM yyyy")),
                                             locale.toString(block.lastDate, QStringLiteral("d MMM yyyy")));
    }
    case ReasonRole:
        return block.reason;
    }
    return {};
}

QHash<int, QByteArray> DateBlockListModel::roleNames() const
{
    return {
        { IndexRole, "blockIndex" }, { FirstIsoRole, "firstIso" }, { LastIsoRole, "lastIso" },
        { TextRole, "text" },        { ReasonRole, "reason" },
    };
}

void DateBlockListModel::setBlocks(const QList<DateBlock> &blocks)
{
    if (blocks == m_blocks)
        return;
    const qsizetype before = m_blocks.size();
    beginResetModel();
    m_blocks = blocks;
    endResetModel();
    if (before != m_blocks.size())
        Q_EMIT countChanged();
}

} // namespace companion
