#include "app/gui/money/PayoutsController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/auth/AuthSession.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace companion {

namespace {

QString readable(QString key)
{
    key.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!key.isEmpty())
        key[0] = key[0].toUpper();
    return key;
}

QStringList readableList(const QJsonArray &keys)
{
    QStringList out;
    for (const QJsonValue &key : keys)
        out << readable(key.toString());
    return out;
}

// The older summary in `me` (account_status) mapped onto the status endpoint's states.
QString stateFromSummary(const QJsonObject &payouts)
{
    const QString status = payouts.value(QLatin1String("account_status")).toString();
    if (status == QLatin1String("enabled"))
        return QStringLiteral("enabled");
    if (status == QLatin1String("restricted"))
        return QStringLiteral("restricted");
    if (status == QLatin1String("pending"))
        return payouts.value(QLatin1String("requirements_due")).toArray().isEmpty()
            ? QStringLiteral("pending_verification")
            : QStringLiteral("action_required");
    return QStringLiteral("not_started");
}

constexpr int kPollMs = 4000;
constexpr int kPolls = 150; // ten minutes of checking after onboarding starts

} // namespace

PayoutsController::PayoutsController(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (--m_pollsLeft <= 0 || m_payoutsEnabled)
            m_poll.stop();
        refresh();
    });
    // Show what the cache knows at once, then ask the server; again whenever the
    // account opens (the page exists before sign-in finishes) or `me` is re-synced.
    if (AccountController *account = AccountController::instance()) {
        connect(account, &AccountController::readyChanged, this, [this, account] {
            if (account->ready()) {
                loadCachedSummary();
                refresh();
            }
        });
        connect(account, &AccountController::collectionChanged, this, [this](const QString &collection) {
            if (collection == QLatin1String("me"))
                loadCachedSummary();
        });
    }
    loadCachedSummary();
    QMetaObject::invokeMethod(this, &PayoutsController::refresh, Qt::QueuedConnection);
}

void PayoutsController::setError(const QString &error)
{
    m_error = error;
    Q_EMIT changed();
}

void PayoutsController::loadCachedSummary()
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage)
        return;
    storage->run<std::optional<QJsonObject>>(
        this, [](Storage::Stores &stores) { return AccountReader(stores).payouts(); },
        [this](const std::optional<QJsonObject> &cached) {
            if (!cached || m_loaded)
                return; // the server's answer (if any) is newer
            const QJsonObject &payouts = *cached;
            m_state = stateFromSummary(payouts);
            m_payoutsEnabled = payouts.value(QLatin1String("payouts_enabled")).toBool();
            m_requirements = readableList(payouts.value(QLatin1String("requirements_due")).toArray());
            Q_EMIT changed();
        });
}

void PayoutsController::applyStatus(const QJsonObject &status)
{
    m_state = status.value(QLatin1String("state")).toString(stateFromSummary(status));
    m_payoutsEnabled = status.value(QLatin1String("payouts_enabled")).toBool();
    m_requirements = readableList(status.value(QLatin1String("requirements_due")).toArray());
    m_loaded = true;
    m_offline = false;
    m_error.clear();
    if (m_payoutsEnabled)
        m_poll.stop();
}

void PayoutsController::refresh()
{
    AppController *app = AppController::instance();
    if (!app || m_loading)
        return;
    const auto sessionState = app->session()->state();
    if (sessionState != AuthSession::State::SignedIn) {
        // Not yet (restoring) or not now (offline): the cached summary stands.
        m_offline = sessionState == AuthSession::State::Offline;
        Q_EMIT changed();
        return;
    }
    m_loading = true;
    Q_EMIT changed();
    app->session()->send(PlatformClient::Method::Get, QStringLiteral("/api/payments/connect/status"), {},
                         [self = QPointer<PayoutsController>(this)](const ApiResponse &response) {
                             if (!self)
                                 return;
                             self->m_loading = false;
                             if (response.ok()) {
                                 self->applyStatus(response.object());
                             } else {
                                 self->m_offline = response.kind == ApiResponse::Kind::NetworkError;
                                 self->m_error = self->m_offline ? QString() : response.error.message;
                             }
                             Q_EMIT self->changed();
                         });
}

void PayoutsController::openInBrowser(const QString &url)
{
    m_lastOpenedUrl = url;
    Q_EMIT changed();
    if (!QDesktopServices::openUrl(QUrl(url)))
        setError(tr("Could not open a web browser. Open this address yourself: %1").arg(url));
}

void PayoutsController::startOnboarding()
{
    AppController *app = AppController::instance();
    if (!app)
        return;
    setError({});
    app->session()->send(PlatformClient::Method::Post, QStringLiteral("/api/payments/connect/onboard"), {},
                         [self = QPointer<PayoutsController>(this)](const ApiResponse &response) {
                             if (!self)
                                 return;
                             const QString url = response.object().value(QLatin1String("url")).toString();
                             if (!response.ok() || url.isEmpty()) {
                                 self->setError(response.ok() ? tr("The server sent no onboarding link.")
                                                              : response.error.message);
                                 return;
                             }
                             self->openInBrowser(url);
                             // Stripe tells the server by webhook; keep asking for a while.
                             self->m_pollsLeft = kPolls;
                             self->m_poll.start();
                             Q_EMIT self->changed();
                         });
}

void PayoutsController::openDashboard()
{
    AppController *app = AppController::instance();
    if (!app)
        return;
    setError({});
    app->session()->send(PlatformClient::Method::Post, QStringLiteral("/api/payments/connect/login-link"), {},
                         [self = QPointer<PayoutsController>(this)](const ApiResponse &response) {
                             if (!self)
                                 return;
                             const QString url = response.object().value(QLatin1String("url")).toString();
                             if (!response.ok() || url.isEmpty()) {
                                 self->setError(response.ok() ? tr("The server sent no dashboard link.")
                                                              : response.error.message);
                                 return;
                             }
                             self->openInBrowser(url);
                         });
}

} // namespace companion
