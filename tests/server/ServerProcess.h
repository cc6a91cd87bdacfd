#pragma once

// Starts a real platform-server process for tests: `--port 0 --data-dir DIR`, reads the
// base URL from its first stdout line. Header-only so any test target can include it.
//
//   ServerProcess server;                 // own temporary data dir
//   QVERIFY2(server.start({"--demo"}), qPrintable(server.errorString()));
//   QUrl url = server.baseUrl();          // e.g. http://127.0.0.1:43125
//   server.stop();                        // SIGTERM, waits for a clean exit
//   server.start();                       // again, same data dir (restart tests)
//
// The server's stderr (its log) goes to DIR/server.log, so a chatty server can never
// block on a full pipe; serverLog() returns it.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace companion::test {

class ServerProcess
{
public:
    // With an empty dataDir the server gets its own temporary directory.
    explicit ServerProcess(const QString &dataDir = {})
    {
        if (dataDir.isEmpty()) {
            m_tempDir = std::make_unique<QTemporaryDir>();
            m_dataDir = m_tempDir->path();
        } else {
            m_dataDir = dataDir;
        }
    }
    ~ServerProcess() { stop(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    static QString defaultProgram()
    {
        const QByteArray overridePath = qgetenv("COMPANION_PLATFORM_SERVER");
        if (!overridePath.isEmpty())
            return QString::fromLocal8Bit(overridePath);
#ifdef PLATFORM_SERVER_PATH
        return QStringLiteral(PLATFORM_SERVER_PATH);
#else
        return QStringLiteral("platform-server");
#endif
    }

    // Starts the server with `--port 0 --data-dir <dataDir()>` plus extraArgs, and waits
    // until it printed its base URL. Returns false (see errorString()) on failure.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 20000)
    {
        stop();
        m_baseUrl.clear();
        m_extraLines.clear();
        m_error.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_program.isEmpty() ? defaultProgram() : m_program);
        m_process->setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                              QStringLiteral("--data-dir"), m_dataDir }
                                + extraArgs);
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
        m_process->start();
        if (!m_process->waitForStarted(timeoutMs)) {
            m_error = QStringLiteral("could not start %1: %2")
                          .arg(m_process->program(), m_process->errorString());
            return false;
        }
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process->canReadLine()) {
            if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
                m_error = QStringLiteral("server printed no URL (exit code %1). Log:\n%2")
                              .arg(m_process->exitCode())
                              .arg(QString::fromUtf8(serverLog()));
                kill();
                return false;
            }
            m_process->waitForReadyRead(100);
        }
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        m_baseUrl = QUrl(line);
        if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
            m_error = QStringLiteral("unexpected first line: %1").arg(line);
            kill();
            return false;
        }
        return true;
    }

    QUrl baseUrl() const
    {
        return m_baseUrl;
    }
    // baseUrl() + path, e.g. url("/api/me").
    QUrl url(const QString &path) const
    {
        return m_baseUrl.resolved(QUrl(path));
    }
    QString dataDir() const
    {
        return m_dataDir;
    }
    QString logPath() const
    {
        return QDir(m_dataDir).filePath(QStringLiteral("server.log"));
    }
    QString errorString() const
    {
        return m_error;
    }
    bool isRunning() const
    {
        return m_process && m_process->state() == QProcess::Running;
    }
    qint64 processId() const
    {
        return m_process ? m_process->processId() : 0;
    }
    void setProgram(const QString &program)
    {
        m_program = program;
    }

    // stdout lines after the URL (with --demo: the demo accounts), waiting up to timeoutMs
    // for at least minLines of them.
    QStringList stdoutLines(int minLines = 0, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_process) {
            while (m_process->canReadLine())
                m_extraLines << QString::fromUtf8(m_process->readLine()).trimmed();
            if (m_extraLines.size() >= minLines || deadline.hasExpired() || !isRunning())
                break;
            m_process->waitForReadyRead(50);
        }
        return m_extraLines;
    }

    QByteArray serverLog() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // SIGTERM and wait for a clean exit. True when the server exited with code 0.
    bool stop(int timeoutMs = 10000)
    {
        if (!m_process)
            return true;
        bool clean = true;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(timeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(timeoutMs);
                clean = false;
            }
        }
        clean = clean && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
        m_process.reset();
        return clean;
    }

    // SIGKILL: simulates a crash.
    void kill()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QString m_dataDir;
    QString m_program;
    QUrl m_baseUrl;
    QStringList m_extraLines;
    QString m_error;
};

} // namespace companion::test
