#include "registryreader.h"

#include "hivekey.h"

namespace GoDual::Win32 {

namespace {

// Another process may grow a value between the size query and the read; a few retries cover it.
constexpr int kAttempts = 8;

class OpenKey {
public:
    OpenKey(Hive hive, const std::wstring &subkey)
    {
        m_status = RegOpenKeyExW(rootKey(hive), subkey.c_str(), 0, KEY_READ | KEY_WOW64_64KEY, &m_key);
        if (m_status != ERROR_SUCCESS)
            m_key = nullptr;
    }
    ~OpenKey()
    {
        if (m_key)
            RegCloseKey(m_key);
    }
    OpenKey(const OpenKey &) = delete;
    OpenKey &operator=(const OpenKey &) = delete;

    LONG status() const { return m_status; }
    HKEY get() const { return m_key; }

private:
    HKEY m_key = nullptr;
    LONG m_status = ERROR_SUCCESS;
};

// Enumerates names with `next(index, buffer, &length)` (RegEnumValueW or RegEnumKeyExW without
// data), growing the buffer when a name is longer than the key's recorded maximum.
template <typename Next> long enumerate(DWORD maxLength, std::vector<std::wstring> &out, Next next)
{
    std::vector<wchar_t> buffer(maxLength + 1);
    for (DWORD index = 0;; ++index) {
        LONG rc = ERROR_MORE_DATA;
        DWORD length = 0;
        for (int attempt = 0; attempt < kAttempts && rc == ERROR_MORE_DATA; ++attempt) {
            if (attempt > 0)
                buffer.resize(buffer.size() * 2);
            length = static_cast<DWORD>(buffer.size());
            rc = next(index, buffer.data(), &length);
        }
        if (rc == ERROR_NO_MORE_ITEMS)
            return ERROR_SUCCESS;
        if (rc != ERROR_SUCCESS)
            return rc;
        out.emplace_back(buffer.data(), length);
    }
}

} // namespace

HKEY rootKey(Hive hive)
{
    switch (hive) {
    case Hive::LocalMachine:
        return HKEY_LOCAL_MACHINE;
    case Hive::CurrentUser:
        return HKEY_CURRENT_USER;
    case Hive::ClassesRoot:
        return HKEY_CLASSES_ROOT;
    case Hive::Users:
        return HKEY_USERS;
    case Hive::CurrentConfig:
        return HKEY_CURRENT_CONFIG;
    }
    return HKEY_CURRENT_USER;
}

long readValue(Hive hive, const std::wstring &subkey, const std::wstring &name, RegistryData &out)
{
    const OpenKey key(hive, subkey);
    if (key.status() != ERROR_SUCCESS)
        return key.status();
    DWORD size = 0;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        out.bytes.resize(size);
        DWORD type = 0;
        DWORD got = size;
        const LONG rc
            = RegQueryValueExW(key.get(), name.c_str(), nullptr, &type, size ? out.bytes.data() : nullptr, &got);
        if (rc == ERROR_MORE_DATA || (rc == ERROR_SUCCESS && got > size)) {
            size = got; // the size the value has now; read again with room for it
            continue;
        }
        if (rc != ERROR_SUCCESS)
            return rc;
        out.type = type;
        out.bytes.resize(got);
        return ERROR_SUCCESS;
    }
    return ERROR_MORE_DATA;
}

long valueNames(Hive hive, const std::wstring &subkey, std::vector<std::wstring> &out)
{
    const OpenKey key(hive, subkey);
    if (key.status() != ERROR_SUCCESS)
        return key.status();
    DWORD maxName = 0;
    RegQueryInfoKeyW(
        key.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &maxName, nullptr, nullptr, nullptr);
    return enumerate(maxName, out, [&](DWORD index, wchar_t *name, DWORD *length) {
        return RegEnumValueW(key.get(), index, name, length, nullptr, nullptr, nullptr, nullptr);
    });
}

long subkeyNames(Hive hive, const std::wstring &subkey, std::vector<std::wstring> &out)
{
    const OpenKey key(hive, subkey);
    if (key.status() != ERROR_SUCCESS)
        return key.status();
    DWORD maxName = 0;
    RegQueryInfoKeyW(
        key.get(), nullptr, nullptr, nullptr, nullptr, &maxName, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    return enumerate(maxName, out, [&](DWORD index, wchar_t *name, DWORD *length) {
        return RegEnumKeyExW(key.get(), index, name, length, nullptr, nullptr, nullptr, nullptr);
    });
}

} // namespace GoDual::Win32
