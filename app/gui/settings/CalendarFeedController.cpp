#include "CalendarFeedController.h"

#include "AppController.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace companion {

CalendarFeedController::CalendarFeedController(QObject *parent)
    : QObject(parent)
{ }

void CalendarFeedController::load()
{
    request(PlatformClient::Method::Get, {}, {});
}

void CalendarFeedController::rotate()
{
    request(PlatformClient::Method::Post, QStringLiteral("/rotate"),
            tr("A new address is ready. The old one has stopped working: subscribe again with this one."));
}

void CalendarFeedController::revoke()
{
    request(PlatformClient::Method::Delete, {},
            tr("Your calendar address no longer works. Calendars subscribed to it stop updating."));
}

void CalendarFeedController::request(PlatformClient::Method kind, const QString &path, const QString &notice)
{
    AppController *app = AppController::instance();
    if (!app || m_loading)
        return;
    m_loading = true;
    m_error.clear();
    m_notice.clear();
    Q_EMIT changed();
    app->session()->send(
        kind, QStringLiteral("/api/calendar/feed") + path, {},
        [self = QPointer<CalendarFeedController>(this), kind, notice](const ApiResponse &response) {
            if (!self)
                return;
            self->m_loading = false;
            self->m_offline = response.kind == ApiResponse::Kind::NetworkError;
            if (!response.ok()) {
                self->m_error = self->m_offline ? tr("Your calendar address needs a connection to the "
                                                     "platform. Try again when you are online.")
                                                : response.error.message;
            } else if (kind == PlatformClient::Method::Delete) {
                self->m_url.clear();
                self->m_webcalUrl.clear();
                self->m_googleUrl.clear();
                self->m_createdAt.clear();
                self->m_revoked = true;
                self->m_notice = notice;
            } else {
                const QJsonObject feed = response.object();
                self->m_url = feed.value(QLatin1String("url")).toString();
                self->m_webcalUrl = feed.value(QLatin1String("webcal_url")).toString();
                self->m_googleUrl = feed.value(QLatin1String("google_url")).toString();
                self->m_createdAt = feed.value(QLatin1String("created_at")).toString();
                self->m_revoked = false;
                self->m_notice = notice;
            }
            Q_EMIT self->changed();
        });
}

void CalendarFeedController::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
    m_notice = tr("Copied. Keep this address private: anyone who has it can see your sessions.");
    Q_EMIT changed();
}

void CalendarFeedController::openInCalendarApp()
{
    open(m_webcalUrl);
}

void CalendarFeedController::addToGoogleCalendar()
{
    open(m_googleUrl);
}

void CalendarFeedController::open(const QString &url)
{
    if (url.isEmpty())
        return;
    m_lastOpenedUrl = url;
    m_error.clear();
    Q_EMIT changed();
    if (!QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode))) {
        m_error = tr("Nothing on this computer opens this address. Copy it and add it in your calendar app.");
        Q_EMIT changed();
    }
}

} // namespace companion
