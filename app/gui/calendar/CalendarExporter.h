#pragma once

#include "ical/SessionCalendar.h"
#include "models/Session.h"
#include "models/User.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqml.h>

namespace companion {

// "Export…" in the calendar and bookings screens, and the per-session links: the account's
// sessions in memory (Account) written as an .ics file through the shared libical writer,
// off the UI thread, so it works offline. In QML: `CalendarExporter {}`.
class CalendarExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The range export's choices: days as "YYYY-MM-DD" in the user's zone ("" = open-ended).
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY selectionChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY selectionChanged)
    Q_PROPERTY(bool includeCancelled READ includeCancelled WRITE setIncludeCancelled NOTIFY selectionChanged)
    Q_PROPERTY(bool onlyMine READ onlyMine WRITE setOnlyMine NOTIFY selectionChanged)
    // How many sessions the choices export (it follows the account's sessions), or -1 when a
    // day is not a date or `from` is after `to`.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // After an export: "Exported 42 sessions to sessions.ics", or why it failed.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY changed)
    // The last link handed to the system's browser (tests and screenshots read it).
    Q_PROPERTY(QString lastOpenedUrl READ lastOpenedUrl NOTIFY changed)
public:
    explicit CalendarExporter(QObject *parent = nullptr);

    QString from() const { return m_from; }
    void setFrom(const QString &day);
    QString to() const { return m_to; }
    void setTo(const QString &day);
    bool includeCancelled() const { return m_includeCancelled; }
    void setIncludeCancelled(bool include);
    bool onlyMine() const { return m_onlyMine; }
    void setOnlyMine(bool only);
    int count() const { return m_count; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString lastFile() const { return m_lastFile; }
    QString lastOpenedUrl() const { return m_lastOpenedUrl; }

    // Forgets the last export's message (a dialog opened again starts clean).
    Q_INVOKABLE void clearMessage();
    // The sessions the choices select, written to `file` (a local file URL).
    Q_INVOKABLE void exportTo(const QUrl &file);
    // One session as its own .ics (a cancelled one says CANCELLED: imported, it updates the copy).
    Q_INVOKABLE void exportSession(const QString &sessionId, const QUrl &file);
    // The day `days` after today in the user's zone, "YYYY-MM-DD" (the dialog's default range).
    Q_INVOKABLE QString dayFromToday(int days) const;
    // "companion-sessions-2026-12-01-to-2027-02-28.ics", "spanish-conversation-2026-12-03.ics".
    Q_INVOKABLE QString suggestedFileName(const QString &from, const QString &to) const;
    Q_INVOKABLE QString sessionFileName(const QString &sessionId) const;
    // Google Calendar's add-event page for the session, opened in the browser.
    Q_INVOKABLE QString googleCalendarLink(const QString &sessionId) const;
    Q_INVOKABLE void openGoogleCalendar(const QString &sessionId);

Q_SIGNALS:
    void changed();
    void selectionChanged();
    void countChanged();
    void finished(bool ok);

private:
    void recount();
    // The choices; nullopt with the reason when they cannot be used.
    std::optional<ical::SessionCalendar::Selection> selection(QString *problem) const;
    // The sessions the choices select, by start.
    std::optional<QList<Session>> chosen(QString *problem) const;
    // Writes the sessions' calendar to `file` on a worker thread; finish() reports.
    void writeInBackground(const QList<Session> &sessions, const User &owner, const QUrl &platform,
                           const QUrl &file);
    void finish(bool ok, const QString &message, const QString &file);

    QString m_from;
    QString m_to;
    bool m_includeCancelled = false;
    bool m_onlyMine = false;
    int m_count = 0;
    bool m_busy = false;
    bool m_failed = false;
    QString m_message;
    QString m_lastFile;
    QString m_lastOpenedUrl;
};

} // namespace companion
