#include "tarnames.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <limits>
#include <optional>

namespace GoDual {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::TarNames", text); }

constexpr qint64 kBlock = 512;
// Bounds on the metadata a header may announce, so a hostile size cannot make the reader
// allocate gigabytes for a name.
constexpr qint64 kMaxLongName = 64 * 1024;
constexpr qint64 kMaxPaxData = 1024 * 1024;

QByteArray field(const char *block, int offset, int length)
{
    const char *start = block + offset;
    int n = 0;
    while (n < length && start[n] != '\0')
        ++n;
    return QByteArray(start, n);
}

// Octal numeric field (space or NUL terminated), or GNU base-256 when the top bit is set.
std::optional<qint64> number(const char *block, int offset, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(block + offset);
    if (bytes[0] & 0x80) {
        if (bytes[0] & 0x40)
            return std::nullopt; // negative
        qint64 value = bytes[0] & 0x3f;
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    int i = 0;
    while (i < length && bytes[i] == ' ')
        ++i;
    qint64 value = 0;
    bool any = false;
    for (; i < length && bytes[i] >= '0' && bytes[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return std::nullopt;
        value = value * 8 + (bytes[i] - '0');
        any = true;
    }
    for (; i < length; ++i) {
        if (bytes[i] != ' ' && bytes[i] != '\0')
            return std::nullopt;
    }
    if (!any)
        return qint64(0);
    return value;
}

bool checksumMatches(const char *block)
{
    const auto stored = number(block, 148, 8);
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kBlock; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : static_cast<unsigned char>(block[i]);
        signedSum += inField ? ' ' : static_cast<signed char>(block[i]);
    }
    // Some old writers summed signed chars; both are accepted, as GNU tar does.
    return *stored == unsignedSum || *stored == signedSum;
}

// The type flags whose size field never announces data (Go's archive/tar treats them the same).
bool headerOnly(char type)
{
    return type == '1' || type == '2' || type == '3' || type == '4' || type == '5' || type == '6';
}

QString stripSlash(QString name)
{
    while (name.size() > 1 && name.endsWith(u'/'))
        name.chop(1);
    return name;
}

class Reader {
    Q_DECLARE_TR_FUNCTIONS(GoDual::TarNames)

public:
    Reader(QIODevice &device, const QString &name)
        : m_device(device)
        , m_name(name)
    {
    }

    Result<QList<TarMember>> run();

private:
    Result<bool> readBlock(char *block); // false at a clean end of input
    Result<QByteArray> readData(qint64 size, qint64 limit, const char *what);
    Result<void> skip(qint64 size);
    Result<void> parsePax(const QByteArray &data, QHash<QByteArray, QByteArray> &records) const;
    Failure failAt(const QString &why) const
    {
        return Failure { tr("%1: not a valid tar at byte %2: %3").arg(m_name).arg(m_offset).arg(why) };
    }

    QIODevice &m_device;
    QString m_name;
    qint64 m_offset = 0;
};

Result<bool> Reader::readBlock(char *block)
{
    qint64 got = 0;
    while (got < kBlock) {
        const qint64 n = m_device.read(block + got, kBlock - got);
        if (n < 0)
            return Failure { tr("%1: cannot read: %2").arg(m_name, m_device.errorString()) };
        if (n == 0) {
            if (!m_device.waitForReadyRead(-1) && m_device.atEnd())
                break;
            continue;
        }
        got += n;
    }
    m_offset += got;
    if (got == 0)
        return false;
    if (got < kBlock)
        return failAt(tr("the file ends inside a header (truncated)"));
    return true;
}

Result<QByteArray> Reader::readData(qint64 size, qint64 limit, const char *what)
{
    if (size > limit)
        return failAt(tr("a %1 of %2 bytes is larger than allowed").arg(QLatin1StringView(what)).arg(size));
    const qint64 padded = (size + kBlock - 1) / kBlock * kBlock;
    QByteArray data(padded, Qt::Uninitialized);
    for (qint64 at = 0; at < padded; at += kBlock) {
        auto r = readBlock(data.data() + at);
        if (!r)
            return Failure { r.error() };
        if (!*r)
            return failAt(tr("the file ends inside a member (truncated)"));
    }
    data.truncate(size);
    return data;
}

Result<void> Reader::skip(qint64 size)
{
    qint64 remaining = (size + kBlock - 1) / kBlock * kBlock;
    while (remaining > 0) {
        const qint64 n = m_device.skip(remaining);
        if (n < 0)
            return Failure { tr("%1: cannot read: %2").arg(m_name, m_device.errorString()) };
        if (n == 0) {
            if (!m_device.waitForReadyRead(-1) && m_device.atEnd())
                return failAt(tr("the file ends inside a member (truncated)"));
            continue;
        }
        remaining -= n;
        m_offset += n;
    }
    return {};
}

Result<void> Reader::parsePax(const QByteArray &data, QHash<QByteArray, QByteArray> &records) const
{
    // Records are "<length> <key>=<value>\n", where length counts the whole record.
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype space = data.indexOf(' ', at);
        if (space < 0)
            return failAt(tr("a PAX record has no length"));
        bool ok = false;
        const qint64 length = data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at + 1 || at + length > data.size() || data.at(at + length - 1) != '\n')
            return failAt(tr("a PAX record has a bad length"));
        const QByteArray record = data.mid(space + 1, at + length - 1 - (space + 1));
        const qsizetype equals = record.indexOf('=');
        if (equals <= 0)
            return failAt(tr("a PAX record has no key"));
        records.insert(record.left(equals), record.mid(equals + 1));
        at += length;
    }
    return {};
}

Result<QList<TarMember>> Reader::run()
{
    QList<TarMember> members;
    QHash<QByteArray, QByteArray> pax;
    std::optional<QByteArray> longName;
    std::optional<QByteArray> longLink;
    char block[kBlock];
    for (;;) {
        auto got = readBlock(block);
        if (!got)
            return Failure { got.error() };
        if (!*got)
            return failAt(tr("the file ends without the end-of-archive blocks (truncated)"));
        if (std::all_of(block, block + kBlock, [](char c) { return c == '\0'; }))
            break; // end of archive: what follows is padding
        if (!checksumMatches(block))
            return failAt(tr("header checksum mismatch"));
        const char type = block[156];
        auto size = number(block, 124, 12);
        if (!size)
            return failAt(tr("the size field is not a number"));

        if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
            const qint64 limit = (type == 'L' || type == 'K') ? kMaxLongName : kMaxPaxData;
            auto data = readData(*size, limit, type == 'L' || type == 'K' ? "long name" : "PAX header");
            if (!data)
                return Failure { data.error() };
            if (type == 'x' || type == 'g') {
                QHash<QByteArray, QByteArray> records;
                if (auto parsed = parsePax(*data, records); !parsed)
                    return Failure { parsed.error() };
                // Names this reader does not apply the way GNU tar does (global names, GNU sparse
                // files renaming the member) would let a tar that extracts the archive elsewhere,
                // such as the one inside a WSL distro, see other names than the ones checked.
                for (auto it = records.cbegin(); it != records.cend(); ++it) {
                    const bool nameRecord = it.key() == "path" || it.key() == "linkpath" || it.key() == "size";
                    if (it.key().startsWith("GNU.sparse.") || (type == 'g' && nameRecord))
                        return failAt(tr("the PAX record '%1' is not supported").arg(QString::fromUtf8(it.key())));
                }
                if (type == 'x')
                    pax.insert(records);
            } else if (type == 'L') {
                longName = field(data->constData(), 0, int(data->size()));
            } else if (type == 'K') {
                longLink = field(data->constData(), 0, int(data->size()));
            }
            // What is left of a 'g' record (comments and the like) changes no member.
            continue;
        }

        TarMember m;
        m.typeFlag = type;
        QByteArray headerName = field(block, 0, 100);
        const bool posixUstar = QByteArrayView(block + 257, 6) == QByteArrayView("ustar\0", 6);
        if (posixUstar) {
            const QByteArray prefix = field(block, 345, 155);
            if (!prefix.isEmpty())
                headerName = prefix + '/' + headerName;
        }
        if (longName)
            headerName = *longName;
        QByteArray name = pax.contains("path") ? pax.value("path") : headerName;
        QByteArray link = field(block, 157, 100);
        if (longLink)
            link = *longLink;
        if (pax.contains("linkpath"))
            link = pax.value("linkpath");
        if (pax.contains("size")) {
            bool ok = false;
            const qint64 paxSize = pax.value("size").toLongLong(&ok);
            if (!ok || paxSize < 0)
                return failAt(tr("a PAX size record is not a number"));
            size = paxSize;
        }
        m.headerName = stripSlash(QString::fromUtf8(headerName));
        m.name = stripSlash(QString::fromUtf8(name));
        m.linkName = QString::fromUtf8(link);
        m.mode = int(number(block, 100, 8).value_or(0644) & 07777);
        switch (type) {
        case '0':
        case '\0':
        case '7':
            m.type = name.endsWith('/') ? TarMember::Type::Directory : TarMember::Type::File;
            break;
        case '5':
            m.type = TarMember::Type::Directory;
            break;
        case '2':
            m.type = TarMember::Type::Symlink;
            break;
        case '1':
            m.type = TarMember::Type::HardLink;
            break;
        default:
            m.type = TarMember::Type::Other;
            break;
        }
        m.size = headerOnly(type) || m.type == TarMember::Type::Directory ? 0 : *size;
        m.dataOffset = m_offset;
        members.append(m);
        if (auto skipped = skip(m.size); !skipped)
            return Failure { skipped.error() };
        pax.clear();
        longName.reset();
        longLink.reset();
    }
    return members;
}

} // namespace

namespace TarNames {

Result<QList<TarMember>> read(QIODevice &tar, const QString &displayName) { return Reader(tar, displayName).run(); }

Result<QList<TarMember>> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { tr("cannot open %1: %2").arg(path, file.errorString()) };
    return read(file, path);
}

} // namespace TarNames
} // namespace GoDual
