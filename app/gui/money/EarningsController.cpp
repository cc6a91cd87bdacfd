#include "app/gui/money/EarningsController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/money/EarningsPeriod.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace companion {

namespace {

// The platform's cached summaries (role is only computed here, from the splits).
const QStringList kGroupings { QStringLiteral("month"), QStringLiteral("course"), QStringLiteral("status") };

struct SummaryRead
{
    QHash<QString, QJsonObject> documents;
    QHash<QString, QDateTime> updatedAt;
};

} // namespace

EarningsController::EarningsController(QObject *parent)
    : QObject(parent)
    , m_summary(new EarningsSummaryModel(this))
    , m_month(new EarningsSummaryModel(this))
    , m_status(new EarningsSummaryModel(this))
    , m_splits(new SplitListModel(this))
    , m_chart(new EarningsChartModel(this))
{
    // A first sync applies splits page by page; read them at most every 300 ms.
    m_splitsTimer.setSingleShot(true);
    m_splitsTimer.setInterval(300);
    connect(&m_splitsTimer, &QTimer::timeout, this, &EarningsController::loadSplits);
    AccountController *account = AccountController::instance();
    if (!account)
        return; // e.g. a design tool; nothing to show
    connect(account, &AccountController::collectionChanged, this, &EarningsController::onCollectionChanged);
    connect(account, &AccountController::readyChanged, this, &EarningsController::onReadyChanged);
    // The teacher's zone has one source: the session's user, refreshed by every sync.
    if (AppController *app = AppController::instance()) {
        m_splits->setDisplayZone(app->session()->timeZone());
        connect(app->session(), &AuthSession::userChanged, this, [this, app] {
            m_splits->setDisplayZone(app->session()->timeZone());
            if (m_splitsLoaded)
                applyPeriod(); // the period's dates are the teacher's
            Q_EMIT stateChanged();
        });
    }
    // Once QML has set the properties (includeSplits) of this instance.
    QMetaObject::invokeMethod(this, &EarningsController::reload, Qt::QueuedConnection);
}

void EarningsController::setGroupBy(const QString &groupBy)
{
    if (m_groupBy == groupBy || !(kGroupings.contains(groupBy) || groupBy == u"role"))
        return;
    m_groupBy = groupBy;
    if (periodFromSplits())
        applyPeriod();
    else
        applyDocuments();
    Q_EMIT groupByChanged();
}

void EarningsController::setPeriod(const QString &period)
{
    if (m_period == period || !EarningsPeriod::presetKeys().contains(period))
        return;
    m_period = period;
    applyPeriod();
}

QString EarningsController::setCustomPeriod(const QString &from, const QString &to)
{
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return tr("Write both dates as YYYY-MM-DD, e.g. 2026-01-31.");
    const auto custom = EarningsPeriod::custom(first, last);
    if (!custom)
        return tr("The end is before the start.");
    m_period = custom->key;
    m_from = custom->from;
    m_to = custom->to;
    applyPeriod();
    return {};
}

void EarningsController::applyPeriod()
{
    if (m_period != u"custom") {
        // Before the user (and their zone) is known, today in UTC.
        const QTimeZone named(zone().toUtf8());
        const auto preset
            = EarningsPeriod::preset(m_period, Clock::today(named.isValid() ? named : QTimeZone::utc()));
        if (preset) {
            m_from = preset->from;
            m_to = preset->to;
        }
    }
    if (!periodFromSplits()) {
        Q_EMIT stateChanged();
        return;
    }
    QList<EarningsSummary::Row> rows;
    rows.reserve(m_allSplits.size());
    for (const Split &s : std::as_const(m_allSplits))
        rows.append({ s.amountCents, s.currency, s.status, s.createdAt.toMSecsSinceEpoch(), s.courseId,
                      s.courseTitle, s.role });
    const QString timeZone = zone();
    m_summary->setSummary(EarningsSummary::compute(rows, m_from, m_to, timeZone, m_groupBy).toJson());
    m_month->setSummary(
        EarningsSummary::compute(rows, m_from, m_to, timeZone, QStringLiteral("month")).toJson());
    m_status->setSummary(
        EarningsSummary::compute(rows, m_from, m_to, timeZone, QStringLiteral("status")).toJson());
    m_chart->setChart(MonthlyEarnings::compute(rows, m_from, m_to, timeZone));
    m_splits->setSplits(periodSplits());
    Q_EMIT stateChanged();
}

QList<Split> EarningsController::periodSplits() const
{
    const QTimeZone named(zone().toUtf8());
    const QTimeZone tz = named.isValid() ? named : QTimeZone::utc();
    const QDateTime start(m_from, QTime(0, 0), tz);
    const QDateTime end(m_to.addDays(1), QTime(0, 0), tz);
    QList<Split> inPeriod;
    for (const Split &s : m_allSplits) {
        if (s.createdAt >= start && s.createdAt < end)
            inPeriod.append(s);
    }
    return inPeriod;
}

void EarningsController::setIncludeSplits(bool include)
{
    if (m_includeSplits == include)
        return;
    m_includeSplits = include;
    if (include) {
        loadSplits();
    } else {
        m_allSplits.clear();
        m_splitsLoaded = false;
        m_splits->setSplits({});
    }
    Q_EMIT includeSplitsChanged();
}

bool EarningsController::platformSaysNoMoney() const
{
    if (m_documents.isEmpty())
        return false;
    for (const QJsonObject &document : m_documents) {
        if (!document.value(QLatin1String("groups")).toArray().isEmpty())
            return false;
    }
    return true;
}

void EarningsController::onCollectionChanged(const QString &collection)
{
    if (collection == QLatin1String("earnings"))
        loadSummaries();
    else if (collection == QLatin1String("splits"))
        scheduleSplits();
}

void EarningsController::scheduleSplits()
{
    if (m_splitsReading)
        m_splitsAgain = true; // read once more when this read is back
    else
        m_splitsTimer.start();
}

void EarningsController::onReadyChanged()
{
    AccountController *account = AccountController::instance();
    if (account && account->ready()) {
        reload();
        return;
    }
    // Signed out: forget this account's money at once.
    ++m_account;
    m_splitsReading = false;
    m_splitsAgain = false;
    m_splitsTimer.stop();
    m_documents.clear();
    m_updatedAt.clear();
    m_allSplits.clear();
    m_splitsLoaded = false;
    m_splits->setSplits({});
    m_chart->setChart({});
    applyDocuments();
}

void EarningsController::reload()
{
    loadSummaries();
    loadSplits();
}

void EarningsController::loadSummaries()
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage)
        return;
    ++m_pendingReads;
    Q_EMIT stateChanged();
    storage->run<SummaryRead>(
        this,
        [](Storage::Stores &stores) {
            SummaryRead read;
            const AccountReader reader(stores);
            for (const QString &grouping : kGroupings) {
                if (const auto document = reader.earningsDocument(grouping)) {
                    read.documents.insert(grouping, *document);
                    read.updatedAt.insert(grouping, reader.syncedAt(AccountReader::earningsKey(grouping)));
                }
            }
            return read;
        },
        [this, generation = m_account](const SummaryRead &read) {
            --m_pendingReads;
            if (generation != m_account) {
                Q_EMIT stateChanged();
                return;
            }
            m_documents = read.documents;
            m_updatedAt = read.updatedAt;
            applyDocuments();
        });
}

void EarningsController::loadSplits()
{
    if (!m_includeSplits)
        return;
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage)
        return;
    if (m_splitsReading) {
        m_splitsAgain = true;
        return;
    }
    m_splitsReading = true;
    ++m_pendingReads;
    Q_EMIT stateChanged();
    storage->run<QList<Split>>(
        this, [](Storage::Stores &stores) { return AccountReader(stores).splits(); },
        [this, generation = m_account](const QList<Split> &splits) {
            --m_pendingReads;
            if (generation != m_account) {
                Q_EMIT stateChanged();
                return;
            }
            m_splitsReading = false;
            m_allSplits = splits;
            m_splitsLoaded = true;
            applyPeriod();
            if (m_splitsAgain) {
                m_splitsAgain = false;
                m_splitsTimer.start();
            }
        });
}

void EarningsController::applyDocuments()
{
    if (periodFromSplits()) { // the page computes its own, for any period
        Q_EMIT stateChanged();
        return;
    }
    const auto apply = [this](EarningsSummaryModel *model, const QString &grouping) {
        if (m_documents.contains(grouping))
            model->setSummary(m_documents.value(grouping));
        else
            model->clear();
    };
    apply(m_summary, m_groupBy);
    apply(m_month, QStringLiteral("month"));
    apply(m_status, QStringLiteral("status"));
    Q_EMIT stateChanged();
}

QString EarningsController::totalText() const
{
    const QString text = m_summary->totalText();
    if (!text.isEmpty())
        return text;
    return hasData() ? MoneyFormat::format(0, QStringLiteral("EUR")) : QString();
}

bool EarningsController::hasEarnings() const
{
    return !m_summary->totals().isEmpty() || m_summary->rowCount() > 0;
}

QString EarningsController::zone() const
{
    // The teacher's own zone (the session's user, which every sync refreshes), else the
    // zone the cached summary was made in.
    AppController *app = AppController::instance();
    const QString own = app ? app->session()->timeZone() : QString();
    return own.isEmpty() ? m_summary->timeZone() : own;
}

QString EarningsController::monthKey(int monthsFromNow) const
{
    const QTimeZone tz(zone().toUtf8());
    const QDate today = Clock::today(tz);
    return QDate(today.year(), today.month(), 1).addMonths(monthsFromNow).toString(QStringLiteral("yyyy-MM"));
}

QString EarningsController::monthName(const QString &key)
{
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return DateText::format(first, DateText::Style::MonthYear);
}

QString EarningsController::thisMonthName() const
{
    return monthName(monthKey());
}

QString EarningsController::thisMonthText() const
{
    return monthText(monthKey());
}

int EarningsController::thisMonthCount() const
{
    return monthCount(monthKey());
}

QString EarningsController::monthText(const QString &key) const
{
    if (!hasData())
        return {};
    QStringList parts;
    for (int row = 0; row < m_month->rowCount(); ++row) {
        const QModelIndex index = m_month->index(row);
        if (index.data(EarningsSummaryModel::KeyRole).toString() == key)
            parts << index.data(EarningsSummaryModel::AmountTextRole).toString();
    }
    if (parts.isEmpty()) {
        const QVariantList totals = m_month->totals();
        const QString currency = totals.isEmpty()
            ? QStringLiteral("EUR")
            : totals.constFirst().toMap().value(QStringLiteral("currency")).toString();
        return MoneyFormat::format(0, currency);
    }
    return parts.join(QStringLiteral(" · "));
}

int EarningsController::monthCount(const QString &key) const
{
    int count = 0;
    for (int row = 0; row < m_month->rowCount(); ++row) {
        const QModelIndex index = m_month->index(row);
        if (index.data(EarningsSummaryModel::KeyRole).toString() == key)
            count += index.data(EarningsSummaryModel::CountRole).toInt();
    }
    return count;
}

QString EarningsController::statusText(const QString &status, bool zeroWhenMissing) const
{
    if (!hasData())
        return {};
    QStringList parts;
    for (int row = 0; row < m_status->rowCount(); ++row) {
        const QModelIndex index = m_status->index(row);
        if (index.data(EarningsSummaryModel::KeyRole).toString() == status)
            parts << index.data(EarningsSummaryModel::AmountTextRole).toString();
    }
    if (parts.isEmpty() && !zeroWhenMissing)
        return {};
    if (parts.isEmpty()) {
        const QVariantList totals = m_status->totals();
        const QString currency = totals.isEmpty()
            ? QStringLiteral("EUR")
            : totals.constFirst().toMap().value(QStringLiteral("currency")).toString();
        return MoneyFormat::format(0, currency);
    }
    return parts.join(QStringLiteral(" · "));
}

bool EarningsController::hasWaitingMoney() const
{
    for (int row = 0; row < m_status->rowCount(); ++row) {
        const QModelIndex index = m_status->index(row);
        if (index.data(EarningsSummaryModel::KeyRole).toString() == u"pending"
            && index.data(EarningsSummaryModel::AmountCentsRole).toLongLong() > 0)
            return true;
    }
    return false;
}

QString EarningsController::periodText() const
{
    const QDate from = QDate::fromString(m_summary->from(), Qt::ISODate);
    const QDate to = QDate::fromString(m_summary->to(), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return {};
    return tr("%1 – %2").arg(DateText::format(from, DateText::Style::Date),
                             DateText::format(to, DateText::Style::Date));
}

} // namespace companion
