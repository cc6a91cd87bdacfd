#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace companion {

// The window's log: `companion.log` in a folder of the XDG state directory, at most
// `maxBytes` long, the older text kept in `.1` … `.keep` (the oldest dropped). Lines are
// appended with one write each (the OS caches them; nothing waits for the disk).
class RotatingLogFile
{
public:
    RotatingLogFile(QString directory, qint64 maxBytes = 1024 * 1024, int keep = 3);

    // $XDG_STATE_HOME/companion (default ~/.local/state/companion).
    static QString defaultDirectory();

    QString path() const;
    // Thread-safe: Qt logs from any thread.
    void append(const QString &line);

private:
    void rotate();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keep;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace companion
