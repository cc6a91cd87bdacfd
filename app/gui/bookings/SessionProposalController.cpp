#include "SessionProposalController.h"

#include "AccountController.h"
#include "AppController.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"
#include "services/net/PlatformClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

namespace companion {

namespace {

std::optional<Session> sessionById(const QString &id)
{
    if (AccountController *account = AccountController::instance()) {
        for (const Session &session : account->allSessions()) {
            if (session.id == id)
                return session;
        }
    }
    return std::nullopt;
}

QTimeZone zoneOf(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

SessionProposalController::SessionProposalController(QObject *parent)
    : QObject(parent)
{ }

void SessionProposalController::setSessionId(const QString &id)
{
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    ++m_generation;
    m_freeSlots.clear();
    m_students.clear();
    m_state.clear();
    m_stateText.clear();
    m_error.clear();
    Q_EMIT sessionIdChanged();
    Q_EMIT changed();
    reload();
}

void SessionProposalController::begin()
{
    ++m_loading;
    Q_EMIT changed();
}

void SessionProposalController::end()
{
    --m_loading;
    Q_EMIT changed();
}

bool SessionProposalController::canPropose() const
{
    const auto session = sessionById(m_sessionId);
    return session && session->viewerRole != u"student" && session->status == Session::Status::Scheduled
        && Clock::nowUtc().secsTo(session->start) > 24 * 3600 && m_state != u"proposed";
}

void SessionProposalController::reload()
{
    AppController *app = AppController::instance();
    if (!app || m_sessionId.isEmpty())
        return;
    begin();
    app->session()->send(PlatformClient::Method::Get,
                         QStringLiteral("/api/sessions/%1/proposal").arg(encoded(m_sessionId)), {},
                         [self = QPointer<SessionProposalController>(this),
                          generation = m_generation](const ApiResponse &response) {
                             if (!self || generation != self->m_generation)
                                 return;
                             if (response.ok())
                                 self->showProposal(response.object());
                             self->end();
                         });
}

void SessionProposalController::showProposal(const QJsonObject &proposal)
{
    const auto session = sessionById(m_sessionId);
    const QTimeZone zone = zoneOf(session ? session->timeZone : QString());
    const QDateTime start
        = instant::parse(proposal.value(QLatin1String("start")).toString()).toTimeZone(zone);
    const QString when = DateText::format(start, DateText::Style::WeekdayDateTime);
    int accepted = 0;
    const QJsonArray answers = proposal.value(QLatin1String("answers")).toArray();
    for (const QJsonValue &answer : answers)
        accepted += answer.toObject().value(QLatin1String("answer")).toString() == u"accepted" ? 1 : 0;
    m_state = proposal.value(QLatin1String("state")).toString();
    if (m_state == u"proposed")
        m_stateText = tr("New time proposed: %1 — %2 of %3 students accepted so far.")
                          .arg(when)
                          .arg(accepted)
                          .arg(answers.size());
    else if (m_state == u"accepted")
        m_stateText = tr("Moved to %1: every student accepted.").arg(when);
    else if (m_state == u"declined")
        m_stateText = tr("A student declined %1: the session keeps its time.").arg(when);
    else if (m_state == u"expired")
        m_stateText = tr("Not every student accepted %1 in time: the session keeps its time.").arg(when);
    Q_EMIT changed();
}

void SessionProposalController::loadSlots()
{
    AppController *app = AppController::instance();
    const auto session = sessionById(m_sessionId);
    if (!app || !session)
        return;
    m_error.clear();
    begin();
    // The students' zones come with the session's details.
    app->session()->send(
        PlatformClient::Method::Get, QStringLiteral("/api/sessions/") + encoded(m_sessionId), {},
        [self = QPointer<SessionProposalController>(this), generation = m_generation, app,
         session = *session](const ApiResponse &detail) {
            if (!self || generation != self->m_generation)
                return;
            self->m_students.clear();
            for (const QJsonValue &value : detail.object().value(QLatin1String("students")).toArray()) {
                const QJsonObject student = value.toObject();
                if (student.value(QLatin1String("enrollment_status")).toString() == u"active")
                    self->m_students.append({ student.value(QLatin1String("name")).toString(),
                                              student.value(QLatin1String("time_zone")).toString() });
            }
            const QDate today = Clock::today(zoneOf(session.timeZone));
            const QString path
                = QStringLiteral("/api/slots?teacher_id=%1&offering_id=%2&from=%3&to=%4")
                      .arg(encoded(session.teacherId), encoded(session.offeringId),
                           today.addDays(1).toString(Qt::ISODate), today.addDays(14).toString(Qt::ISODate));
            app->session()->send(
                PlatformClient::Method::Get, path, {},
                [self, generation, session](const ApiResponse &response) {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_freeSlots.clear();
                    if (!response.ok()) {
                        self->m_error = response.kind == ApiResponse::Kind::NetworkError
                            ? tr("Proposing a new time needs a connection to the platform.")
                            : response.error.message;
                    }
                    const QTimeZone teacherZone = zoneOf(session.timeZone);
                    for (const QJsonValue &value :
                         response.object().value(QLatin1String("slots")).toArray()) {
                        const QString startText = value.toObject().value(QLatin1String("start")).toString();
                        const QDateTime start = instant::parse(startText);
                        if (start == session.start)
                            continue;
                        QStringList zones;
                        for (const auto &[name, zone] : std::as_const(self->m_students)) {
                            const QDateTime local = start.toTimeZone(zoneOf(zone));
                            zones << QStringLiteral("%1 %2").arg(
                                name.section(QLatin1Char(' '), 0, 0),
                                DateText::format(local.time())
                                    + (local.date() != start.toTimeZone(teacherZone).date()
                                           ? QStringLiteral(" (%1)").arg(
                                               QLocale().toString(local, QStringLiteral("ddd")))
                                           : QString()));
                        }
                        const QDateTime local = start.toTimeZone(teacherZone);
                        self->m_freeSlots.append(QVariantMap {
                            { QStringLiteral("start"), startText },
                            { QStringLiteral("day"), DateText::format(local, DateText::Style::WeekdayDate) },
                            { QStringLiteral("time"), DateText::format(local.time()) },
                            { QStringLiteral("zones"), zones.join(QStringLiteral(" · ")) },
                        });
                    }
                    self->end(); // the one begin() covers both requests
                });
        });
}

void SessionProposalController::propose(const QString &start)
{
    AppController *app = AppController::instance();
    if (!app || m_sessionId.isEmpty())
        return;
    m_error.clear();
    begin();
    app->session()->send(PlatformClient::Method::Post,
                         QStringLiteral("/api/sessions/%1/proposals").arg(encoded(m_sessionId)),
                         { { QStringLiteral("start"), start } },
                         [self = QPointer<SessionProposalController>(this),
                          generation = m_generation](const ApiResponse &response) {
                             if (!self || generation != self->m_generation)
                                 return;
                             if (response.ok()) {
                                 self->showProposal(response.object());
                                 if (AccountController *account = AccountController::instance())
                                     account->syncNow(); // an unbooked session moved at once
                             } else {
                                 self->m_error = response.kind == ApiResponse::Kind::NetworkError
                                     ? tr("Proposing a new time needs a connection to the platform.")
                                     : response.error.message;
                             }
                             self->end();
                             Q_EMIT self->proposed(response.ok());
                         });
}

} // namespace companion
