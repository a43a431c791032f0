#pragma once

#include "result.h"
#include "scan/probereport.h"

namespace GoDual::ProbeParser {

// Parses the probe's standard output strictly: the first record must be `probe 1 <nonce>`,
// the last `end <nonce>`; every record must have its tag's field count; hex lines must follow a
// `file` record. A failure names the line and what was wrong with it; output cut short (a probe
// that was killed or a distro that stopped) is reported as such.
Result<ProbeReport> parse(const QByteArray &output, const QString &nonce);

// Undoes the probe's field escaping (\\ \t \r \n).
QString unescape(QStringView field);

} // namespace GoDual::ProbeParser
