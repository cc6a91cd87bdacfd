#include "services/sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace companion {

RetryPolicy::RetryPolicy(RandomSource random)
    : m_random(random ? std::move(random) : RandomSource([](quint32 bound) {
        return QRandomGenerator::global()->bounded(bound);
    }))
{ }

int RetryPolicy::backoffMs(int consecutiveFailures) const
{
    const int exponent = std::clamp(consecutiveFailures - 1, 0, 8);
    const int base = std::min(MaxDelayMs, BaseDelayMs * (1 << exponent));
    const int jitter = int(m_random(quint32(base / 2))) - base / 4;
    return base + jitter;
}

RetryPolicy::Decision RetryPolicy::decide(const ApiResponse &failure, int consecutiveFailures) const
{
    Decision decision;
    if (failure.kind == ApiResponse::Kind::NetworkError) {
        decision.failure = Failure::Offline;
        decision.online = false;
        decision.retry = true;
        decision.delayMs = backoffMs(consecutiveFailures);
        return decision;
    }
    if (failure.isAuthError()) {
        decision.failure = Failure::AuthFailed;
        return decision;
    }
    decision.retry = true;
    decision.delayMs = failure.httpStatus == 429 && failure.retryAfterSeconds > 0
        ? failure.retryAfterSeconds * 1000
        : backoffMs(consecutiveFailures);
    return decision;
}

} // namespace companion
