#include "app/gui/bookings/SessionDetailController.h"

#include "app/gui/shell/AppController.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace companion {

namespace {

QString attendanceLabel(const QString &attendance)
{
    if (attendance == QLatin1String("attended"))
        return QObject::tr("Attended");
    if (attendance == QLatin1String("no_show"))
        return QObject::tr("No-show");
    if (attendance == QLatin1String("cancelled"))
        return QObject::tr("Cancelled");
    return QObject::tr("Booked"); // pending: the session has not taken place (or attendance is not in yet)
}

} // namespace

SessionDetailController::SessionDetailController(QObject *parent)
    : QObject(parent)
{ }

void SessionDetailController::setSessionId(const QString &id)
{
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    Q_EMIT sessionIdChanged();
    reload();
}

void SessionDetailController::clear()
{
    m_loaded = false;
    m_error.clear();
    m_courseDescription.clear();
    m_creatorName.clear();
    m_students.clear();
    m_enrolledNames.clear();
    m_attendanceSummary.clear();
    m_attendance.clear();
    m_recordingText.clear();
    m_recordingUrl.clear();
    m_cancelReason.clear();
}

void SessionDetailController::reload()
{
    clear();
    const quint64 request = ++m_request;
    AppController *app = AppController::create(nullptr, nullptr);
    AuthSession *session = app ? app->session() : nullptr;
    if (m_sessionId.isEmpty() || !session) {
        m_loading = false;
        Q_EMIT changed();
        return;
    }
    if (session->state() != AuthSession::State::SignedIn) {
        m_loading = false;
        m_error = tr("Students, attendance and the recording need a connection to the server.");
        Q_EMIT changed();
        return;
    }
    m_loading = true;
    Q_EMIT changed();
    QPointer<SessionDetailController> self(this);
    session->send(PlatformClient::Method::Get,
                  QStringLiteral("/api/sessions/")
                      + QString::fromLatin1(QUrl::toPercentEncoding(m_sessionId)),
                  {}, [self, request](const ApiResponse &response) {
                      if (!self || request != self->m_request)
                          return; // gone, or another session was asked for since
                      self->m_loading = false;
                      if (!response.ok())
                          self->m_error = response.kind == ApiResponse::Kind::NetworkError
                              ? tr("Students, attendance and the recording need a connection to the server.")
                              : response.error.message;
                      else if (!self->apply(response.object()))
                          self->m_error = tr("The server sent session details Companion cannot read.");
                      Q_EMIT self->changed();
                  });
}

bool SessionDetailController::apply(const QJsonObject &detail)
{
    const QJsonValue students = detail.value(QLatin1String("students"));
    const QJsonValue attendance = detail.value(QLatin1String("attendance"));
    const QJsonObject course = detail.value(QLatin1String("course")).toObject();
    if (!students.isArray() || !attendance.isArray() || course.isEmpty())
        return false;
    QHash<QString, qint64> secondsByUser;
    QStringList arrival; // user ids in order of their first visit
    QHash<QString, QString> names;
    QHash<QString, bool> inRoom;
    for (const QJsonValue &value : attendance.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString user = entry.value(QLatin1String("user_id")).toString();
        if (!secondsByUser.contains(user))
            arrival << user;
        secondsByUser[user] += entry.value(QLatin1String("duration_seconds")).toInteger();
        names.insert(user, entry.value(QLatin1String("name")).toString());
        inRoom[user] = inRoom.value(user) || entry.value(QLatin1String("left_at")).isNull();
    }
    for (const QString &user : std::as_const(arrival)) {
        m_attendance << QVariantMap { { QStringLiteral("name"), names.value(user) },
                                      // a started minute counts: 40 s in the room reads "1 min"
                                      { QStringLiteral("minutes"), (secondsByUser.value(user) + 59) / 60 },
                                      { QStringLiteral("inRoom"), inRoom.value(user) } };
    }
    int attended = 0;
    int enrolled = 0;
    bool known = false;
    for (const QJsonValue &value : students.toArray()) {
        const QJsonObject student = value.toObject();
        const QString state = student.value(QLatin1String("attendance")).toString();
        const QString enrollment = student.value(QLatin1String("enrollment_status")).toString();
        const bool active = enrollment == QLatin1String("active");
        enrolled += active ? 1 : 0;
        if (active)
            m_enrolledNames << student.value(QLatin1String("name")).toString();
        attended += state == QLatin1String("attended") ? 1 : 0;
        known = known || state == QLatin1String("attended") || state == QLatin1String("no_show");
        m_students << QVariantMap {
            { QStringLiteral("name"), student.value(QLatin1String("name")).toString() },
            { QStringLiteral("attendance"), state },
            { QStringLiteral("attendanceLabel"),
              active                                         ? attendanceLabel(state)
                  : enrollment == QLatin1String("cancelled") ? tr("Cancelled")
                                                             : tr("Refunded") },
            { QStringLiteral("minutes"),
              secondsByUser.value(student.value(QLatin1String("id")).toString()) / 60 },
            { QStringLiteral("enrolled"), active },
        };
    }
    m_attendanceSummary = known ? tr("%1 of %2 attended").arg(attended).arg(enrolled) : QString();
    m_courseDescription = course.value(QLatin1String("description")).toString();
    m_creatorName = course.value(QLatin1String("creator_name")).toString();
    m_cancelReason = detail.value(QLatin1String("cancel_reason")).toString();
    const QJsonObject recording = detail.value(QLatin1String("recording")).toObject();
    if (recording.value(QLatin1String("status")).toString() == QLatin1String("available")) {
        const qint64 minutes = recording.value(QLatin1String("duration_seconds")).toInteger() / 60;
        m_recordingText
            = minutes > 0 ? tr("Recording available · %1 min").arg(minutes) : tr("Recording available");
        m_recordingUrl = recording.value(QLatin1String("url")).toString();
    } else if (recording.value(QLatin1String("status")).toString() == QLatin1String("processing")) {
        m_recordingText = tr("The recording is being processed.");
    }
    m_loaded = true;
    return true;
}

} // namespace companion
