#pragma once

#include "services/net/PlatformClient.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace companion {

// Settings' calendar subscription card (`CalendarFeedController {}` in QML): the private feed
// URL from `GET /api/calendar/feed` as webcal:// (Apple Calendar, desktop apps) and https
// (Google's "From URL"), copy and open actions, Rotate and Revoke. The URL is a credential:
// it is only held in memory and never logged.
class CalendarFeedController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(bool revoked READ revoked NOTIFY changed)
    Q_PROPERTY(QString url READ url NOTIFY changed)
    Q_PROPERTY(QString webcalUrl READ webcalUrl NOTIFY changed)
    Q_PROPERTY(QString createdAt READ createdAt NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // A short confirmation after an action ("Copied", "A new address is ready …").
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    // The last address handed to the system (tests and screenshots read it).
    Q_PROPERTY(QString lastOpenedUrl READ lastOpenedUrl NOTIFY changed)
public:
    explicit CalendarFeedController(QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    bool loaded() const { return !m_url.isEmpty(); }
    bool offline() const { return m_offline; }
    bool revoked() const { return m_revoked; }
    QString url() const { return m_url; }
    QString webcalUrl() const { return m_webcalUrl; }
    QString createdAt() const { return m_createdAt; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString lastOpenedUrl() const { return m_lastOpenedUrl; }

    // Fetches the address (the server creates it on first use).
    Q_INVOKABLE void load();
    // A new address; the old one stops working at once (subscriptions must be made again).
    Q_INVOKABLE void rotate();
    // No address any more until load() makes a new one.
    Q_INVOKABLE void revoke();
    Q_INVOKABLE void copy(const QString &text);
    // webcal:// to the system's calendar app (Apple Calendar, GNOME Calendar, Thunderbird…).
    Q_INVOKABLE void openInCalendarApp();
    // Google Calendar's add-by-URL page with the https address.
    Q_INVOKABLE void addToGoogleCalendar();

Q_SIGNALS:
    void changed();

private:
    void request(PlatformClient::Method method, const QString &path, const QString &notice);
    void open(const QString &url);

    bool m_loading = false;
    bool m_offline = false;
    bool m_revoked = false;
    QString m_url;
    QString m_webcalUrl;
    QString m_googleUrl;
    QString m_createdAt;
    QString m_error;
    QString m_notice;
    QString m_lastOpenedUrl;
};

} // namespace companion
