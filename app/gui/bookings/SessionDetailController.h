#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// One session's details from the server (`GET /api/sessions/{id}`): the
// course, its students with their attendance, and the recording. Not cached:
// offline it says so and the page keeps showing what the cache has. Created in
// QML (`SessionDetailController { sessionId: … }`).
class SessionDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // Why the details could not be loaded ("" when fine).
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString courseDescription READ courseDescription NOTIFY changed)
    Q_PROPERTY(QString creatorName READ creatorName NOTIFY changed)
    // [{name, attendance: pending|attended|no_show|cancelled, attendanceLabel, minutes, enrolled: bool}]
    Q_PROPERTY(QVariantList students READ students NOTIFY changed)
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
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString courseDescription() const { return m_courseDescription; }
    QString creatorName() const { return m_creatorName; }
    QVariantList students() const { return m_students; }
    QString enrolledNames() const { return QLocale().createSeparatedList(m_enrolledNames); }
    QString attendanceSummary() const { return m_attendanceSummary; }
    QVariantList attendance() const { return m_attendance; }
    QString recordingText() const { return m_recordingText; }
    QString recordingUrl() const { return m_recordingUrl; }
    QString cancelReason() const { return m_cancelReason; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionIdChanged();
    void changed();

private:
    void clear();
    bool apply(const QJsonObject &detail);

    QString m_sessionId;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_request = 0; // answers to older requests are dropped
    QString m_error;
    QString m_courseDescription;
    QString m_creatorName;
    QVariantList m_students;
    QStringList m_enrolledNames;
    QString m_attendanceSummary;
    QVariantList m_attendance;
    QString m_recordingText;
    QString m_recordingUrl;
    QString m_cancelReason;
};

} // namespace companion
