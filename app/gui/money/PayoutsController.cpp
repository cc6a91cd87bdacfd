#include "app/gui/money/PayoutsController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/time/DateText.h"
#include "services/auth/AuthSession.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QUrl>

namespace companion {

namespace {

// A Stripe requirement key as a person reads it: what it is, why Stripe asks, how long it takes.
QString readable(const QString &key)
{
    struct Plain
    {
        const char *prefix;
        const char *text;
    };
    static const Plain plain[] = {
        { "external_account",
          QT_TRANSLATE_NOOP("PayoutsController",
                            "Your bank account: where Stripe sends your money (about 2 minutes)") },
        { "individual.verification.additional_document",
          QT_TRANSLATE_NOOP(
              "PayoutsController",
              "A proof of address, such as a utility bill or bank statement (about 3 minutes)") },
        { "individual.verification.document",
          QT_TRANSLATE_NOOP(
              "PayoutsController",
              "A photo of your passport or ID card, so Stripe can confirm who you are (about 3 minutes)") },
        { "individual.dob", QT_TRANSLATE_NOOP("PayoutsController", "Your date of birth (1 minute)") },
        { "individual.address", QT_TRANSLATE_NOOP("PayoutsController", "Your home address (1 minute)") },
        { "individual.first_name", QT_TRANSLATE_NOOP("PayoutsController", "Your legal name (1 minute)") },
        { "individual.last_name", QT_TRANSLATE_NOOP("PayoutsController", "Your legal name (1 minute)") },
        { "individual.email", QT_TRANSLATE_NOOP("PayoutsController", "Your email address (1 minute)") },
        { "individual.phone", QT_TRANSLATE_NOOP("PayoutsController", "Your phone number (1 minute)") },
        { "individual.id_number",
          QT_TRANSLATE_NOOP("PayoutsController", "Your national ID or tax number (1 minute)") },
        { "individual.ssn_last_4",
          QT_TRANSLATE_NOOP("PayoutsController",
                            "The last 4 digits of your Social Security number (1 minute)") },
        { "business_profile",
          QT_TRANSLATE_NOOP("PayoutsController",
                            "What you teach, as it will appear on your students' statements (2 minutes)") },
        { "tos_acceptance",
          QT_TRANSLATE_NOOP("PayoutsController", "Accepting Stripe's terms of service (1 minute)") },
    };
    for (const Plain &p : plain) {
        if (key.startsWith(QLatin1String(p.prefix)))
            return QCoreApplication::translate("PayoutsController", p.text);
    }
    QString words = key;
    words.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return QCoreApplication::translate("PayoutsController", "%1 (a few minutes)").arg(words);
}

// One line per thing to do: day, month and year of birth are one date.
QStringList readableList(const QJsonArray &keys)
{
    QStringList out;
    for (const QJsonValue &key : keys) {
        const QString line = readable(key.toString());
        if (!out.contains(line))
            out << line;
    }
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
constexpr int kReturnPolls = 30; // two minutes after the browser came back

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
    const QJsonValue deadline
        = status.value(QLatin1String("requirements")).toObject().value(QLatin1String("current_deadline"));
    m_deadlineText = deadline.isDouble() && !m_requirements.isEmpty()
        ? tr("Stripe needs this by %1.")
              .arg(DateText::format(QDateTime::fromSecsSinceEpoch(qint64(deadline.toDouble())).date(),
                                    DateText::Style::LongDate))
        : QString();
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

void PayoutsController::copyLink()
{
    if (m_lastOpenedUrl.isEmpty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_lastOpenedUrl);
    m_linkCopied = true;
    Q_EMIT changed();
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

void PayoutsController::returnedFromStripe()
{
    m_pollsLeft = std::max(m_pollsLeft, kReturnPolls);
    if (!m_payoutsEnabled)
        m_poll.start();
    Q_EMIT changed();
    refresh();
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
