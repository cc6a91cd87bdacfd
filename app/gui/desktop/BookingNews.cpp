#include "app/gui/desktop/BookingNews.h"

#include "app/gui/desktop/DesktopNotifier.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

namespace companion {

namespace {
const QString tagPrefix = QStringLiteral("news:");

bool upcomingOwn(const Session &session, const QString &userId, qint64 nowMs)
{
    return session.teacherId == userId && session.start.toMSecsSinceEpoch() > nowMs;
}

QString when(const Session &session)
{
    const QTimeZone zone(session.timeZone.toUtf8());
    const QDateTime start = session.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return DateText::format(start, DateText::Style::WeekdayDateTime);
}
} // namespace

BookingNews::BookingNews(DesktopNotifier *notifier, QString settingsPath, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_settingsPath(std::move(settingsPath))
{
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](const QString &tag, const QString &) {
        // The "N more changes" bubble has no session: it only brings the window up.
        if (tag.startsWith(tagPrefix))
            Q_EMIT openRequested(tag.size() > tagPrefix.size() ? DeepLink::session(tag.mid(tagPrefix.size()))
                                                               : DeepLink {});
    });
}

void BookingNews::setAccount(const QString &userId)
{
    m_userId = userId;
}

QString BookingNews::key() const
{
    return QStringLiteral("news/%1").arg(m_userId);
}

QJsonObject BookingNews::picture(const QList<Session> &sessions, const QString &userId, qint64 nowMs)
{
    QJsonObject picture;
    for (const Session &session : sessions) {
        if (upcomingOwn(session, userId, nowMs))
            picture.insert(
                session.id,
                QJsonObject { { QStringLiteral("status"), Session::statusToString(session.status) },
                              { QStringLiteral("booked"), session.bookedSeats } });
    }
    return picture;
}

QList<BookingNews::Change> BookingNews::changes(const QJsonObject &before, const QList<Session> &sessions,
                                                const QString &userId, qint64 nowMs)
{
    QList<Change> changes;
    const QString cancelled = Session::statusToString(Session::Status::Cancelled);
    for (const Session &session : sessions) {
        if (!upcomingOwn(session, userId, nowMs))
            continue;
        const QJsonObject was = before.value(session.id).toObject();
        const bool known = !was.isEmpty();
        const bool wasCancelled = was.value(QStringLiteral("status")).toString() == cancelled;
        if (session.status == Session::Status::Cancelled) {
            if (known && !wasCancelled)
                changes.append({ Change::Kind::Cancelled, session, 0 });
            continue;
        }
        const int newSeats = session.bookedSeats - (known ? was.value(QStringLiteral("booked")).toInt() : 0);
        if (newSeats > 0)
            changes.append({ Change::Kind::Booked, session, newSeats });
    }
    std::sort(changes.begin(), changes.end(),
              [](const Change &a, const Change &b) { return a.session.start < b.session.start; });
    return changes;
}

void BookingNews::synced(const QList<Session> &sessions)
{
    if (m_userId.isEmpty())
        return;
    const qint64 now = Clock::nowMs();
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    const QByteArray stored = settings.value(key()).toByteArray();
    settings.setValue(key(), QJsonDocument(picture(sessions, m_userId, now)).toJson(QJsonDocument::Compact));
    if (stored.isEmpty())
        return; // the first sync of this account here: only the picture
    announce(changes(QJsonDocument::fromJson(stored).object(), sessions, m_userId, now));
}

void BookingNews::announce(const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    const int shown = changes.size() > maxBubbles ? maxBubbles - 1 : int(changes.size());
    for (int i = 0; i < shown; ++i) {
        const Change &change = changes.at(i);
        const Session &session = change.session;
        const bool booked = change.kind == Change::Kind::Booked;
        const QString summary = booked ? tr("New booking: %1").arg(session.courseTitle)
                                       : tr("Cancelled: %1").arg(session.courseTitle);
        const QString body = booked
            ? tr("%1 · %2 of %3 seats booked").arg(when(session)).arg(session.bookedSeats).arg(session.seats)
            : tr("%1 · the session will not take place").arg(when(session));
        m_notifier->show(
            { tagPrefix + session.id, summary, body, { { QStringLiteral("default"), tr("Open") } } });
    }
    if (shown < changes.size()) {
        const int rest = int(changes.size()) - shown;
        m_notifier->show({ tagPrefix,
                           tr("%n more change(s) to your sessions", nullptr, rest),
                           tr("Open Companion to see them."),
                           { { QStringLiteral("default"), tr("Open") } } });
    }
    Q_EMIT announced(int(changes.size()));
}

} // namespace companion
