#include "app/gui/room/RoomSession.h"

#include "services/video/RoomJoiner.h"

#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace companion {

Q_LOGGING_CATEGORY(lcRoom, "companion.room")

RoomSession::RoomSession(const Info &info, RoomJoiner *joiner, QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_joiner(joiner)
{
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this]() { showNotice({}); });
}

RoomSession::RoomSession(RoomSession *main, QObject *newWindowRequest, QObject *parent)
    : RoomSession(main->m_info, main->m_joiner, parent)
{
    m_policy = main->m_policy;
    m_breakout = true;
    m_newWindowRequest = newWindowRequest;
    m_state = State::Open;
    m_info.title = tr("%1 · breakout room").arg(main->m_info.title);
}

QString RoomSession::compatScript() const
{
    if (!m_policy.isValid())
        return {};
    QFile file(QStringLiteral(":/companion/room/chromium102-compat.js"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // COMPANION_ROOM_COMPAT=polyfills-only measures what the stylesheet rewrite fixes.
    const bool rewrite = qEnvironmentVariable("COMPANION_ROOM_COMPAT") != u"polyfills-only";
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QLatin1String("{{ORIGIN}}"), m_policy.originText());
    script.replace(QLatin1String("{{REWRITE}}"), rewrite ? QLatin1String("true") : QLatin1String("false"));
    return script;
}

QString RoomSession::screenShareUnavailable() const
{
    // Debian's Qt WebEngine 6.4 is built without PipeWire: no capture on a Wayland session.
    if (QGuiApplication::platformName().startsWith(u"wayland")
        || qEnvironmentVariable("XDG_SESSION_TYPE") == u"wayland")
        return tr("Screen sharing does not work inside Companion on a Wayland session. "
                  "Open the room in your browser to share your screen.");
    return {};
}

void RoomSession::connectRoom()
{
    if (m_breakout || !m_joiner)
        return; // a breakout's address came with its window; it cannot be fetched again
    const quint64 attempt = ++m_attempt;
    m_state = State::Joining;
    m_problem.clear();
    Q_EMIT stateChanged();
    QPointer<RoomSession> self(this);
    m_joiner->join(
        m_info.sessionId, m_info.opensRoom,
        [self, attempt](const RoomJoiner::Ticket *ticket, const RoomJoiner::Failure *failure) {
            if (!self || attempt != self->m_attempt || self->m_state == State::Ended)
                return;
            if (failure) {
                using Kind = RoomJoiner::Failure::Kind;
                switch (failure->kind) {
                case Kind::Network:
                    self->fail(
                        tr("Companion cannot reach the server. Check your connection, then try again."),
                        true);
                    break;
                case Kind::RoomNotActive:
                    self->fail(tr("The room is not open: %1").arg(failure->message), true);
                    break;
                case Kind::NotAllowed:
                    self->fail(tr("You are not allowed in this session's room: %1").arg(failure->message),
                               false);
                    break;
                case Kind::TooEarly:
                case Kind::Ended:
                case Kind::Cancelled:
                case Kind::Other:
                    self->fail(failure->message, failure->kind == Kind::Other);
                    break;
                }
                return;
            }
            const RoomPolicy policy(ticket->joinUrl, ticket->logoutUrl);
            if (!policy.isValid()) {
                self->fail(tr("The server sent a room address Companion cannot open."), false);
                return;
            }
            self->m_policy = policy;
            self->m_url = ticket->joinUrl;
            self->m_state = State::Open;
            qCInfo(lcRoom) << "room ready for session" << self->m_info.sessionId << "at"
                           << policy.originText();
            Q_EMIT self->urlChanged();
            Q_EMIT self->stateChanged();
        });
}

void RoomSession::fail(const QString &problem, bool canRetry)
{
    m_state = State::Failed;
    m_problem = problem;
    m_canRetry = canRetry;
    m_url = QUrl();
    qCInfo(lcRoom) << "room for session" << m_info.sessionId << "failed:" << problem;
    Q_EMIT urlChanged();
    Q_EMIT stateChanged();
}

void RoomSession::pageFailed(const QString &reason)
{
    if (m_state == State::Ended)
        return;
    fail(reason, !m_breakout);
}

int RoomSession::navigationFor(const QUrl &url, bool mainFrame)
{
    switch (m_policy.navigation(url, mainFrame)) {
    case RoomPolicy::Navigation::Stay:
        return Stay;
    case RoomPolicy::Navigation::OpenInBrowser:
        Q_EMIT openExternally(url);
        return OpenInBrowser;
    case RoomPolicy::Navigation::SessionEnded:
        end();
        return SessionEnded;
    case RoomPolicy::Navigation::Refuse:
        break;
    }
    // The scheme only: the rest of such a link may carry anything.
    qCInfo(lcRoom) << "refused a link of scheme" << url.scheme();
    showNotice(
        tr("Companion does not open links of the kind \"%1:\" from a session room.").arg(url.scheme()));
    return Refuse;
}

int RoomSession::newWindowFor(const QUrl &url)
{
    switch (m_policy.newWindow(url)) {
    case RoomPolicy::NewWindow::RoomWindow:
        return RoomWindow;
    case RoomPolicy::NewWindow::OpenInBrowser:
        Q_EMIT openExternally(url);
        return OpenInBrowser;
    case RoomPolicy::NewWindow::Refuse:
        break;
    }
    qCInfo(lcRoom) << "refused a window of scheme" << url.scheme();
    showNotice(
        tr("Companion does not open links of the kind \"%1:\" from a session room.").arg(url.scheme()));
    return Refuse;
}

bool RoomSession::grants(const QUrl &securityOrigin, int feature)
{
    bool granted = m_policy.grants(securityOrigin, feature);
    if (granted && m_policy.isScreenCapture(feature) && !screenShareUnavailable().isEmpty()) {
        granted = false;
        showNotice(screenShareUnavailable());
    }
    qCInfo(lcRoom) << (granted ? "granted" : "denied") << "feature" << feature << "to"
                   << securityOrigin.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    return granted;
}

void RoomSession::end()
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    setSharingScreen(false);
    Q_EMIT stateChanged();
    Q_EMIT ended();
}

void RoomSession::setSharingScreen(bool sharing)
{
    if (m_sharing == sharing)
        return;
    m_sharing = sharing;
    Q_EMIT sharingChanged();
}

void RoomSession::showNotice(const QString &text)
{
    m_notice = text;
    if (!text.isEmpty())
        m_noticeTimer.start();
    Q_EMIT noticeChanged();
}

void RoomSession::openInBrowser()
{
    if (!m_joiner)
        return;
    QPointer<RoomSession> self(this);
    m_joiner->join(m_info.sessionId, m_info.opensRoom,
                   [self](const RoomJoiner::Ticket *ticket, const RoomJoiner::Failure *failure) {
                       if (!self)
                           return;
                       if (failure) {
                           self->showNotice(failure->message);
                           return;
                       }
                       Q_EMIT self->openExternally(ticket->joinUrl);
                       self->end();
                   });
}

} // namespace companion
