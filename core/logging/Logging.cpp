#include "logging/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "kasir.api")
Q_LOGGING_CATEGORY(lcStore, "kasir.store")
Q_LOGGING_CATEGORY(lcSale, "kasir.sale")
