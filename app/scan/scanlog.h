#pragma once

#include <QLoggingCategory>

namespace GoDual {
Q_DECLARE_LOGGING_CATEGORY(lcScan)
}
