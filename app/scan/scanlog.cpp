#include "scan/scanlog.h"

namespace GoDual {
Q_LOGGING_CATEGORY(lcScan, "godual.scan", QtInfoMsg)
}
