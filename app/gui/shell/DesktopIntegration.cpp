#include "app/gui/shell/DesktopIntegration.h"

#include "app/AppContext.h"
#include "app/gui/desktop/BookingNews.h"
#include "app/gui/desktop/DesktopNotifier.h"
#include "app/gui/desktop/DesktopSettings.h"
#include "app/gui/desktop/NextSessionStatus.h"
#include "app/gui/desktop/SessionReminders.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/time/Clock.h"
#include "services/auth/Profile.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"
#include "services/sync/SyncEngine.h"

namespace companion {

DesktopIntegration::DesktopIntegration(AppContext *context, AccountController *account, AppController *app,
                                       DesktopSettings *settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_account(account)
    , m_notifier(new DesktopNotifier(QDBusConnection::sessionBus(), this))
    , m_reminders(new SessionReminders(m_notifier, context->profile()->settingsPath(), this))
    , m_news(new BookingNews(m_notifier, context->profile()->settingsPath(), this))
{
    m_reminders->setLeadMinutes(settings->reminderLeadMinutes());
    connect(settings, &DesktopSettings::changed, this,
            [this, settings] { m_reminders->setLeadMinutes(settings->reminderLeadMinutes()); });
    connect(m_reminders, &SessionReminders::openRequested, app, &AppController::open);
    connect(m_news, &BookingNews::openRequested, app, &AppController::open);
    connect(account, &AccountController::readyChanged, this, &DesktopIntegration::onAccountReady);
    connect(account, &AccountController::sessionsChanged, this, [this] {
        m_reminders->setAccount(m_account->ready() ? m_account->userId() : QString());
        m_reminders->setSessions(m_account->allSessions());
        if (NextSessionStatus *next = NextSessionStatus::instance())
            next->update(m_account->allSessions(), m_account->ready() ? m_account->userId() : QString(),
                         Clock::nowMs());
    });
    onAccountReady();
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::onAccountReady()
{
    const QString userId = m_account->ready() ? m_account->userId() : QString();
    m_reminders->setAccount(userId);
    m_news->setAccount(userId);
    if (!m_account->ready())
        return;
    connect(m_context->sync(), &SyncEngine::syncFinished, this, &DesktopIntegration::onSyncFinished,
            Qt::UniqueConnection);
}

void DesktopIntegration::onSyncFinished(SyncEngine::Outcome outcome)
{
    if (outcome == SyncEngine::Outcome::Ok)
        readNews();
}

void DesktopIntegration::readNews()
{
    Storage *storage = m_account->storage();
    if (!storage)
        return;
    // Only what is still to come matters to the news; the cache keeps years.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), QTimeZone::utc());
    storage->run<QList<Session>>(
        this, [now](Storage::Stores &stores) { return AccountReader(stores).sessions(now); },
        [this](const QList<Session> &sessions) { m_news->synced(sessions); });
}

} // namespace companion
