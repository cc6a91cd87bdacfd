#include "server/core/WorkerPool.h"

namespace companion::server {

namespace {

constexpr int kThreadExpiryMs = 60000; // idle threads go away after this long

} // namespace

WorkerPool::WorkerPool(int maxThreads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
    m_pool.setExpiryTimeout(kThreadExpiryMs);
}

WorkerPool::~WorkerPool()
{
    m_pool.waitForDone();
}

} // namespace companion::server
