#pragma once

#include "models/itemmodels/EarningsChartModel.h"
#include "models/itemmodels/EarningsSummaryModel.h"
#include "models/itemmodels/SplitListModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QtQml/qqml.h>

namespace companion {

// What the Earnings page (and Home's "this month") shows: the cached earnings
// summaries and splits, read on the storage thread whenever the sync engine
// reports a change. Created in QML (`EarningsController {}`); it finds the
// account through AccountController::instance().
class EarningsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // month | course | status | role: which summary `summary` shows.
    Q_PROPERTY(QString groupBy READ groupBy WRITE setGroupBy NOTIFY groupByChanged)
    Q_PROPERTY(companion::EarningsSummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(companion::SplitListModel *splits READ splits CONSTANT)
    // With includeSplits: the period everything on the page covers, computed from the cached
    // splits by the platform's rule. this_month | last_month | last_30_days | this_year |
    // last_year | last_12_months (the default, the platform's own summaries) | custom.
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY stateChanged)
    Q_PROPERTY(QString fromDate READ fromDate NOTIFY stateChanged) // "2026-12-01"
    Q_PROPERTY(QString toDate READ toDate NOTIFY stateChanged)
    // Earnings per month of the period, stacked by status.
    Q_PROPERTY(companion::EarningsChartModel *chart READ chart CONSTANT)
    // Whether `splits` is filled (a page that shows only totals turns it off:
    // the cache may hold 100 000 splits).
    Q_PROPERTY(bool includeSplits READ includeSplits WRITE setIncludeSplits NOTIFY includeSplitsChanged)
    // A read from the cache is running.
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    // The cache holds an earnings summary (it may still be empty of money).
    Q_PROPERTY(bool hasData READ hasData NOTIFY stateChanged)
    // The cached summary could not be used ("" when fine).
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // Everything booked in the summary's period, e.g. "€2,920.50".
    Q_PROPERTY(QString totalText READ totalText NOTIFY stateChanged)
    Q_PROPERTY(bool hasEarnings READ hasEarnings NOTIFY stateChanged)
    // The period as a person reads it: "Dec 2025 – Jan 2027".
    Q_PROPERTY(QString periodText READ periodText NOTIFY stateChanged)
    // This calendar month (in the summary's zone): amount and number of splits.
    Q_PROPERTY(QString thisMonthText READ thisMonthText NOTIFY stateChanged)
    Q_PROPERTY(int thisMonthCount READ thisMonthCount NOTIFY stateChanged)
    Q_PROPERTY(QString thisMonthName READ thisMonthName NOTIFY stateChanged)
    // The month before, beside it (so the 1st of a month does not read as a bare "€0.00").
    Q_PROPERTY(QString lastMonthText READ lastMonthText NOTIFY stateChanged)
    Q_PROPERTY(int lastMonthCount READ lastMonthCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastMonthName READ lastMonthName NOTIFY stateChanged)
    // By status (from the status summary): waiting for transfer, transferred, paid out.
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY stateChanged)
    Q_PROPERTY(QString transferredText READ transferredText NOTIFY stateChanged)
    Q_PROPERTY(QString paidText READ paidText NOTIFY stateChanged)
    Q_PROPERTY(QString reversedText READ reversedText NOTIFY stateChanged)
    // Some of the period's money is still waiting for transfer (pending).
    Q_PROPERTY(bool hasWaitingMoney READ hasWaitingMoney NOTIFY stateChanged)
    // When the shown summary was last fetched from the server (invalid if never).
    Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY stateChanged)
public:
    explicit EarningsController(QObject *parent = nullptr);

    QString groupBy() const { return m_groupBy; }
    void setGroupBy(const QString &groupBy);
    EarningsSummaryModel *summary() const { return m_summary; }
    SplitListModel *splits() const { return m_splits; }
    EarningsChartModel *chart() const { return m_chart; }
    QString period() const { return m_period; }
    void setPeriod(const QString &period);
    QString fromDate() const { return m_from.toString(Qt::ISODate); }
    QString toDate() const { return m_to.toString(Qt::ISODate); }
    // A custom period; "" when taken, else why not ("The end is before the start.").
    Q_INVOKABLE QString setCustomPeriod(const QString &from, const QString &to);
    // The cached splits booked in the period (for the CSV), and the zone its dates are in.
    QList<Split> periodSplits() const;
    QString zone() const;
    bool includeSplits() const { return m_includeSplits; }
    void setIncludeSplits(bool include);
    bool loading() const { return m_pendingReads > 0; }
    // From splits: once some are read, or the platform's summaries say there is no money at
    // all, so the first sync shows no false "€0.00" while the splits are still coming.
    bool hasData() const
    {
        return periodFromSplits() ? m_splitsLoaded && (!m_allSplits.isEmpty() || platformSaysNoMoney())
                                  : !m_documents.isEmpty();
    }
    QString error() const { return m_summary->error(); }
    QString totalText() const;
    bool hasEarnings() const;
    QString periodText() const;
    QString thisMonthText() const;
    int thisMonthCount() const;
    QString thisMonthName() const;
    QString lastMonthText() const { return monthText(monthKey(-1)); }
    int lastMonthCount() const { return monthCount(monthKey(-1)); }
    QString lastMonthName() const { return monthName(monthKey(-1)); }
    QString pendingText() const { return statusText(QStringLiteral("pending")); }
    QString transferredText() const { return statusText(QStringLiteral("transferred")); }
    QString paidText() const { return statusText(QStringLiteral("paid")); }
    bool hasWaitingMoney() const;
    // "" when nothing was refunded.
    QString reversedText() const { return statusText(QStringLiteral("reversed"), false); }
    QDateTime updatedAt() const { return m_updatedAt.value(m_groupBy); }

    // Reads the cache again (normally driven by the account's change signals).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void groupByChanged();
    void includeSplitsChanged();
    void stateChanged();

private:
    void onCollectionChanged(const QString &collection);
    void onReadyChanged();
    void loadSummaries();
    void loadSplits();
    // Coalesces the "splits" changes of a sync (one per page) into few reads.
    void scheduleSplits();
    void applyDocuments();
    QString statusText(const QString &status, bool zeroWhenMissing = true) const;
    // "2026-12" for this month in the teacher's zone; -1: the month before.
    QString monthKey(int monthsFromNow = 0) const;
    QString monthText(const QString &key) const;
    int monthCount(const QString &key) const;
    static QString monthName(const QString &key);
    // With includeSplits: every summary, the chart and the list for the period.
    void applyPeriod();
    bool periodFromSplits() const { return m_includeSplits; }
    bool platformSaysNoMoney() const;

    QString m_groupBy = QStringLiteral("month");
    EarningsSummaryModel *m_summary;
    EarningsSummaryModel *m_month; // for "this month"
    EarningsSummaryModel *m_status; // for the status totals
    SplitListModel *m_splits;
    EarningsChartModel *m_chart;
    QList<Split> m_allSplits;
    bool m_splitsLoaded = false;
    QString m_period = QStringLiteral("last_12_months");
    QDate m_from;
    QDate m_to;
    QHash<QString, QJsonObject> m_documents; // grouping → summary document
    QHash<QString, QDateTime> m_updatedAt;
    int m_pendingReads = 0;
    quint64 m_account = 0; // bumped on sign-out: reads for the previous account are dropped
    QTimer m_splitsTimer;
    bool m_splitsReading = false;
    bool m_splitsAgain = false;
    bool m_includeSplits = true;
};

} // namespace companion
