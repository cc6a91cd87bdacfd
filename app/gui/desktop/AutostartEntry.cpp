#include "app/gui/desktop/AutostartEntry.h"

#include "app/gui/desktop/DesktopEntryId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace companion {

namespace {
// Desktop Entry "Exec" quoting: arguments with reserved characters go in double quotes,
// with ", `, $ and \ escaped.
QString quoted(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    if (!argument.isEmpty()
        && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString escaped = argument;
    for (const QChar c : { QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$') })
        escaped.replace(c, QStringLiteral("\\") + c);
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

AutostartEntry::AutostartEntry(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

QString AutostartEntry::path() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/%1.desktop").arg(desktopEntryId()));
}

bool AutostartEntry::exists() const
{
    return QFileInfo::exists(path());
}

QString AutostartEntry::contents() const
{
    QStringList exec { quoted(QCoreApplication::applicationFilePath()) };
    for (const QString &argument : m_arguments)
        exec << quoted(argument);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Companion\n"
                          "Comment=Reminders for your sessions\n"
                          "Icon=%1\n"
                          "Exec=%2\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopEntryId(), exec.join(QLatin1Char(' ')));
}

QString AutostartEntry::setEnabled(bool enabled) const
{
    if (!enabled) {
        if (exists() && !QFile::remove(path()))
            return QCoreApplication::translate("AutostartEntry", "Could not remove %1.").arg(path());
        return {};
    }
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(contents().toUtf8()) < 0
        || !file.commit())
        return QCoreApplication::translate("AutostartEntry", "Could not write %1: %2")
            .arg(path(), file.errorString());
    return {};
}

} // namespace companion
