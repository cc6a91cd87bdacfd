// The whole window (Main.qml) as a screen reader sees it: for the sign-in page and, signed
// in as the demo creator and as an S-T, for every page and the dialogs a session, the
// weekly hours and the outbox open, the accessibility tree is walked through QAccessible
// and every visible interactive item must have a name. A second walk over the Qt Quick
// items catches what the first cannot see: a custom item that takes keyboard focus but
// has no accessible role at all, which the tree leaves out.
#include "../server/DemoWorld.h"
#include "../server/ServerProcess.h"
#include "app/AppContext.h"
#include "app/gui/QmlPlugins.h"
#include "app/gui/desktop/DesktopSettings.h"
#include "app/gui/desktop/NextSessionStatus.h"
#include "app/gui/room/RoomLauncher.h"
#include "app/gui/settings/LanguageSettings.h"
#include "app/gui/settings/ViewSettings.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/itemmodels/SessionListModel.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;

namespace {

// Roles a person acts on; any other role (a ListItem, a card) counts when it takes focus or
// can be pressed.
bool isInteractive(QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    case QAccessible::ScrollBar: // named by what it scrolls; screen readers announce its position
    case QAccessible::StaticText: // read as it is, not acted on
    case QAccessible::Heading:
        return false;
    default: { // a list item, a card: interactive when it takes focus or can be clicked
        if (iface->state().focusable)
            return true;
        const auto *item = qobject_cast<const QQuickItem *>(iface->object());
        return item && (item->activeFocusOnTab() || item->metaObject()->indexOfSignal("clicked()") >= 0);
    }
    }
}

// Qt 6.4's Accessible attached object returns no name for a password field, whatever QML sets
// (QQuickAccessibleAttached::name() checks passwordEdit); its description has to say what it is.
bool isDescribedPasswordField(QAccessibleInterface *iface)
{
    return iface->role() == QAccessible::EditableText && iface->state().passwordEdit
        && !iface->text(QAccessible::Description).trimmed().isEmpty();
}

// A ComboBox shows its value in a text field of its own, which screen readers present as part
// of the combo box and announce by the combo box's name.
bool isPartOfNamedComboBox(QAccessibleInterface *iface)
{
    QAccessibleInterface *parent = iface->parent();
    return iface->role() == QAccessible::EditableText && parent && parent->role() == QAccessible::ComboBox
        && !parent->text(QAccessible::Name).trimmed().isEmpty();
}

QString roleName(QAccessible::Role role)
{
    const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
    const char *key = roles.valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role, 16);
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString where;
    for (QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            where = o->objectName();
            break;
        }
    }
    return QStringLiteral("%1 %2 (in %3)")
        .arg(roleName(iface->role()))
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             where.isEmpty() ? QStringLiteral("?") : where);
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInPage();
    void creatorPages();
    void studentTeacherPages();

private:
    void signIn(const QString &email);
    void signOut();
    void walkEveryPage(const QString &who);
    // Walks the accessibility tree and the item tree; returns what is unnamed.
    QStringList audit(const QString &where);
    void walk(QAccessibleInterface *iface, int depth, QStringList *unnamed, int *named);
    void walkItems(QQuickItem *item, QStringList *unnamed);
    void settle(int ms = 600);
    QObject *find(const QString &objectName) const;

    test::ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<DesktopSettings> m_desktopSettings;
    std::unique_ptr<NextSessionStatus> m_nextSession;
    std::unique_ptr<ViewSettings> m_viewSettings;
    std::unique_ptr<LanguageSettings> m_language;
    std::unique_ptr<RoomLauncher> m_rooms;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

void TstAccessibility::initTestCase()
{
    // Qt Quick fills in a control's accessible role and name (a button's text, a field's
    // placeholder as description) only while QAccessible::isActive(), which asks the platform's
    // accessibility bridge. Offscreen there is no bridge: isActive() stays false, and
    // QAccessible::setActive(true) then half-works (the controls create their Accessible
    // attached objects but cannot set names, leaving every text button unnamed). So this test
    // runs as a screen reader session does: on Xvfb with the AT-SPI bridge switched on
    // (run_with_atspi.sh). The bridge connects asynchronously; wait for it before the window
    // exists, so every item is made with accessibility on, as it is for a screen reader user.
    QVERIFY2(QTest::qWaitFor([] { return QAccessible::isActive(); }, 10000),
             "Qt's accessibility bridge did not turn on: run through tests/qml/run_with_atspi.sh "
             "(xcb, org.a11y.Bus, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)");

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QStringList args = test::demoWorldArguments()
        + QStringList { QStringLiteral("--port"), QString::number(probe.serverPort()) };
    Clock::startAt(*instant::parseMs(test::kDemoNow));
    probe.close();
    QVERIFY2(m_server.start(args), qPrintable(m_server.errorString()));

    AppOptions options;
    options.profileDirectory = m_profile.path();
    options.serverUrl = m_server.baseUrl();
    QString error;
    m_context = AppContext::create(options, &error);
    QVERIFY2(m_context, qPrintable(error));
    m_controller = std::make_unique<AppController>(m_context.get());
    AppController::setInstance(m_controller.get());
    m_account = std::make_unique<AccountController>(m_context.get());
    AccountController::setInstance(m_account.get());
    m_desktopSettings
        = std::make_unique<DesktopSettings>(m_context->profile()->settingsPath(), AutostartEntry());
    DesktopSettings::setInstance(m_desktopSettings.get());
    m_nextSession = std::make_unique<NextSessionStatus>(nullptr);
    NextSessionStatus::setInstance(m_nextSession.get());
    m_viewSettings = std::make_unique<ViewSettings>(m_context->profile()->settingsPath(), nullptr);
    ViewSettings::setInstance(m_viewSettings.get());
    m_language = std::make_unique<LanguageSettings>(m_context->profile()->settingsPath());
    LanguageSettings::setInstance(m_language.get());
    m_rooms = std::make_unique<RoomLauncher>(m_context.get());
    RoomLauncher::setInstance(m_rooms.get());

    QQuickStyle::setStyle(QStringLiteral("Material"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->load(QUrl(QStringLiteral("qrc:/Companion/Shell/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->resize(1024, 640);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window);
    QVERIFY2(root, "no accessible interface for the window");
    QCOMPARE(root->role(), QAccessible::Window);
    QVERIFY2(root->childCount() > 0, "the window's accessibility tree is empty");
}

void TstAccessibility::cleanupTestCase()
{
    if (m_context && m_context->session()->state() != AuthSession::State::SignedOut)
        signOut();
    m_engine.reset();
    m_server.stop();
}

void TstAccessibility::settle(int ms)
{
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

QObject *TstAccessibility::find(const QString &objectName) const
{
    return m_window->findChild<QObject *>(objectName);
}

void TstAccessibility::walk(QAccessibleInterface *iface, int depth, QStringList *unnamed, int *named)
{
    if (!iface || !iface->isValid() || depth > 200)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return; // nor its children: a hidden page, a closed dialog
    if (isInteractive(iface)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty() && !isPartOfNamedComboBox(iface) && !isDescribedPasswordField(iface))
            unnamed->append(describe(iface));
        else {
            ++*named;
            if (qEnvironmentVariableIsSet("COMPANION_A11Y_VERBOSE")) // every named item, to read the tree
                qInfo().noquote() << "   " << describe(iface) << "=" << name;
        }
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), depth + 1, unnamed, named);
}

void TstAccessibility::walkItems(QQuickItem *item, QStringList *unnamed)
{
    if (!item || !item->isVisible())
        return;
    if (item->activeFocusOnTab() && item->isEnabled()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        const bool hasRole
            = iface && iface->role() != QAccessible::NoRole && iface->role() != QAccessible::Client;
        if (!hasRole
            || (iface->text(QAccessible::Name).trimmed().isEmpty() && !isPartOfNamedComboBox(iface)
                && !isDescribedPasswordField(iface)))
            unnamed->append(QStringLiteral("focusable %1 without %2 (%3)")
                                .arg(QString::fromLatin1(item->metaObject()->className()),
                                     hasRole ? QStringLiteral("a name") : QStringLiteral("a role"),
                                     item->objectName().isEmpty()
                                         ? (item->parentItem() ? item->parentItem()->objectName() : QString())
                                         : item->objectName()));
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walkItems(child, unnamed);
}

QStringList TstAccessibility::audit(const QString &where)
{
    QStringList unnamed;
    int named = 0;
    walk(QAccessible::queryAccessibleInterface(m_window), 0, &unnamed, &named);
    walkItems(m_window->contentItem(), &unnamed);
    unnamed.removeDuplicates();
    qInfo().noquote() << where << ":" << named << "named interactive items," << unnamed.size() << "unnamed";
    for (const QString &item : std::as_const(unnamed))
        qInfo().noquote() << "   unnamed:" << item;
    if (named == 0)
        unnamed.append(QStringLiteral("nothing interactive found at all: is the tree populated?"));
    return unnamed.isEmpty() ? QStringList()
                             : QStringList { where + QStringLiteral(": ") + unnamed.join(u"; ") };
}

void TstAccessibility::signIn(const QString &email)
{
    m_context->session()->signIn(email, QStringLiteral("demo1234"));
    QTRY_VERIFY_WITH_TIMEOUT(m_account->ready(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->settled(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->sessions()->rowCount() > 0, 15000);
}

void TstAccessibility::signOut()
{
    m_context->session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(m_context->session()->state(), AuthSession::State::SignedOut, 15000);
    settle(300);
}

void TstAccessibility::walkEveryPage(const QString &who)
{
    QStringList failures;
    for (const QString &page : AppController::pageNames()) {
        m_controller->setCurrentPage(page);
        settle();
        failures += audit(who + QLatin1Char('/') + page);
    }

    // The calendar's views, each with its own controls.
    m_controller->setCurrentPage(QStringLiteral("calendar"));
    QObject *calendarPage = find(QStringLiteral("calendarPage"));
    QVERIFY(calendarPage);
    auto *navigator
        = calendarPage->property("controller").value<QObject *>()->property("navigator").value<QObject *>();
    QVERIFY(navigator);
    for (const char *view : { "month", "agenda", "editor", "preview" }) {
        navigator->setProperty("view", QString::fromLatin1(view));
        settle();
        failures += audit(who + QStringLiteral("/calendar/") + QLatin1String(view));
    }

    // Dialogs: the weekly-hours rule (still in the editor), a session's details, the outbox.
    QObject *ruleDialog = find(QStringLiteral("ruleDialog"));
    QVERIFY(ruleDialog);
    QVERIFY(QMetaObject::invokeMethod(ruleDialog, "open", Q_ARG(QVariant, -1), Q_ARG(QVariant, 0),
                                      Q_ARG(QVariant, 9 * 60), Q_ARG(QVariant, 12 * 60)));
    settle();
    failures += audit(who + QStringLiteral("/rule dialog"));
    QMetaObject::invokeMethod(ruleDialog, "close");
    navigator->setProperty("view", QStringLiteral("week"));

    const QString sessionId = m_account->sessions()->index(0, 0).data(SessionListModel::IdRole).toString();
    QVERIFY(m_controller->openLink(QStringLiteral("companion://session/") + sessionId));
    QObject *details = m_window->property("linkedSessionDetails").value<QObject *>();
    QVERIFY(details);
    QTRY_VERIFY(details->property("visible").toBool());
    settle();
    failures += audit(who + QStringLiteral("/session details"));
    QMetaObject::invokeMethod(details, "close");

    QObject *outbox = find(QStringLiteral("outboxDialog"));
    QVERIFY(outbox);
    QMetaObject::invokeMethod(outbox, "open");
    settle();
    failures += audit(who + QStringLiteral("/outbox dialog"));
    QMetaObject::invokeMethod(outbox, "close");
    settle(300);

    m_controller->setCurrentPage(QStringLiteral("home"));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TstAccessibility::signInPage()
{
    settle();
    const QStringList failures = audit(QStringLiteral("signed out/sign-in"));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TstAccessibility::creatorPages()
{
    signIn(QStringLiteral("creator@demo.test"));
    walkEveryPage(QStringLiteral("creator"));
    signOut();
}

void TstAccessibility::studentTeacherPages()
{
    signIn(QStringLiteral("st1@demo.test"));
    walkEveryPage(QStringLiteral("st1"));
    signOut();
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
