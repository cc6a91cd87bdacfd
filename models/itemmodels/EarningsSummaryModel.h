#pragma once

#include "models/money/Money.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QLocale>
#include <QVariantList>

namespace companion {

// The rows of one earnings summary document (`GET /api/earnings/summary`, as
// the cache keeps it under "earnings:<grouping>"): one row per group and
// currency, with totals per currency. Holds a snapshot; never does I/O.
class EarningsSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString groupBy READ groupBy NOTIFY summaryChanged)
    Q_PROPERTY(QString from READ from NOTIFY summaryChanged)
    Q_PROPERTY(QString to READ to NOTIFY summaryChanged)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY summaryChanged)
    // [{currency, amountCents, amountText}], largest first.
    Q_PROPERTY(QVariantList totals READ totals NOTIFY summaryChanged)
    // The totals as one line: "€2,920.50" or "€2,920.50 · $120.00"; "" when none.
    Q_PROPERTY(QString totalText READ totalText NOTIFY summaryChanged)
    // Why the last document was refused ("" when it was fine).
    Q_PROPERTY(QString error READ error NOTIFY summaryChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< course id, "YYYY-MM" or split status
        LabelRole, ///< what a person reads: course title, "September 2026", "Paid"
        CurrencyRole, ///< ISO 4217 code
        AmountCentsRole, ///< qint64, minor units
        AmountTextRole, ///< formatted money
        CountRole, ///< how many splits the row sums
        ShareRole, ///< amount ÷ the currency's total, 0…1 (for a bar); reversed rows may exceed nothing
        RelativeRole, ///< amount ÷ the largest row of the same currency, 0…1 (bar length)
        InTotalRole, ///< false for reversed splits, which the totals leave out
    };
    Q_ENUM(Role)

    explicit EarningsSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with a summary document. A malformed document empties
    // the model, sets error() and returns false.
    bool setSummary(const QJsonObject &summary);
    void clear();
    // Formatting locale (tests pin it; default QLocale()).
    void setLocale(const QLocale &locale);

    QString groupBy() const { return m_groupBy; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    QString timeZone() const { return m_timeZone; }
    QVariantList totals() const;
    QString totalText() const;
    QString error() const { return m_error; }

    // Amount of one currency's total (0 if absent).
    qint64 totalCents(const QString &currency) const;
    // The row for `key` (first currency), or -1.
    Q_INVOKABLE int rowOf(const QString &key) const;

    // Human label of a split status key ("pending" → "Pending").
    static QString statusLabel(const QString &status);
    // ... and of a split rule ("as_st" → "As an S-T (70%)").
    static QString roleLabel(const QString &role);

Q_SIGNALS:
    void countChanged();
    void summaryChanged();

private:
    struct Row
    {
        QString key;
        QString label;
        QString currency;
        qint64 amountCents = 0;
        int count = 0;
    };
    struct Total
    {
        QString currency;
        qint64 amountCents = 0;
    };

    void replace(QList<Row> rows, QList<Total> totals);
    qint64 largestOf(const QString &currency) const;

    QList<Row> m_rows;
    QList<Total> m_totals;
    QString m_groupBy;
    QString m_from;
    QString m_to;
    QString m_timeZone;
    QString m_error;
    QLocale m_locale;
};

} // namespace companion
