#pragma once

#include <QString>
#include <QThread>

#include <memory>

namespace companion::server {

class Database;

// Moves SQLite's WAL checkpoints off the event loop. By default the commit that crosses
// 1000 WAL pages copies them into the database file and fsyncs it (also with
// synchronous=NORMAL), a pause of tens of milliseconds for whichever request committed. This
// turns that off on the server's connection and checkpoints every second from a thread of its
// own, on a connection of its own (PASSIVE: it never blocks a writer or a reader).
class WalCheckpointer
{
public:
    static constexpr int kIntervalMs = 1000;

    WalCheckpointer();
    ~WalCheckpointer(); // stops the thread (after one last checkpoint)

    // Starts checkpointing DIR/platform.sqlite and stops `db`'s own automatic checkpoints.
    bool start(Database &db, const QString &dataDir, QString *error);

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace companion::server
