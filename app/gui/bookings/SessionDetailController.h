#pragma once

#include "models/Session.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// Everything the one session view shows (Home, the calendar, Bookings, Earnings and links
// all open the same SessionView). What the cache holds comes at once and offline: the
// course, when (viewer's and teacher's zone), who teaches from the viewer's side, the students
// with their zones and payments, seats, price and the viewer's share. The server adds, when
// it can be reached, the course text, attendance and the recording (`GET /api/sessions/{id}`).
// Created in QML (`SessionDetailController { sessionId: … }`).
class SessionDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    // The zone "when" is written in ("" = the lists' zone, the account's unless a setting says).
    Q_PROPERTY(QString viewerZone READ viewerZone WRITE setViewerZone NOTIFY viewerZoneChanged)
    // The session is in this computer's cache.
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed) // scheduled | completed | no_show | cancelled
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    // "Thursday 10 December 2026, 18:00–19:00", in viewerZoneShown.
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(QString viewerZoneShown READ viewerZoneShown NOTIFY changed)
    // The same in the teacher's zone; "" when it is the viewer's.
    Q_PROPERTY(QString teacherWhenText READ teacherWhenText NOTIFY changed)
    Q_PROPERTY(QString teacherZone READ teacherZone NOTIFY changed)
    // Written from the viewer's side: "You teach", "Jonas Weber teaches your course".
    Q_PROPERTY(QString teachingText READ teachingText NOTIFY changed)
    Q_PROPERTY(bool own READ own NOTIFY changed)
    Q_PROPERTY(QString seatsText READ seatsText NOTIFY changed)
    Q_PROPERTY(QString priceText READ priceText NOTIFY changed)
    // "€21.25 per student (85 %) · €63.75 for the 3 booked"; "" in a student's view.
    Q_PROPERTY(QString shareText READ shareText NOTIFY changed)
    // [{id, name, zoneText, statusText, tone: neutral|success|warning|danger, enrolled: bool,
    //   minutes}] from the cache, with attendance once the server told it.
    Q_PROPERTY(QVariantList students READ students NOTIFY changed)
    // The cache holds who booked (the teacher's and the course creator's view).
    Q_PROPERTY(bool studentsKnown READ studentsKnown NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    // The server's details arrived.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // Why the server's details could not be loaded ("" when fine).
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString courseDescription READ courseDescription NOTIFY changed)
    Q_PROPERTY(QString creatorName READ creatorName NOTIFY changed)
    // The students booked now (not refunded or cancelled), as the locale lists names:
    // "Lena Fischer and Tom Becker".
    Q_PROPERTY(QString enrolledNames READ enrolledNames NOTIFY changed)
    // "2 of 3 attended" once attendance is known, else "".
    Q_PROPERTY(QString attendanceSummary READ attendanceSummary NOTIFY changed)
    // Everyone who was in the room (from the video server's webhooks), in order of arrival:
    // [{name, minutes, inRoom: bool}], one row per person with their visits added up.
    Q_PROPERTY(QVariantList attendance READ attendance NOTIFY changed)
    // "Recording available · 88 min", "Recording is being processed", or "".
    Q_PROPERTY(QString recordingText READ recordingText NOTIFY changed)
    Q_PROPERTY(QString recordingUrl READ recordingUrl NOTIFY changed)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY changed)
public:
    explicit SessionDetailController(QObject *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id);
    QString viewerZone() const { return m_viewerZone; }
    void setViewerZone(const QString &zone);
    bool found() const { return m_session.has_value(); }
    QString title() const { return m_session ? m_session->courseTitle : m_detailTitle; }
    QString status() const;
    QString statusText() const;
    QString whenText() const { return m_whenText; }
    QString viewerZoneShown() const { return m_viewerZoneShown; }
    QString teacherWhenText() const { return m_teacherWhenText; }
    QString teacherZone() const { return m_session ? m_session->timeZone : QString(); }
    QString teachingText() const { return m_teachingText; }
    bool own() const { return m_own; }
    QString seatsText() const { return m_seatsText; }
    QString priceText() const { return m_priceText; }
    QString shareText() const { return m_shareText; }
    QVariantList students() const { return m_students; }
    bool studentsKnown() const { return m_session && m_session->studentsKnown; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString courseDescription() const { return m_courseDescription; }
    QString creatorName() const { return m_creatorName; }
    QString enrolledNames() const { return QLocale().createSeparatedList(m_enrolledNames); }
    QString attendanceSummary() const { return m_attendanceSummary; }
    QVariantList attendance() const { return m_attendance; }
    QString recordingText() const { return m_recordingText; }
    QString recordingUrl() const { return m_recordingUrl; }
    QString cancelReason() const;

    // Reads the cache again and asks the server afresh.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionIdChanged();
    void viewerZoneChanged();
    void changed();

private:
    void readCache();
    void buildStudents();
    void clearServerDetails();
    bool apply(const QJsonObject &detail);

    QString m_sessionId;
    QString m_viewerZone;
    std::optional<Session> m_session;
    QString m_whenText;
    QString m_viewerZoneShown;
    QString m_teacherWhenText;
    QString m_teachingText;
    bool m_own = false;
    QString m_seatsText;
    QString m_priceText;
    QString m_shareText;
    QVariantList m_students;
    QStringList m_enrolledNames;

    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_request = 0; // answers to older requests are dropped
    QString m_error;
    QString m_detailTitle;
    QString m_detailStatus;
    QString m_courseDescription;
    QString m_creatorName;
    QJsonArray m_detailStudents; // the server's, with attendance (they replace the cached rows)
    QString m_attendanceSummary;
    QVariantList m_attendance;
    QString m_recordingText;
    QString m_recordingUrl;
    QString m_detailCancelReason;
};

} // namespace companion
