#include "services/auth/SecretStore.h"
