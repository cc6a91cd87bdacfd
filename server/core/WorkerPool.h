#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace companion::server {

// Work that would stall the event loop (a password hash, a call to a provider) runs on this
// pool's threads; its result comes back on the thread that owns the pool (the event loop).
// `work` must not touch the database or any store: those belong to the event loop's thread.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(int maxThreads, QObject *parent = nullptr);
    ~WorkerPool() override; // waits for the work in flight

    // Runs `work` on a worker, then `done(result)` on the event loop, unless `context` was
    // given and is gone by then.
    template<typename Result>
    void run(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
    {
        const bool guarded = context != nullptr;
        QPointer<QObject> guard(context);
        ++m_inFlight;
        // The destructor waits for the pool, so `this` outlives every task.
        m_pool.start([this, guarded, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<Result>(work());
            QMetaObject::invokeMethod(
                this,
                [this, guarded, guard, result, done = std::move(done)] {
                    --m_inFlight;
                    if (!guarded || guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Started and not yet delivered (read on the event loop).
    int inFlight() const { return m_inFlight; }

private:
    QThreadPool m_pool;
    int m_inFlight = 0;
};

} // namespace companion::server
