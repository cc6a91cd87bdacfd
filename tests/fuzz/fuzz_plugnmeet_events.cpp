// The PlugNmeet webhook handler's input: events delivered, signed, to the real route over a
// database with the demo world (WebhookWorld). Input: one event or a JSON array of them.
#include "FuzzSupport.h"
#include "WebhookWorld.h"

using namespace companion;

// Seeds the world here, outside the per-input timeout.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    fuzz::WebhookWorld::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::WebhookWorld::instance().deliver(fuzz::WebhookWorld::Provider::PlugNmeet, fuzz::bytes(data, size));
    return 0;
}
