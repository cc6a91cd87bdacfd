#include "services/Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "companion.services.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "companion.services.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "companion.services.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "companion.services.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "companion.services.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPush, "companion.services.push", QtInfoMsg)
