#pragma once

#include "models/video/RoomPolicy.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

namespace companion {

class RoomJoiner;

// One open session room (or one of its breakouts): the session it belongs to, the address
// the window shows, and the policy its page lives under. It fetches a fresh join ticket
// whenever the page must (re)load, because join tokens live ten minutes, and says clearly
// why it cannot when it cannot. The window (qml/room/RoomWindow.qml) asks it everything.
class RoomSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rooms.join() opens rooms")
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString timeText READ timeText CONSTANT)
    Q_PROPERTY(bool breakout READ breakout CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY stateChanged)
    // The address to load: changes with every fresh ticket ("" until the first).
    Q_PROPERTY(QUrl url READ url NOTIFY urlChanged)
    Q_PROPERTY(QString compatScript READ compatScript NOTIFY urlChanged)
    Q_PROPERTY(bool sharingScreen READ sharingScreen NOTIFY sharingChanged)
    // Why screen sharing cannot work here ("" when it can).
    Q_PROPERTY(QString screenShareUnavailable READ screenShareUnavailable CONSTANT)
    // A web notification, a refused link and the like: shown in the room's bar for a while.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // A breakout's pending window request (WebEngineNewWindowRequest), accepted by its view.
    Q_PROPERTY(QObject *newWindowRequest READ newWindowRequest CONSTANT)
public:
    enum class State { Joining, Open, Failed, Ended };
    Q_ENUM(State)
    // WebEngineView's navigation and new-window answers, as ints for QML.
    enum Decision { Stay, OpenInBrowser, Refuse, SessionEnded, RoomWindow };
    Q_ENUM(Decision)

    struct Info
    {
        QString sessionId;
        QString title;
        QString timeText;
        bool opensRoom = false; // the user teaches: open the room before joining
    };
    RoomSession(const Info &info, RoomJoiner *joiner, QObject *parent = nullptr);
    // A breakout of `main`: same policy, its address comes with the window request.
    RoomSession(RoomSession *main, QObject *newWindowRequest, QObject *parent = nullptr);

    QString sessionId() const { return m_info.sessionId; }
    QString title() const { return m_info.title; }
    QString timeText() const { return m_info.timeText; }
    bool breakout() const { return m_breakout; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    bool canRetry() const { return m_canRetry; }
    QUrl url() const { return m_url; }
    QString compatScript() const;
    bool sharingScreen() const { return m_sharing; }
    QString screenShareUnavailable() const;
    QString notice() const { return m_notice; }
    QObject *newWindowRequest() const { return m_newWindowRequest; }
    const RoomPolicy &policy() const { return m_policy; }

    // A fresh ticket, then the page (re)loads: first join, Retry, reload, a crashed renderer.
    Q_INVOKABLE void connectRoom();
    Q_INVOKABLE int navigationFor(const QUrl &url, bool mainFrame);
    Q_INVOKABLE int newWindowFor(const QUrl &url);
    Q_INVOKABLE bool grants(const QUrl &securityOrigin, int feature);
    Q_INVOKABLE bool isScreenCapture(int feature) const { return m_policy.isScreenCapture(feature); }
    // The page ended the session (logout_url, a breakout's window.close()) or the user left.
    Q_INVOKABLE void end();
    Q_INVOKABLE void setSharingScreen(bool sharing);
    Q_INVOKABLE void showNotice(const QString &text);
    // A fresh ticket for the system browser, then this room closes.
    Q_INVOKABLE void openInBrowser();
    // The page loaded something it could not show (network error, HTTP error page).
    Q_INVOKABLE void pageFailed(const QString &reason);

Q_SIGNALS:
    void stateChanged();
    void urlChanged();
    void sharingChanged();
    void noticeChanged();
    // Ended for good: the window closes.
    void ended();
    void openExternally(const QUrl &url);

private:
    void fail(const QString &problem, bool canRetry);

    Info m_info;
    QPointer<RoomJoiner> m_joiner;
    RoomPolicy m_policy;
    bool m_breakout = false;
    State m_state = State::Joining;
    QString m_problem;
    bool m_canRetry = true;
    QUrl m_url;
    bool m_sharing = false;
    QString m_notice;
    QTimer m_noticeTimer;
    QPointer<QObject> m_newWindowRequest;
    quint64 m_attempt = 0;
};

} // namespace companion
