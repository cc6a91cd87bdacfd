#include "CalendarExporter.h"

#include "AccountController.h"
#include "AppController.h"
#include "ical/GoogleCalendarLink.h"
#include "ical/SessionCalendar.h"
#include "ical/SessionEvent.h"
#include "models/time/Clock.h"
#include "services/auth/AuthSession.h"
#include "services/net/PlatformClient.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>

namespace companion {

namespace {

struct Context
{
    const QList<Session> *sessions = nullptr;
    User me;
    QUrl platform;
};

// What an export needs from the signed-in account; nullopt when nobody is signed in.
std::optional<Context> accountContext()
{
    AccountController *account = AccountController::instance();
    AppController *app = AppController::instance();
    if (!account || !app || !account->ready())
        return std::nullopt;
    return Context { &account->allSessions(), app->session()->user(), app->session()->client()->baseUrl() };
}

std::optional<Session> sessionById(const Context &context, const QString &id)
{
    for (const Session &session : *context.sessions) {
        if (session.id == id)
            return session;
    }
    return std::nullopt;
}

// "" reads as "no bound"; anything else must be a date.
bool readDay(const QString &text, QDate *day)
{
    *day = text.trimmed().isEmpty() ? QDate() : QDate::fromString(text.trimmed(), Qt::ISODate);
    return text.trimmed().isEmpty() || day->isValid();
}

// A file name from a title: lower case letters and digits joined by dashes.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60).isEmpty() ? QStringLiteral("session") : out.left(60);
}

} // namespace

CalendarExporter::CalendarExporter(QObject *parent)
    : QObject(parent)
{
    // The count follows the sessions a sync brings while the dialog is open.
    if (AccountController *account = AccountController::instance()) {
        connect(account, &AccountController::sessionsChanged, this, &CalendarExporter::recount);
        connect(account, &AccountController::readyChanged, this, &CalendarExporter::recount);
    }
    connect(this, &CalendarExporter::selectionChanged, this, &CalendarExporter::recount);
    recount();
}

void CalendarExporter::setFrom(const QString &day)
{
    if (m_from != day) {
        m_from = day;
        Q_EMIT selectionChanged();
    }
}

void CalendarExporter::setTo(const QString &day)
{
    if (m_to != day) {
        m_to = day;
        Q_EMIT selectionChanged();
    }
}

void CalendarExporter::setIncludeCancelled(bool include)
{
    if (m_includeCancelled != include) {
        m_includeCancelled = include;
        Q_EMIT selectionChanged();
    }
}

void CalendarExporter::setOnlyMine(bool only)
{
    if (m_onlyMine != only) {
        m_onlyMine = only;
        Q_EMIT selectionChanged();
    }
}

std::optional<ical::SessionCalendar::Selection> CalendarExporter::selection(QString *problem) const
{
    ical::SessionCalendar::Selection selection;
    if (!accountContext()) {
        *problem = tr("Sign in to export your sessions.");
        return std::nullopt;
    }
    if (!readDay(m_from, &selection.from) || !readDay(m_to, &selection.to)) {
        *problem = tr("Enter the days as YYYY-MM-DD, for example 2026-12-01.");
        return std::nullopt;
    }
    if (selection.from.isValid() && selection.to.isValid() && selection.from > selection.to) {
        *problem = tr("The first day is after the last day.");
        return std::nullopt;
    }
    selection.includeCancelled = m_includeCancelled;
    selection.onlyMine = m_onlyMine;
    return selection;
}

std::optional<QList<Session>> CalendarExporter::chosen(QString *problem) const
{
    const auto selected = selection(problem);
    const auto context = accountContext();
    if (!selected || !context)
        return std::nullopt;
    return ical::SessionCalendar::select(*context->sessions, *selected, context->me.id, context->me.timeZone);
}

void CalendarExporter::recount()
{
    QString problem;
    const auto selected = selection(&problem);
    const auto context = accountContext();
    const int count = selected && context ? int(ical::SessionCalendar::count(
                          *context->sessions, *selected, context->me.id, context->me.timeZone))
                                          : -1;
    if (count != m_count) {
        m_count = count;
        Q_EMIT countChanged();
    }
}

void CalendarExporter::clearMessage()
{
    m_message.clear();
    m_failed = false;
    Q_EMIT changed();
}

void CalendarExporter::exportTo(const QUrl &file)
{
    QString problem;
    const auto sessions = chosen(&problem);
    const auto context = accountContext();
    if (!sessions || !context)
        return finish(false, problem, {});
    // Chosen here, from the sessions shown; written off the UI thread.
    writeInBackground(*sessions, context->me, context->platform, file);
}

void CalendarExporter::exportSession(const QString &sessionId, const QUrl &file)
{
    const auto context = accountContext();
    const auto session = context ? sessionById(*context, sessionId) : std::nullopt;
    if (!session)
        return finish(false, tr("This session is not in your calendar any more."), {});
    writeInBackground({ *session }, context->me, context->platform, file);
}

void CalendarExporter::writeInBackground(const QList<Session> &sessions, const User &owner,
                                         const QUrl &platform, const QUrl &file)
{
    m_busy = true;
    Q_EMIT changed();
    QThreadPool::globalInstance()->start([self = QPointer<CalendarExporter>(this), sessions, owner, platform,
                                          file] {
        const QByteArray ics = ical::SessionCalendar::write(sessions, { owner.name, owner.timeZone },
                                                            platform, Clock::nowUtc());
        const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
        // QSaveFile: all or nothing, an interrupted write leaves an older file as it was.
        QSaveFile out(path);
        const bool ok = out.open(QIODevice::WriteOnly) && out.write(ics) == ics.size() && out.commit();
        const QString error = ok ? QString() : out.errorString();
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, error, path, count = int(sessions.size())] {
                if (!self)
                    return;
                if (!ok)
                    return self->finish(false, tr("Could not write %1: %2").arg(path, error), {});
                const QString name = QFileInfo(path).fileName();
                self->finish(true, tr("Exported %n session(s) to %1", nullptr, int(count)).arg(name), path);
            },
            Qt::QueuedConnection);
    });
}

void CalendarExporter::finish(bool ok, const QString &message, const QString &file)
{
    m_busy = false;
    m_failed = !ok;
    m_message = message;
    if (ok)
        m_lastFile = file;
    Q_EMIT changed();
    Q_EMIT finished(ok);
}

QString CalendarExporter::dayFromToday(int days) const
{
    const auto context = accountContext();
    const QTimeZone zone(context ? context->me.timeZone.toUtf8() : QByteArray());
    return Clock::today(zone).addDays(days).toString(Qt::ISODate);
}

QString CalendarExporter::suggestedFileName(const QString &from, const QString &to) const
{
    QDate first, last;
    readDay(from, &first);
    readDay(to, &last);
    if (first.isValid() && last.isValid())
        return QStringLiteral("companion-sessions-%1-to-%2.ics")
            .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    return QStringLiteral("companion-sessions.ics");
}

QString CalendarExporter::sessionFileName(const QString &sessionId) const
{
    const auto context = accountContext();
    const auto session = context ? sessionById(*context, sessionId) : std::nullopt;
    if (!session)
        return QStringLiteral("session.ics");
    const QTimeZone zone(session->timeZone.toUtf8());
    const QDate day = session->start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    return slug(session->courseTitle) + QLatin1Char('-') + day.toString(Qt::ISODate) + QStringLiteral(".ics");
}

QString CalendarExporter::googleCalendarLink(const QString &sessionId) const
{
    const auto context = accountContext();
    const auto session = context ? sessionById(*context, sessionId) : std::nullopt;
    if (!session)
        return {};
    return ical::GoogleCalendarLink::forEvent(ical::SessionEvent::from(*session, context->platform))
        .toString(QUrl::FullyEncoded);
}

void CalendarExporter::openGoogleCalendar(const QString &sessionId)
{
    const QString link = googleCalendarLink(sessionId);
    if (link.isEmpty())
        return finish(false, tr("This session is not in your calendar any more."), {});
    m_lastOpenedUrl = link;
    Q_EMIT changed();
    if (!QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode)))
        finish(false, tr("Could not open a web browser."), {});
}

} // namespace companion
