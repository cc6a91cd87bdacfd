#pragma once

#include <QString>
#include <QStringList>

namespace companion {

// "Start at login": an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop)
// that launches this program with this profile.
class AutostartEntry
{
public:
    // `arguments`: what the login launch passes (e.g. --profile DIR for a non-default profile).
    explicit AutostartEntry(QStringList arguments = {});

    QString path() const;
    bool exists() const;
    // Writes or removes the entry; returns an error message or empty.
    QString setEnabled(bool enabled) const;
    // The entry's text (Exec quoted as the Desktop Entry spec wants).
    QString contents() const;

private:
    QStringList m_arguments;
};

} // namespace companion
