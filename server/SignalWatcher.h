#pragma once

#include <QObject>

class QSocketNotifier;

namespace companion::server {

// Turns SIGTERM/SIGINT into a Qt signal via the self-pipe trick: the handler only
// write()s a byte (async-signal-safe); the event loop reads it and emits `terminate`.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminateRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace companion::server
