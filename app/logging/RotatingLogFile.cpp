#include "app/logging/RotatingLogFile.h"

#include <QDir>
#include <QMutexLocker>
#include <QStandardPaths>

namespace companion {

RotatingLogFile::RotatingLogFile(QString directory, qint64 maxBytes, int keep)
    : m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
    , m_keep(keep)
{ }

QString RotatingLogFile::defaultDirectory()
{
    // Qt 6.4 has no StateLocation yet: the XDG rule by hand.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("companion"));
}

QString RotatingLogFile::path() const
{
    return QDir(m_directory).filePath(QStringLiteral("companion.log"));
}

void RotatingLogFile::append(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        QDir().mkpath(m_directory);
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_file.setFileName(path());
        if (!m_file.open(QIODevice::Append | QIODevice::Unbuffered))
            return;
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    m_file.write(bytes);
}

void RotatingLogFile::rotate()
{
    m_file.close();
    const QString base = path();
    QFile::remove(QStringLiteral("%1.%2").arg(base).arg(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(base).arg(i), QStringLiteral("%1.%2").arg(base).arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    if (m_file.open(QIODevice::Append | QIODevice::Unbuffered))
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace companion
