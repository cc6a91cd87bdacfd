#pragma once

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace companion {

class SystemColorScheme;

// The QML singleton `ViewSettings`: how the window shows things, per profile (its settings
// file): the theme (follow the system, light or dark), the time zone times are shown in
// (empty: your teaching zone) and how early Join opens before a session.
class ViewSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    Q_PROPERTY(QString viewZone READ viewZone WRITE setViewZone NOTIFY changed)
    Q_PROPERTY(int joinWindowMinutes READ joinWindowMinutes WRITE setJoinWindowMinutes NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    static constexpr int defaultJoinWindowMinutes = 10;

    ViewSettings(QString settingsPath, SystemColorScheme *system, QObject *parent = nullptr);

    static void setInstance(ViewSettings *instance);
    static ViewSettings *instance();
    static ViewSettings *create(QQmlEngine *, QJSEngine *);

    // system | light | dark
    QString theme() const;
    void setTheme(const QString &theme);
    // The theme as shown now: "system" follows the desktop's colour scheme.
    bool dark() const;
    QString viewZone() const;
    // An IANA zone of this system's tz database, or empty; anything else is refused (error).
    void setViewZone(const QString &zone);
    int joinWindowMinutes() const;
    void setJoinWindowMinutes(int minutes);
    QString error() const { return m_error; }

    // The zones offered for viewing, "" (your teaching zone) first, and their labels.
    Q_INVOKABLE QStringList zones() const;
    Q_INVOKABLE QStringList zoneLabels() const;

Q_SIGNALS:
    void changed();
    void darkChanged();

private:
    QString m_settingsPath;
    SystemColorScheme *m_system;
    QString m_error;
    bool m_lastDark = false;
};

} // namespace companion
