#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "kasir.sandbox", QtInfoMsg)
