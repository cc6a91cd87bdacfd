#pragma once

#include <QIODevice>

#include <cstdio>

namespace companion::cli {

// stdout and stderr for companion-cli's text: control characters never reach the terminal
// raw. Course titles, names and error messages come from the server, and an escape sequence
// in one could rewrite the screen or the window title; C0 and C1 controls (but tab and
// newline) and DEL are dropped. The UTF-8 stays intact, even when a write splits a character.
class TerminalSafeDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit TerminalSafeDevice(std::FILE *stream, QObject *parent = nullptr);

    // The filter alone, for tests.
    QByteArray filter(const char *data, qint64 size);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    bool m_pendingC2 = false; // a 0xC2 lead byte waiting for its continuation
};

} // namespace companion::cli
