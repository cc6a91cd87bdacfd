#pragma once

#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// The Payouts page's money (`PayoutBalanceController {}` in QML): the Stripe balance
// (available, pending), the next payout, the schedule and the bank account from
// GET /api/payments/connect/balance, and the payout history from GET /api/payments/payouts,
// each payout with the payments it paid (named from the cached splits). The last answers
// are kept in the cache, so offline the page shows them, marked as such.
class PayoutBalanceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY changed)
    Q_PROPERTY(QString availableText READ availableText NOTIFY changed)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed)
    // "€263.00 on Tuesday 8 December" or "" when none is scheduled.
    Q_PROPERTY(QString nextPayoutText READ nextPayoutText NOTIFY changed)
    Q_PROPERTY(QString scheduleText READ scheduleText NOTIFY changed)
    Q_PROPERTY(QString bankText READ bankText NOTIFY changed)
    // [{id, dateText, amountText, status, statusText, count, lines: ["Course · Student · €51.00", …]}]
    Q_PROPERTY(QVariantList payouts READ payouts NOTIFY changed)
public:
    explicit PayoutBalanceController(QObject *parent = nullptr);

    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    bool offline() const { return m_offline; }
    QString error() const { return m_error; }
    bool hasAccount() const { return !m_balance.value(QLatin1String("schedule")).isNull(); }
    QString availableText() const;
    QString pendingText() const;
    QString nextPayoutText() const;
    QString scheduleText() const;
    QString bankText() const;
    QVariantList payouts() const { return m_payouts; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    void fetch(const QString &path, const QString &cacheKey);
    void apply(const QString &cacheKey, const QJsonObject &document);
    void readCache();
    QString moneyOf(const char *list) const;

    QJsonObject m_balance;
    QJsonObject m_history;
    QHash<QString, QString> m_splitLines; // split id -> "Course · Student · €51.00"
    QVariantList m_payouts;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_offline = false;
    QString m_error;
};

} // namespace companion
