#include "app/gui/bookings/SessionDetailController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/money/Money.h"
#include "models/money/TeachingShare.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

namespace companion {

namespace {

QString statusLabel(const QString &status)
{
    if (status == u"cancelled")
        return SessionDetailController::tr("Cancelled");
    if (status == u"no_show")
        return SessionDetailController::tr("No-show");
    if (status == u"completed")
        return SessionDetailController::tr("Completed");
    return SessionDetailController::tr("Scheduled");
}

// "New York" for America/New_York: what people call the place.
QString placeOf(const QString &zone)
{
    QString place = zone.section(QLatin1Char('/'), -1);
    return place.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString offlineText()
{
    return SessionDetailController::tr("Attendance and the recording need a connection to the server.");
}

} // namespace

SessionDetailController::SessionDetailController(QObject *parent)
    : QObject(parent)
{
    if (AccountController *account = AccountController::instance()) {
        // A sync may bring new students, a cancellation or a new time: show them.
        connect(account, &AccountController::sessionsChanged, this, [this] {
            readCache();
            Q_EMIT changed();
        });
    }
}

void SessionDetailController::setSessionId(const QString &id)
{
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    Q_EMIT sessionIdChanged();
    reload();
}

void SessionDetailController::setViewerZone(const QString &zone)
{
    if (m_viewerZone == zone)
        return;
    m_viewerZone = zone;
    Q_EMIT viewerZoneChanged();
    readCache();
    Q_EMIT changed();
}

QString SessionDetailController::status() const
{
    return m_session ? Session::statusToString(m_session->status) : m_detailStatus;
}

QString SessionDetailController::statusText() const
{
    const QString reason = cancelReason();
    const QString text = statusLabel(status());
    return status() == u"cancelled" && !reason.isEmpty() ? tr("%1 — %2").arg(text, reason) : text;
}

QString SessionDetailController::cancelReason() const
{
    if (!m_detailCancelReason.isEmpty())
        return m_detailCancelReason;
    return m_session ? m_session->cancelReason : QString();
}

void SessionDetailController::readCache()
{
    m_session.reset();
    m_whenText.clear();
    m_viewerZoneShown.clear();
    m_teacherWhenText.clear();
    m_teachingText.clear();
    m_own = false;
    m_seatsText.clear();
    m_priceText.clear();
    m_shareText.clear();
    AccountController *account = AccountController::instance();
    if (account && !m_sessionId.isEmpty()) {
        for (const Session &session : account->allSessions()) {
            if (session.id == m_sessionId) {
                m_session = session;
                break;
            }
        }
    }
    if (m_session) {
        const QLocale locale;
        const Session &s = *m_session;
        QString zoneName = m_viewerZone;
        if (zoneName.isEmpty())
            zoneName = account->sessions()->displayZone();
        QTimeZone viewer(zoneName.toUtf8());
        if (!viewer.isValid())
            viewer = QTimeZone::systemTimeZone();
        m_viewerZoneShown = QString::fromUtf8(viewer.id());
        auto range = [&](const QTimeZone &zone) {
            const QDateTime start = s.start.toTimeZone(zone);
            const QDateTime end = s.end.toTimeZone(zone);
            // A session across midnight names the day it ends on.
            const QString endText = end.date() == start.date()
                ? DateText::format(end.time(), locale)
                : DateText::format(end, DateText::Style::WeekdayTime, locale);
            return tr("%1, %2–%3")
                .arg(DateText::format(start.date(), DateText::Style::LongWeekdayFullDate, locale),
                     DateText::format(start.time(), locale), endText);
        };
        m_whenText = range(viewer);
        const QTimeZone teacher(s.timeZone.toUtf8());
        if (teacher.isValid() && teacher.id() != viewer.id()
            && teacher.offsetFromUtc(s.start) != viewer.offsetFromUtc(s.start))
            m_teacherWhenText = range(teacher);
        const QString me = account->userId();
        m_own = me.isEmpty() || s.teacherId == me;
        m_teachingText = m_own                  ? tr("You teach")
            : s.viewerRole == u"course_creator" ? tr("%1 teaches your course").arg(s.teacherName)
                                                : tr("With %1").arg(s.teacherName);
        m_seatsText = s.seats == 1
            ? (s.bookedSeats == 1 ? tr("Booked (1 seat)") : tr("Not booked yet (1 seat)"))
            : tr("%1 of %2 seats booked").arg(s.bookedSeats).arg(s.seats);
        m_priceText = tr("%1 per student").arg(MoneyFormat::format(s.priceCents, s.currency, locale));
        if (const auto share = TeachingShare::perSeat(s, me)) {
            const qint64 paying = s.studentsKnown
                ? std::count_if(s.students.cbegin(), s.students.cend(),
                                [](const Session::Student &st) {
                                    return st.active && st.payment != Session::Student::Payment::Refunded;
                                })
                : s.bookedSeats;
            m_shareText = tr("%1 per student (%2 %)")
                              .arg(MoneyFormat::format(share->amountCents, s.currency, locale))
                              .arg(share->percent);
            if (paying > 0)
                m_shareText += QStringLiteral(" · ")
                    + tr("%1 for the %n booked", "", int(paying))
                          .arg(MoneyFormat::format(share->amountCents * paying, s.currency, locale));
        }
    }
    buildStudents();
}

void SessionDetailController::buildStudents()
{
    m_students.clear();
    m_enrolledNames.clear();
    struct Row
    {
        QString id, name, zone, enrollment, payment, attendance;
    };
    QList<Row> rows;
    if (m_loaded) {
        for (const QJsonValue &value : std::as_const(m_detailStudents)) {
            const QJsonObject o = value.toObject();
            rows.append({ o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("time_zone")).toString(),
                          o.value(QLatin1String("enrollment_status")).toString(),
                          o.value(QLatin1String("payment")).toString(QStringLiteral("paid")),
                          o.value(QLatin1String("attendance")).toString() });
        }
    } else if (m_session) {
        for (const Session::Student &st : std::as_const(m_session->students)) {
            using P = Session::Student::Payment;
            rows.append({ st.id, st.name, st.timeZone,
                          st.active ? QStringLiteral("active") : QStringLiteral("cancelled"),
                          st.payment == P::Refunded                ? QStringLiteral("refunded")
                              : st.payment == P::PartiallyRefunded ? QStringLiteral("partially_refunded")
                                                                   : QStringLiteral("paid"),
                          QString() });
        }
    }
    QHash<QString, qint64> minutesByUser;
    for (const QVariant &row : std::as_const(m_attendance)) {
        const QVariantMap map = row.toMap();
        minutesByUser.insert(map.value(QStringLiteral("userId")).toString(),
                             map.value(QStringLiteral("minutes")).toLongLong());
    }
    const QLocale locale;
    const QTimeZone viewer(m_viewerZoneShown.toUtf8());
    for (const Row &row : std::as_const(rows)) {
        const bool enrolled = row.enrollment == u"active" && row.payment != u"refunded";
        if (enrolled)
            m_enrolledNames << row.name;
        QString statusText = tr("Booked");
        QString tone = QStringLiteral("neutral");
        if (row.enrollment == u"cancelled") {
            statusText = tr("Cancelled");
            tone = QStringLiteral("danger");
        } else if (row.payment == u"refunded" || row.enrollment == u"refunded") {
            statusText = tr("Refunded");
            tone = QStringLiteral("danger");
        } else if (row.attendance == u"attended") {
            statusText = tr("Attended");
            tone = QStringLiteral("success");
        } else if (row.attendance == u"no_show") {
            statusText = tr("No-show");
            tone = QStringLiteral("warning");
        } else if (row.payment == u"partially_refunded") {
            statusText = tr("Partly refunded");
            tone = QStringLiteral("warning");
        }
        // Their local start, so a teacher sees it is 07:00 for the student in Tokyo.
        QString zoneText;
        const QTimeZone zone(row.zone.toUtf8());
        if (m_session && zone.isValid()) {
            const QDateTime theirs = m_session->start.toTimeZone(zone);
            const bool sameDay
                = !viewer.isValid() || theirs.date() == m_session->start.toTimeZone(viewer).date();
            const QString time = sameDay ? DateText::format(theirs.time(), locale)
                                         : DateText::format(theirs, DateText::Style::WeekdayTime, locale);
            zoneText = tr("%1 · %2 there").arg(placeOf(row.zone), time);
        }
        m_students << QVariantMap {
            { QStringLiteral("id"), row.id },
            { QStringLiteral("name"), row.name },
            { QStringLiteral("zoneText"), zoneText },
            { QStringLiteral("statusText"), statusText },
            { QStringLiteral("tone"), tone },
            { QStringLiteral("enrolled"), enrolled },
            { QStringLiteral("minutes"), minutesByUser.value(row.id) },
        };
    }
}

void SessionDetailController::clearServerDetails()
{
    m_loaded = false;
    m_error.clear();
    m_detailTitle.clear();
    m_detailStatus.clear();
    m_courseDescription.clear();
    m_creatorName.clear();
    m_detailStudents = {};
    m_attendanceSummary.clear();
    m_attendance.clear();
    m_recordingText.clear();
    m_recordingUrl.clear();
    m_detailCancelReason.clear();
}

void SessionDetailController::reload()
{
    clearServerDetails();
    readCache();
    const quint64 request = ++m_request;
    AppController *app = AppController::instance();
    AuthSession *session = app ? app->session() : nullptr;
    if (m_sessionId.isEmpty() || !session) {
        m_loading = false;
        Q_EMIT changed();
        return;
    }
    if (session->state() != AuthSession::State::SignedIn) {
        m_loading = false;
        m_error = offlineText();
        Q_EMIT changed();
        return;
    }
    m_loading = true;
    Q_EMIT changed();
    QPointer<SessionDetailController> self(this);
    session->send(
        PlatformClient::Method::Get,
        QStringLiteral("/api/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(m_sessionId)), {},
        [self, request](const ApiResponse &response) {
            if (!self || request != self->m_request)
                return; // gone, or another session was asked for since
            self->m_loading = false;
            if (!response.ok())
                self->m_error = response.kind == ApiResponse::Kind::NetworkError ? offlineText()
                                                                                 : response.error.message;
            else if (!self->apply(response.object()))
                self->m_error = tr("The server sent session details Companion cannot read.");
            self->buildStudents();
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
        m_attendance << QVariantMap { { QStringLiteral("userId"), user },
                                      { QStringLiteral("name"), names.value(user) },
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
        const bool active = student.value(QLatin1String("enrollment_status")).toString() == u"active";
        enrolled += active ? 1 : 0;
        attended += active && state == u"attended" ? 1 : 0;
        known = known || state == u"attended" || state == u"no_show";
    }
    m_detailStudents = students.toArray();
    m_attendanceSummary = known ? tr("%1 of %2 attended").arg(attended).arg(enrolled) : QString();
    m_detailTitle = detail.value(QLatin1String("course_title")).toString();
    m_detailStatus = detail.value(QLatin1String("status")).toString();
    m_courseDescription = course.value(QLatin1String("description")).toString();
    m_creatorName = course.value(QLatin1String("creator_name")).toString();
    m_detailCancelReason = detail.value(QLatin1String("cancel_reason")).toString();
    const QJsonObject recording = detail.value(QLatin1String("recording")).toObject();
    const QString recordingStatus = recording.value(QLatin1String("status")).toString();
    if (recordingStatus == u"available") {
        const qint64 minutes = recording.value(QLatin1String("duration_seconds")).toInteger() / 60;
        m_recordingText
            = minutes > 0 ? tr("Recording available · %1 min").arg(minutes) : tr("Recording available");
        m_recordingUrl = recording.value(QLatin1String("url")).toString();
    } else if (recordingStatus == u"processing") {
        m_recordingText = tr("The recording is being processed.");
    }
    m_loaded = true;
    return true;
}

} // namespace companion
