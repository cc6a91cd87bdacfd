#include "services/SecretStore.h"
