#include "models/itemmodels/DateBlockListModel.h"

#include "models/time/DateText.h"

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
        return QStringLiteral("%1 – %2").arg(DateText::format(block.firstDate, DateText::Style::Date),
                                             DateText::format(block.lastDate, DateText::Style::Date));
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
