#include "app/gui/settings/ViewSettings.h"

#include "app/gui/desktop/SystemColorScheme.h"

#include <QJSEngine>
#include <QPointer>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

namespace companion {

namespace {
QPointer<ViewSettings> s_instance;
const QString themeKey = QStringLiteral("view/theme");
const QString zoneKey = QStringLiteral("view/zone");
const QString joinKey = QStringLiteral("view/join_window_minutes");
const QStringList themes { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
} // namespace

ViewSettings::ViewSettings(QString settingsPath, SystemColorScheme *system, QObject *parent)
    : QObject(parent)
    , m_settingsPath(std::move(settingsPath))
    , m_system(system)
{
    m_lastDark = dark();
    auto notifyDark = [this] {
        if (dark() != m_lastDark) {
            m_lastDark = dark();
            Q_EMIT darkChanged();
        }
    };
    connect(this, &ViewSettings::changed, this, notifyDark);
    if (m_system)
        connect(m_system, &SystemColorScheme::darkChanged, this, notifyDark);
}

void ViewSettings::setInstance(ViewSettings *instance)
{
    s_instance = instance;
}

ViewSettings *ViewSettings::instance()
{
    return s_instance;
}

ViewSettings *ViewSettings::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString ViewSettings::theme() const
{
    const QString theme = QSettings(m_settingsPath, QSettings::IniFormat).value(themeKey).toString();
    return themes.contains(theme) ? theme : QStringLiteral("system");
}

void ViewSettings::setTheme(const QString &theme)
{
    if (!themes.contains(theme) || theme == this->theme())
        return;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(themeKey, theme);
    Q_EMIT changed();
}

bool ViewSettings::dark() const
{
    const QString chosen = theme();
    if (chosen == QLatin1String("system"))
        return m_system && m_system->dark();
    return chosen == QLatin1String("dark");
}

QString ViewSettings::viewZone() const
{
    return QSettings(m_settingsPath, QSettings::IniFormat).value(zoneKey).toString();
}

void ViewSettings::setViewZone(const QString &zone)
{
    const QString trimmed = zone.trimmed();
    // Only names of the tz database: no paths, no POSIX rules, no "UTC+3".
    if (!trimmed.isEmpty() && !QTimeZone::availableTimeZoneIds().contains(trimmed.toUtf8())) {
        m_error = tr("\"%1\" is not a time zone this computer knows.").arg(trimmed);
        Q_EMIT changed();
        return;
    }
    m_error.clear();
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(zoneKey, trimmed);
    Q_EMIT changed();
}

int ViewSettings::joinWindowMinutes() const
{
    return QSettings(m_settingsPath, QSettings::IniFormat).value(joinKey, defaultJoinWindowMinutes).toInt();
}

void ViewSettings::setJoinWindowMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 60);
    if (minutes == joinWindowMinutes())
        return;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(joinKey, minutes);
    Q_EMIT changed();
}

QStringList ViewSettings::zoneLabels() const
{
    QStringList labels = zones();
    labels.first() = tr("My teaching zone");
    return labels;
}

QStringList ViewSettings::zones() const
{
    QStringList zones { QString() };
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Region/City names only: the list people pick from.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            zones << QString::fromUtf8(id);
    }
    return zones;
}

} // namespace companion
