#include "models/itemmodels/EarningsChartModel.h"

#include "models/money/Money.h"

namespace companion {

EarningsChartModel::EarningsChartModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int EarningsChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.bars.size());
}

qint64 EarningsChartModel::tallest() const
{
    qint64 most = 0;
    for (const MonthlyEarnings::Bar &bar : m_chart.bars)
        most = std::max(most, std::max(bar.total(), bar.reversed));
    return most;
}

QVariant EarningsChartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_chart.bars.size())
        return {};
    const MonthlyEarnings::Bar &bar = m_chart.bars.at(index.row());
    const double scale = tallest() > 0 ? 1.0 / double(tallest()) : 0.0;
    const auto money
        = [this](qint64 cents) { return MoneyFormat::format(cents, m_chart.currency, m_locale); };
    const bool manyYears
        = !m_chart.bars.isEmpty() && m_chart.bars.first().first.year() != m_chart.bars.last().first.year();
    switch (role) {
    case MonthRole:
        return bar.month;
    case ShortLabelRole:
        return m_locale.toString(bar.first, manyYears ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
    case LongLabelRole:
        return m_locale.toString(bar.first, QStringLiteral("MMMM yyyy"));
    case PendingRole:
        return double(bar.pending) * scale;
    case TransferredRole:
        return double(bar.transferred) * scale;
    case PaidRole:
        return double(bar.paid) * scale;
    case ReversedRole:
        return double(bar.reversed) * scale;
    case TotalTextRole:
        return money(bar.total());
    case DescriptionRole: {
        QString text = tr("%1: %2 — %3 waiting for transfer, %4 transferred, %5 paid out")
                           .arg(m_locale.toString(bar.first, QStringLiteral("MMMM yyyy")), money(bar.total()),
                                money(bar.pending), money(bar.transferred), money(bar.paid));
        if (bar.reversed > 0)
            text += tr("; %1 refunded, not counted").arg(money(bar.reversed));
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> EarningsChartModel::roleNames() const
{
    return {
        { MonthRole, "month" },       { ShortLabelRole, "shortLabel" },   { LongLabelRole, "longLabel" },
        { PendingRole, "pending" },   { TransferredRole, "transferred" }, { PaidRole, "paid" },
        { ReversedRole, "reversed" }, { TotalTextRole, "totalText" },     { DescriptionRole, "description" }
    };
}

void EarningsChartModel::setChart(const MonthlyEarnings &chart)
{
    beginResetModel();
    m_chart = chart;
    endResetModel();
    Q_EMIT chartChanged();
}

QString EarningsChartModel::otherCurrenciesText() const
{
    return m_chart.otherCurrencies.isEmpty()
        ? QString()
        : tr("Also earned in %1 (not drawn).").arg(m_chart.otherCurrencies.join(QStringLiteral(", ")));
}

QString EarningsChartModel::maxText() const
{
    return m_chart.currency.isEmpty() ? QString()
                                      : MoneyFormat::format(tallest(), m_chart.currency, m_locale);
}

} // namespace companion
