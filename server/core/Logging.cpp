#include "server/core/Logging.h"

namespace companion::server {

Q_LOGGING_CATEGORY(lcServer, "companion.server")
Q_LOGGING_CATEGORY(lcHttp, "companion.server.http")
Q_LOGGING_CATEGORY(lcDb, "companion.server.db")
Q_LOGGING_CATEGORY(lcAuth, "companion.server.auth")
Q_LOGGING_CATEGORY(lcDemo, "companion.server.demo")
Q_LOGGING_CATEGORY(lcWebhooks, "companion.server.webhooks")
Q_LOGGING_CATEGORY(lcSandbox, "companion.server.sandbox")
Q_LOGGING_CATEGORY(lcJobs, "companion.server.jobs")
Q_LOGGING_CATEGORY(lcPush, "companion.server.push")

} // namespace companion::server
