#include "models/money/MonthlyEarnings.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace companion {

MonthlyEarnings MonthlyEarnings::compute(const QList<EarningsSummary::Row> &rows, const QDate &from,
                                         const QDate &to, const QString &timeZone)
{
    MonthlyEarnings chart;
    if (!from.isValid() || !to.isValid() || from > to)
        return chart;
    const QTimeZone named(timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QMap<QString, qint64> totals; // by currency, refunds left out
    for (const EarningsSummary::Row &row : rows) {
        if (row.createdMs >= fromMs && row.createdMs < toMs && row.status != u"reversed")
            totals[row.currency] += row.amountCents;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (chart.currency.isEmpty() || it.value() > totals.value(chart.currency))
            chart.currency = it.key();
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.key() != chart.currency)
            chart.otherCurrencies.append(it.key());
    }
    QMap<QString, int> index;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        index.insert(month.toString(QStringLiteral("yyyy-MM")), int(chart.bars.size()));
        chart.bars.append(Bar { month.toString(QStringLiteral("yyyy-MM")), month });
    }
    for (const EarningsSummary::Row &row : rows) {
        if (row.createdMs < fromMs || row.createdMs >= toMs || row.currency != chart.currency)
            continue;
        const QString month
            = QDateTime::fromMSecsSinceEpoch(row.createdMs, zone).date().toString(QStringLiteral("yyyy-MM"));
        Bar &bar = chart.bars[index.value(month)];
        if (row.status == u"pending")
            bar.pending += row.amountCents;
        else if (row.status == u"transferred")
            bar.transferred += row.amountCents;
        else if (row.status == u"paid")
            bar.paid += row.amountCents;
        else
            bar.reversed += row.amountCents;
    }
    return chart;
}

} // namespace companion
