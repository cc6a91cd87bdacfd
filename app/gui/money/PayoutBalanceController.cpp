#include "app/gui/money/PayoutBalanceController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/money/Money.h"
#include "models/time/DateText.h"
#include "models/time/InstantFormat.h"
#include "services/storage/AccountReader.h"
#include "services/storage/CacheStore.h"
#include "services/storage/Storage.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>

namespace companion {

namespace {
// Stripe names the weekly payout day in English ("monday"); people read it in their language.
QString weekdayName(const QString &anchor)
{
    static const QStringList days { QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                    QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                    QStringLiteral("friday"),    QStringLiteral("saturday"),
                                    QStringLiteral("sunday") };
    const qsizetype day = days.indexOf(anchor.toLower());
    return day < 0 ? anchor : QLocale().dayName(int(day) + 1);
}

const QString kBalanceKey = QStringLiteral("payouts:balance");
const QString kHistoryKey = QStringLiteral("payouts:history");

struct Cached
{
    QJsonObject balance;
    QJsonObject history;
    QHash<QString, QString> lines;
};

QHash<QString, QString> splitLines(const QList<Split> &splits)
{
    QHash<QString, QString> lines;
    for (const Split &s : splits) {
        QStringList parts { s.courseTitle };
        if (!s.studentName.isEmpty())
            parts << s.studentName;
        parts << MoneyFormat::format(s.amountCents, s.currency);
        lines.insert(s.id, parts.join(QStringLiteral(" · ")));
    }
    return lines;
}

} // namespace

PayoutBalanceController::PayoutBalanceController(QObject *parent)
    : QObject(parent)
{
    if (AccountController *account = AccountController::instance()) {
        connect(account, &AccountController::readyChanged, this, &PayoutBalanceController::refresh);
        connect(account, &AccountController::collectionChanged, this, [this](const QString &collection) {
            if (collection == u"splits") // a payout moves splits to "paid": read again
                refresh();
        });
    }
    QMetaObject::invokeMethod(this, &PayoutBalanceController::refresh, Qt::QueuedConnection);
}

void PayoutBalanceController::refresh()
{
    readCache();
    AppController *app = AppController::instance();
    if (!app || app->session()->state() != AuthSession::State::SignedIn) {
        m_offline = app && app->session()->state() == AuthSession::State::Offline;
        Q_EMIT changed();
        return;
    }
    fetch(QStringLiteral("/api/payments/connect/balance"), kBalanceKey);
    fetch(QStringLiteral("/api/payments/payouts"), kHistoryKey);
}

void PayoutBalanceController::readCache()
{
    AccountController *account = AccountController::instance();
    if (!account || !account->ready())
        return;
    ++m_pending;
    account->storage()->run<Cached>(
        this,
        [](Storage::Stores &stores) {
            return Cached { stores.cache->document(kBalanceKey).value_or(QJsonObject()),
                            stores.cache->document(kHistoryKey).value_or(QJsonObject()),
                            splitLines(AccountReader(stores).splits()) };
        },
        [this](const Cached &cached) {
            --m_pending;
            m_splitLines = cached.lines;
            // The server's answers (if any came meanwhile) are newer than the cache's.
            if (!m_loaded) {
                m_balance = cached.balance;
                m_history = cached.history;
            }
            apply({}, {});
        });
}

void PayoutBalanceController::fetch(const QString &path, const QString &cacheKey)
{
    ++m_pending;
    Q_EMIT changed();
    AppController::instance()->session()->send(
        PlatformClient::Method::Get, path, {},
        [self = QPointer<PayoutBalanceController>(this), cacheKey](const ApiResponse &response) {
            if (!self)
                return;
            --self->m_pending;
            if (!response.ok()) {
                self->m_offline = response.kind == ApiResponse::Kind::NetworkError;
                self->m_error = self->m_offline ? QString() : response.error.message;
                Q_EMIT self->changed();
                return;
            }
            self->m_offline = false;
            self->m_error.clear();
            self->m_loaded = true;
            self->apply(cacheKey, response.object());
            if (AccountController *account = AccountController::instance(); account && account->ready())
                account->storage()->run<bool>(
                    self.data(),
                    [cacheKey, document = response.object()](Storage::Stores &stores) {
                        return stores.cache->putDocument(cacheKey, document);
                    },
                    [](bool) {});
        });
}

void PayoutBalanceController::apply(const QString &cacheKey, const QJsonObject &document)
{
    if (cacheKey == kBalanceKey)
        m_balance = document;
    else if (cacheKey == kHistoryKey)
        m_history = document;
    const QLocale locale;
    const QString zoneId
        = AppController::instance() ? AppController::instance()->session()->timeZone() : QString();
    const QTimeZone named(zoneId.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    m_payouts.clear();
    for (const QJsonValue &value : m_history.value(QLatin1String("items")).toArray()) {
        const QJsonObject p = value.toObject();
        const auto arrival = instant::parseMs(p.value(QLatin1String("arrival_date")).toString());
        const QString status = p.value(QLatin1String("status")).toString();
        QStringList lines;
        for (const QJsonValue &id : p.value(QLatin1String("split_ids")).toArray())
            lines << m_splitLines.value(id.toString(), id.toString());
        m_payouts.append(QVariantMap {
            { QStringLiteral("id"), p.value(QLatin1String("id")).toString() },
            { QStringLiteral("dateText"),
              arrival ? DateText::format(QDateTime::fromMSecsSinceEpoch(*arrival, zone).date(),
                                         DateText::Style::Date, locale)
                      : QString() },
            { QStringLiteral("amountText"),
              MoneyFormat::format(p.value(QLatin1String("amount_cents")).toInteger(),
                                  p.value(QLatin1String("currency")).toString()) },
            { QStringLiteral("status"), status },
            { QStringLiteral("statusText"),
              status == u"paid" ? tr("Paid") : tr("Failed: returned to your balance") },
            { QStringLiteral("count"), lines.size() },
            { QStringLiteral("lines"), lines },
        });
    }
    Q_EMIT changed();
}

QString PayoutBalanceController::moneyOf(const char *list) const
{
    QStringList parts;
    for (const QJsonValue &value : m_balance.value(QLatin1String(list)).toArray()) {
        const QJsonObject m = value.toObject();
        parts << MoneyFormat::format(m.value(QLatin1String("amount_cents")).toInteger(),
                                     m.value(QLatin1String("currency")).toString());
    }
    return parts.isEmpty() ? (m_balance.isEmpty() ? QString() : MoneyFormat::format(0, QStringLiteral("EUR")))
                           : parts.join(QStringLiteral(" · "));
}

QString PayoutBalanceController::availableText() const
{
    return moneyOf("available");
}

QString PayoutBalanceController::pendingText() const
{
    return moneyOf("pending");
}

QString PayoutBalanceController::nextPayoutText() const
{
    const QJsonObject next = m_balance.value(QLatin1String("next_payout")).toObject();
    const QDate date = QDate::fromString(next.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!date.isValid())
        return {};
    return tr("%1 on %2")
        .arg(MoneyFormat::format(next.value(QLatin1String("amount_cents")).toInteger(),
                                 next.value(QLatin1String("currency")).toString()),
             DateText::format(date, DateText::Style::LongWeekdayDate));
}

QString PayoutBalanceController::scheduleText() const
{
    const QJsonObject schedule = m_balance.value(QLatin1String("schedule")).toObject();
    const QString interval = schedule.value(QLatin1String("interval")).toString();
    const int delay = schedule.value(QLatin1String("delay_days")).toInt();
    const QString after = tr("%n day(s) after a payment reaches your balance", nullptr, delay);
    if (interval == u"daily")
        return tr("Every day, %1").arg(after);
    if (interval == u"weekly")
        return tr("Every week on %1")
            .arg(weekdayName(schedule.value(QLatin1String("weekly_anchor")).toString()));
    if (interval == u"monthly")
        return tr("Every month on day %1").arg(schedule.value(QLatin1String("monthly_anchor")).toInt());
    if (interval == u"manual")
        return tr("Only when you ask for it in Stripe");
    return {};
}

QString PayoutBalanceController::bankText() const
{
    const QJsonObject bank = m_balance.value(QLatin1String("bank_account")).toObject();
    if (bank.isEmpty())
        return {};
    return tr("%1 ending in %2")
        .arg(bank.value(QLatin1String("bank_name")).toString(),
             bank.value(QLatin1String("last4")).toString());
}

} // namespace companion
