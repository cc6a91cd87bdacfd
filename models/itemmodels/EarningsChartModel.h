#pragma once

#include "models/money/MonthlyEarnings.h"

#include <QAbstractListModel>
#include <QLocale>

namespace companion {

// The earnings chart's bars (MonthlyEarnings), ready to draw: each status's height as a
// share of the tallest month, and the words a tooltip or a screen reader says.
class EarningsChartModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY chartChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY chartChanged)
    // "Also earned in USD, JPY (not drawn)." or "".
    Q_PROPERTY(QString otherCurrenciesText READ otherCurrenciesText NOTIFY chartChanged)
    // The tallest month, for the axis ("€1,240.00").
    Q_PROPERTY(QString maxText READ maxText NOTIFY chartChanged)
public:
    enum Role {
        MonthRole = Qt::UserRole + 1, ///< "2026-03"
        ShortLabelRole, ///< "Mar", or "Mar 26" when the period spans years
        LongLabelRole, ///< "March 2026"
        PendingRole, ///< heights 0…1 of the tallest month
        TransferredRole,
        PaidRole,
        ReversedRole,
        TotalTextRole, ///< "€420.00"
        DescriptionRole, ///< "March 2026: €420.00 — €60.00 pending, … ; €30.00 refunded"
    };
    Q_ENUM(Role)

    explicit EarningsChartModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChart(const MonthlyEarnings &chart);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    QString currency() const { return m_chart.currency; }
    QString otherCurrenciesText() const;
    QString maxText() const;

Q_SIGNALS:
    void chartChanged();

private:
    qint64 tallest() const;

    MonthlyEarnings m_chart;
    QLocale m_locale;
};

} // namespace companion
