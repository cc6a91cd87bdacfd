#pragma once

#include <QDBusMessage>
#include <QObject>

namespace companion {

// Whether the desktop prefers dark: the freedesktop settings portal's
// org.freedesktop.appearance color-scheme (1 dark, 2 light), followed live through
// SettingChanged. Qt 6.4 has no QStyleHints::colorScheme yet. Without a portal, the
// palette's window colour decides.
class SystemColorScheme : public QObject
{
    Q_OBJECT
public:
    explicit SystemColorScheme(QObject *parent = nullptr);

    bool dark() const { return m_dark; }

Q_SIGNALS:
    void darkChanged();

private Q_SLOTS:
    // (namespace, key, value); a QDBusMessage slot, as QtDBus does not match a QDBusVariant
    // parameter here.
    void onSettingChanged(const QDBusMessage &message);

private:
    void setFromPortal(const QVariant &value);
    void setDark(bool dark);

    bool m_dark = false;
};

} // namespace companion
