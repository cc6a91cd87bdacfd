#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace companion {

class CacheStore;
class FeedCacheStore;
class OutboxStore;

// The storage thread: the account's cache and outbox live here, so SQLite never
// blocks the GUI thread. Jobs run in submission order; results come back on the
// caller's thread.
class Storage : public QObject
{
    Q_OBJECT
public:
    struct Stores
    {
        CacheStore *cache = nullptr;
        OutboxStore *outbox = nullptr;
        FeedCacheStore *feeds = nullptr; // in the cache's file
    };

    Storage(QString cachePath, QString outboxPath, QObject *parent = nullptr);
    ~Storage() override;

    // Opens both files on the storage thread; `done(error, notes)` on this thread.
    // `notes` says what was repaired (a rebuilt cache, a damaged outbox kept aside).
    void open(std::function<void(QString error, QStringList notes)> done);

    template<typename R>
    void run(QObject *context, std::function<R(Stores &)> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, guard, job = std::move(job), done = std::move(done)]() mutable {
                R result = job(m_stores);
                if (!guard)
                    return;
                QMetaObject::invokeMethod(
                    guard, [done = std::move(done), result = std::move(result)]() { done(result); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs a job and waits for it (CLI and tests only; never on the GUI thread).
    template<typename R> R runBlocking(std::function<R(Stores &)> job)
    {
        R result {};
        QMetaObject::invokeMethod(
            m_worker, [this, &result, &job] { result = job(m_stores); }, Qt::BlockingQueuedConnection);
        return result;
    }

    QString cachePath() const { return m_cachePath; }
    QString outboxPath() const { return m_outboxPath; }

private:
    QString m_cachePath;
    QString m_outboxPath;
    QThread m_thread;
    QObject *m_worker;
    Stores m_stores; // touched only on m_thread
};

} // namespace companion
