#include "models/itemmodels/EarningsSummaryModel.h"

#include "models/time/DateText.h"

#include <QJsonArray>

#include <algorithm>

namespace companion {

// ---- EarningsSummaryModel ---------------------------------------------------

EarningsSummaryModel::EarningsSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int EarningsSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString EarningsSummaryModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("transferred"))
        return tr("Transferred");
    if (status == QLatin1String("paid"))
        return tr("Paid out");
    if (status == QLatin1String("reversed"))
        return tr("Reversed (refunded)");
    return status;
}

QString EarningsSummaryModel::roleLabel(const QString &role)
{
    if (role == QLatin1String("taught_by_you"))
        return tr("You taught (85%)");
    if (role == QLatin1String("st_taught_your_course"))
        return tr("Your S-Ts taught (15%)");
    if (role == QLatin1String("as_st"))
        return tr("As an S-T (70%)");
    return role;
}

qint64 EarningsSummaryModel::totalCents(const QString &currency) const
{
    for (const Total &total : m_totals)
        if (total.currency == currency)
            return total.amountCents;
    return 0;
}

qint64 EarningsSummaryModel::largestOf(const QString &currency) const
{
    qint64 largest = 0;
    for (const Row &row : m_rows)
        if (row.currency == currency)
            largest = std::max(largest, row.amountCents);
    return largest;
}

int EarningsSummaryModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

QVariant EarningsSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        // The server names months in English; the key ("2026-12") says which one.
        if (m_groupBy == QLatin1String("month")) {
            const QDate month = QDate::fromString(row.key + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                return DateText::format(month, DateText::Style::MonthYear, m_locale);
        }
        return row.label;
    case KeyRole:
        return row.key;
    case CurrencyRole:
        return row.currency;
    case AmountCentsRole:
        return row.amountCents;
    case AmountTextRole:
        return MoneyFormat::format(row.amountCents, row.currency, m_locale);
    case CountRole:
        return row.count;
    case ShareRole: {
        const qint64 total = totalCents(row.currency);
        return total > 0 ? std::min(1.0, double(row.amountCents) / double(total)) : 0.0;
    }
    case RelativeRole: {
        const qint64 largest = largestOf(row.currency);
        return largest > 0 ? double(row.amountCents) / double(largest) : 0.0;
    }
    case InTotalRole:
        return !(m_groupBy == QLatin1String("status") && row.key == QLatin1String("reversed"));
    }
    return {};
}

QHash<int, QByteArray> EarningsSummaryModel::roleNames() const
{
    return {
        { KeyRole, "key" },
        { LabelRole, "label" },
        { CurrencyRole, "currency" },
        { AmountCentsRole, "amountCents" },
        { AmountTextRole, "amountText" },
        { CountRole, "count" },
        { ShareRole, "share" },
        { RelativeRole, "relative" },
        { InTotalRole, "inTotal" },
    };
}

QVariantList EarningsSummaryModel::totals() const
{
    QVariantList out;
    for (const Total &total : m_totals)
        out << QVariantMap { { QStringLiteral("currency"), total.currency },
                             { QStringLiteral("amountCents"), total.amountCents },
                             { QStringLiteral("amountText"),
                               MoneyFormat::format(total.amountCents, total.currency, m_locale) } };
    return out;
}

QString EarningsSummaryModel::totalText() const
{
    QStringList parts;
    for (const Total &total : m_totals)
        parts << MoneyFormat::format(total.amountCents, total.currency, m_locale);
    return parts.join(QStringLiteral(" · "));
}

void EarningsSummaryModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { AmountTextRole });
    Q_EMIT summaryChanged();
}

void EarningsSummaryModel::clear()
{
    m_groupBy.clear();
    m_from.clear();
    m_to.clear();
    m_timeZone.clear();
    m_error.clear();
    replace({}, {});
}

namespace {

bool isCurrency(const QJsonValue &value)
{
    const QString code = value.toString();
    return value.isString() && code.size() == 3
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// Whole numbers only: JSON numbers arrive as doubles, and cents must be exact.
bool isWhole(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d != double(qint64(d)) || d > 9.0e15 || d < -9.0e15)
        return false;
    *out = value.toInteger();
    return true;
}

} // namespace

bool EarningsSummaryModel::setSummary(const QJsonObject &summary)
{
    QString error;
    QList<Row> rows;
    QList<Total> totals;
    const QJsonValue groups = summary.value(QLatin1String("groups"));
    const QJsonValue totalValues = summary.value(QLatin1String("totals"));
    if (!groups.isArray() || !totalValues.isArray())
        error = tr("The earnings summary has no groups or totals.");
    const QString groupBy = summary.value(QLatin1String("group_by")).toString();
    for (qsizetype i = 0; error.isEmpty() && i < groups.toArray().size(); ++i) {
        const QJsonObject g = groups.toArray().at(i).toObject();
        Row row;
        qint64 count = 0;
        row.key = g.value(QLatin1String("key")).toString();
        row.label = g.value(QLatin1String("label")).toString();
        row.currency = g.value(QLatin1String("currency")).toString();
        if (!g.value(QLatin1String("key")).isString() || row.key.isEmpty())
            error = tr("Earnings group %1 has no key.").arg(i);
        else if (!isCurrency(g.value(QLatin1String("currency"))))
            error = tr("Earnings group %1 has no valid currency.").arg(i);
        else if (!isWhole(g.value(QLatin1String("amount_cents")), &row.amountCents))
            error = tr("Earnings group %1 has no whole amount in cents.").arg(i);
        else if (!isWhole(g.value(QLatin1String("count")), &count) || count < 0)
            error = tr("Earnings group %1 has no count.").arg(i);
        row.count = int(count);
        if (groupBy == QLatin1String("status"))
            row.label = statusLabel(row.key);
        else if (groupBy == QLatin1String("role"))
            row.label = roleLabel(row.key);
        else if (row.label.isEmpty())
            row.label = row.key;
        rows << row;
    }
    for (qsizetype i = 0; error.isEmpty() && i < totalValues.toArray().size(); ++i) {
        const QJsonObject t = totalValues.toArray().at(i).toObject();
        Total total;
        total.currency = t.value(QLatin1String("currency")).toString();
        if (!isCurrency(t.value(QLatin1String("currency")))
            || !isWhole(t.value(QLatin1String("amount_cents")), &total.amountCents))
            error = tr("Earnings total %1 is malformed.").arg(i);
        totals << total;
    }
    if (!error.isEmpty()) {
        clear();
        m_error = error;
        Q_EMIT summaryChanged();
        return false;
    }
    if (groupBy == QLatin1String("status")) {
        // The order money moves in, not the alphabet: pending, transferred, paid, reversed.
        static const QStringList flow { QStringLiteral("pending"), QStringLiteral("transferred"),
                                        QStringLiteral("paid"), QStringLiteral("reversed") };
        const auto rank = [](const QString &key) {
            const qsizetype at = flow.indexOf(key);
            return at < 0 ? flow.size() : at;
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&rank](const Row &a, const Row &b) { return rank(a.key) < rank(b.key); });
    }
    std::stable_sort(totals.begin(), totals.end(),
                     [](const Total &a, const Total &b) { return a.amountCents > b.amountCents; });
    m_groupBy = groupBy;
    m_from = summary.value(QLatin1String("from")).toString();
    m_to = summary.value(QLatin1String("to")).toString();
    m_timeZone = summary.value(QLatin1String("time_zone")).toString();
    m_error.clear();
    replace(std::move(rows), std::move(totals));
    return true;
}

void EarningsSummaryModel::replace(QList<Row> rows, QList<Total> totals)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    m_totals = std::move(totals);
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT summaryChanged();
}

} // namespace companion
