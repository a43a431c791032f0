#include "registrywriter.h"

#include "hivekey.h"

namespace GoDual::Win32 {

namespace {

bool isString(unsigned long type) { return type == REG_SZ || type == REG_EXPAND_SZ || type == REG_MULTI_SZ; }

// UTF-16 units of a string value without its terminator (or, for REG_MULTI_SZ, without the final
// empty string's).
unsigned long stringChars(const RegistryData &data)
{
    unsigned long units = static_cast<unsigned long>(data.bytes.size() / 2);
    const auto unitAt = [&](unsigned long i) { return data.bytes[2 * i] | (data.bytes[2 * i + 1] << 8); };
    while (units > 0 && unitAt(units - 1) == 0)
        --units;
    return units;
}

} // namespace

long writeValue(Hive hive, const std::wstring &subkey, const std::wstring &name, const RegistryData &data)
{
    if (isString(data.type) && stringChars(data) > kMaxStringValueChars)
        return kErrorValueTooLong;
    HKEY key = nullptr;
    LONG rc = RegCreateKeyExW(rootKey(hive), subkey.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
        KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
    if (rc != ERROR_SUCCESS)
        return rc;
    rc = RegSetValueExW(key, name.c_str(), 0, data.type, data.bytes.empty() ? nullptr : data.bytes.data(),
        static_cast<DWORD>(data.bytes.size()));
    RegCloseKey(key);
    return rc;
}

long deleteValue(Hive hive, const std::wstring &subkey, const std::wstring &name)
{
    HKEY key = nullptr;
    LONG rc = RegOpenKeyExW(rootKey(hive), subkey.c_str(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key);
    if (rc != ERROR_SUCCESS)
        return rc;
    rc = RegDeleteValueW(key, name.c_str());
    RegCloseKey(key);
    return rc;
}

long broadcastEnvironmentChange(unsigned timeoutMs)
{
    DWORD_PTR result = 0;
    SetLastError(ERROR_SUCCESS);
    if (SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"),
            SMTO_ABORTIFHUNG, timeoutMs, &result)
        != 0)
        return ERROR_SUCCESS;
    const DWORD error = GetLastError();
    return error == ERROR_SUCCESS ? ERROR_TIMEOUT : static_cast<long>(error);
}

} // namespace GoDual::Win32
