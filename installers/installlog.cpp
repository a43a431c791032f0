#include "installlog.h"

namespace GoDual {
Q_LOGGING_CATEGORY(lcInstall, "godual.install", QtInfoMsg)
}
