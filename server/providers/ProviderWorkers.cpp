#include "server/providers/ProviderWorkers.h"

namespace companion::server {

ProviderWorkers::ProviderWorkers()
    : m_pools { WorkerPool(kThreadsPerService), WorkerPool(kThreadsPerService),
                WorkerPool(kThreadsPerService) }
{ }

} // namespace companion::server
