#pragma once

#include "app/gui/desktop/DeepLink.h"
#include "services/auth/AuthSession.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace companion {

class AppContext;

// The QML singleton `App`: what the shell needs from the composition root
// (the session, the server, navigation and theme state).
// Where the calendar page opens (--calendar-view, --calendar-date, --calendar-zone);
// empty parts mean the defaults (week, today, the teacher's zone).
struct CalendarStart
{
    QString view;
    QDate date;
    QString zone;
};

class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(companion::AuthSession *session READ session CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverChanged)
    // The sign-in page asks for the platform's address: none yet (first run), or the person
    // chose to change it.
    Q_PROPERTY(bool askingServer READ askingServer NOTIFY serverChanged)
    Q_PROPERTY(bool checkingServer READ checkingServer NOTIFY serverCheckChanged)
    Q_PROPERTY(QString serverError READ serverError NOTIFY serverCheckChanged)
    // The platform's own pages, when it names them (GET /api/health "links").
    Q_PROPERTY(QString signUpUrl READ signUpUrl NOTIFY serverChanged)
    Q_PROPERTY(QString resetPasswordUrl READ resetPasswordUrl NOTIFY serverChanged)
    Q_PROPERTY(QString profileDirectory READ profileDirectory CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    // Position of currentPage in pageNames(), for StackLayout.
    Q_PROPERTY(int currentPageIndex READ currentPageIndex NOTIFY currentPageChanged)
    // The pages in the rail's order (the window's Ctrl+1…Ctrl+7).
    Q_PROPERTY(QStringList pageNames READ pageNames CONSTANT)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
public:
    explicit AppController(AppContext *context, QObject *parent = nullptr);
    ~AppController() override;

    // The instance main() made; QML gets it through create().
    static void setInstance(AppController *instance);
    static AppController *create(QQmlEngine *, QJSEngine *);
    // The instance main() made (nullptr before), for C++ controllers created in QML.
    static AppController *instance();

    AuthSession *session() const;
    QString serverUrl() const;
    bool askingServer() const;
    bool checkingServer() const { return m_checkingServer; }
    QString serverError() const { return m_serverError; }
    QString signUpUrl() const { return m_signUpUrl; }
    QString resetPasswordUrl() const { return m_resetPasswordUrl; }
    // Checks that a Companion platform answers at `address` (GET /api/health) and, when one
    // does, signs in there from now on (remembered with the first successful sign-in).
    Q_INVOKABLE void chooseServer(const QString &address);
    // Back to the address step (signed out only).
    Q_INVOKABLE void changeServer();
    QString profileDirectory() const;
    QString version() const;
    QString currentPage() const { return m_currentPage; }
    void setCurrentPage(const QString &page);
    int currentPageIndex() const { return int(pageNames().indexOf(m_currentPage)); }
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);

    // A companion:// link from the desktop, the browser, a second launch or a notification:
    // brings the window up and goes where it says. False (and nothing happens) for anything
    // but a known link.
    Q_INVOKABLE bool openLink(const QString &url);
    void open(const DeepLink &link);
    Q_INVOKABLE void raiseWindow() { Q_EMIT raiseRequested(); }

    static QStringList pageNames();
    CalendarStart calendarStart() const { return m_calendarStart; }
    void setCalendarStart(const CalendarStart &start) { m_calendarStart = start; }

Q_SIGNALS:
    void currentPageChanged();
    void darkThemeChanged();
    void raiseRequested();
    void serverChanged();
    void serverCheckChanged();
    // The session's details (Join among them when `join`), wherever they are shown.
    void sessionRequested(const QString &sessionId, bool join);
    // Back from Stripe onboarding: `refresh` when the link had expired and needs a new one.
    void payoutsRequested(bool refresh);

private:
    AppContext *m_context;
    QString m_currentPage = QStringLiteral("home");
    bool m_darkTheme = false;
    CalendarStart m_calendarStart;
    bool m_changingServer = false;
    bool m_checkingServer = false;
    QString m_serverError;
    QString m_signUpUrl;
    QString m_resetPasswordUrl;
    quint64 m_serverChecks = 0; // answers to older checks are dropped

    void learnLinks(const QJsonObject &health);
};

} // namespace companion
