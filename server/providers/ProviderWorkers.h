#pragma once

#include "server/core/WorkerPool.h"

#include <functional>

namespace companion::server {

// Where calls to the providers run. Each remote service (a configured URL) has its own
// WorkerPool, so a slow or hanging one delays only the requests and jobs that need it, and
// never the event loop; every call ends by its deadline (BlockingHttp). The in-process
// sandboxes answer at once and share the server's state, so their calls run inline.
class ProviderWorkers
{
public:
    enum class Service { Video, Payments, Email };
    // Threads per service: each call waits on the network, not the CPU. Beyond this many calls
    // in flight to one service the next ones queue.
    static constexpr int kThreadsPerService = 32;

    ProviderWorkers();

    void setRemote(Service service, bool remote) { m_remote[index(service)] = remote; }
    bool isRemote(Service service) const { return m_remote[index(service)]; }

    // `work` calls the provider only (no database, no store); `done` runs on the event loop.
    template<typename Result>
    void run(Service service, QObject *context, std::function<Result()> work,
             std::function<void(Result)> done)
    {
        if (!isRemote(service)) {
            done(work());
            return;
        }
        m_pools[index(service)].run<Result>(context, std::move(work), std::move(done));
    }

private:
    static int index(Service service) { return static_cast<int>(service); }

    WorkerPool m_pools[3];
    bool m_remote[3] = { false, false, false };
};

} // namespace companion::server
