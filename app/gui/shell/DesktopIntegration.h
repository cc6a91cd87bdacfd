#pragma once

#include "services/sync/SyncEngine.h"

#include <QObject>

namespace companion {

class AccountController;
class AppContext;
class AppController;
class BookingNews;
class DesktopNotifier;
class DesktopSettings;
class SessionReminders;

// Companion as a desktop citizen, wired to the signed-in account: reminders before the
// sessions the user teaches, news of bookings and cancellations after a sync, and every
// notification's click routed back into the window (AppController::open).
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    DesktopIntegration(AppContext *context, AccountController *account, AppController *app,
                       DesktopSettings *settings, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    SessionReminders *reminders() const { return m_reminders; }

private:
    void onAccountReady();
    void onSyncFinished(companion::SyncEngine::Outcome outcome);
    void readNews();

    AppContext *m_context;
    AccountController *m_account;
    DesktopNotifier *m_notifier;
    SessionReminders *m_reminders;
    BookingNews *m_news;
};

} // namespace companion
