// User::fromJson: GET /api/me and the `user` of the sign-in replies, and the app's own copy
// in the profile (toJson), which must read back the same.
#include "FuzzSupport.h"
#include "models/User.h"

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<User> user = User::fromJson(*json, &error);
    FUZZ_CHECK(user.has_value() == error.isEmpty());
    if (!user)
        return 0;
    FUZZ_CHECK(user->isValid());
    const std::optional<User> again = User::fromJson(user->toJson());
    FUZZ_CHECK(again && *again == *user);
    (void)rolesDisplayName(user->roles);
    return 0;
}
