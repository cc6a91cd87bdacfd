#pragma once

#include "services/net/ApiResponse.h"

#include <functional>

namespace companion {

// What a failed sync means and when to try again, as a value: no timers, no network, so it
// is testable on its own (tst_retry_policy). Like libQuotient's error-strategy table.
//   network error       → offline, retry with back-off
//   401                 → signed out, never retried (the person must sign in)
//   429                 → online, retry after Retry-After (back-off when it is missing)
//   any other failure   → online, retry with back-off
// Back-off: 2 s, 4 s, 8 s … capped at 5 minutes, ±25% jitter so clients don't stampede.
class RetryPolicy
{
public:
    enum class Failure { Offline, AuthFailed, ServerError };

    struct Decision
    {
        Failure failure = Failure::ServerError;
        bool online = true; // the server was reached
        bool retry = false;
        int delayMs = 0; // when retry
    };

    // Returns a number in [0, bound); the default is QRandomGenerator::global().
    using RandomSource = std::function<quint32(quint32 bound)>;

    static constexpr int BaseDelayMs = 2000;
    static constexpr int MaxDelayMs = 300'000;

    explicit RetryPolicy(RandomSource random = {});

    // `consecutiveFailures` counts this one (1 for the first failure in a row).
    Decision decide(const ApiResponse &failure, int consecutiveFailures) const;
    // The jittered exponential back-off after `consecutiveFailures` (>= 1) failures.
    int backoffMs(int consecutiveFailures) const;

private:
    RandomSource m_random;
};

} // namespace companion
