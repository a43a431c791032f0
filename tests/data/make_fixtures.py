#!/usr/bin/env python3
"""Writes the byte-exact fixtures under tests/data/{wsl,wslconf,registry}.

The UTF-16LE captures cannot be edited as text, so they are generated here and the bytes are
committed; rerun after changing this script. Samples marked "facts" reproduce the byte dumps of
the platform facts reference exactly (wsl.exe format string output, issue #12502 xxd dumps,
reg export layout).
"""
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def u16(text):
    return text.encode("utf-16-le")


def wsl_rows(rows):
    """wsl.exe's "%s %-<w>s%-16s%s\\n" with w = max(4, longest name) + 4."""
    width = max([4] + [len(name) for _, name, _, _ in rows]) + 4
    out = []
    for marker, name, state, version in rows:
        out.append("%s %-*s%-16s%s\r\n" % (marker, width, name, state, version))
    return "".join(out)


# --- wsl.exe output -----------------------------------------------------------------------------
two = wsl_rows([(" ", "NAME", "STATE", "VERSION"), ("*", "Ubuntu-22.04", "Running", "2"),
                (" ", "Debian", "Stopped", "2")])
facts_lv = bytes.fromhex(
    "20002000 4e004100 4d004500 20002000 20002000 20002000 20002000 20002000"
    "20002000 53005400 41005400 45002000 20002000 20002000 20002000 20002000"
    "20002000 56004500 52005300 49004f00 4e000d00 0a002a00 20005500 62007500"
    "6e007400 75002d00 32003200 2e003000 34002000 20002000 20005200 75006e00"
    "6e006900 6e006700 20002000 20002000 20002000 20002000 20003200 0d000a00"
    "20002000 44006500 62006900 61006e00 20002000 20002000 20002000 20002000"
    "20002000 53007400 6f007000 70006500 64002000 20002000 20002000 20002000"
    "20002000 32000d00 0a00".replace(" ", ""))
assert u16(two) == facts_lv, "format string and facts dump disagree"
write("wsl/list-verbose-utf16.out", facts_lv)
write("wsl/list-verbose-utf8.out", two.encode("utf-8"))
write("wsl/list-verbose-bom-crcrlf.out", b"\xff\xfe" + u16(two.replace("\r\n", "\r\r\n")))
rancher = ("  NAME                    STATE           VERSION\n"
           "* Ubuntu                  Stopped         2\n"
           "  OtherDistro             Running         1\n"
           "  rancher-desktop-data    Stopped         2\n"
           "  rancher-desktop         Stopped         2\n")
write("wsl/list-verbose-rancher.out", rancher.encode("utf-8"))
# Older Chinese builds localized the header and the state words.
zh = wsl_rows([(" ", "名称", "状态", "版本"), ("*", "Ubuntu-22.04", "正在运行", "2"),
               (" ", "Debian", "已停止", "1")])
write("wsl/list-verbose-zh-utf16.out", u16(zh))
write("wsl/list-verbose-zh-utf8.out", zh.encode("utf-8"))
states = wsl_rows([(" ", "NAME", "STATE", "VERSION"), ("*", "Alpine", "Installing", "2"),
                   (" ", "old.distro_1", "Uninstalling", "1"), (" ", "conv", "Converting", "2"),
                   (" ", "exp", "Exporting", "2")])
write("wsl/list-verbose-states-utf16.out", u16(states))
no_distros = ("Windows Subsystem for Linux has no installed distributions.\r\n"
              "You can resolve this by installing a distribution with the instructions below:\r\n"
              "\r\n"
              "Use 'wsl.exe --list --online' to list available distributions\r\n"
              "and 'wsl.exe --install <Distro>' to install.\r\n")
write("wsl/no-distros-utf16.out", u16(no_distros))
write("wsl/no-distros-utf8.out", no_distros.encode("utf-8"))
not_found = ("There is no distribution with the supplied name.\r\n"
             "Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\r\n")
write("wsl/error-distro-not-found-utf16.out", u16(not_found))
write("wsl/error-distro-not-found-utf8.out", not_found.encode("utf-8"))
write("wsl/terminate-ok-utf16.out", u16("The operation completed successfully. \r\n"))
write("wsl/error-hresult-utf16.out", u16("Catastrophic failure\r\nError code: Wsl/0x8000ffff\r\n"))
facts_lq = bytes.fromhex(
    "55006200 75006e00 74007500 2d003200 32002e00 30003400 0d000a00 44006500"
    "62006900 61006e00 0d000a00".replace(" ", ""))
assert u16("Ubuntu-22.04\r\nDebian\r\n") == facts_lq
write("wsl/list-quiet-utf16.out", facts_lq)
write("wsl/list-quiet-utf8.out", b"Ubuntu-22.04\nDebian\n")
# An older wsl.exe refusing an argument it does not know (Resources.resw MessageInvalidCommandLine;
# WSL_E_INVALID_USAGE prints no code line), exit -1.
write("wsl/usage-invalid-argument-utf16.out", u16("Invalid command line argument: -v\r\n"
                                                  "Please use 'wsl.exe --help' to get a list of supported arguments.\r\n"))
write("wsl/usage-invalid-argument-utf8.out", ("Invalid command line argument: --exec\r\n"
                                                 "Please use 'wsl.exe --help' to get a list of supported arguments.\r\n"
                                                 ).encode("utf-8"))
# Issue #5802: the old inbox wsl.exe --help, UTF-16LE without BOM, "\r\r\n".
write("wsl/help-crcrlf-utf16.out", u16("Copyright (c) Microsoft Corporation. All rights reserved.\r\r\n\r\r\n"
                                       "Usage: wsl.exe [Argument] [Options...] [CommandLine]\r\r\n"))

# --- /etc/wsl.conf ------------------------------------------------------------------------------
conf = {
    # MicrosoftDocs/WSL wsl-config.md, "Example wsl.conf file".
    "docs-example.conf": b"[automount]\nenabled=true\nroot = /\n"
                         b"options = \"metadata,uid=1003,gid=1003,umask=077,fmask=11,case=off\"\n"
                         b"mountFsTab=true\n\n[network]\nhostname=DemoHost\ngenerateHosts=false\n"
                         b"generateResolvConf=false\n\n[interop]\nenabled=false\nappendWindowsPath=false\n\n"
                         b"[user]\ndefault=DemoUser\n\n[boot]\ncommand=service docker start\n",
    # microsoft/WSL issue #12502, both xxd dumps byte for byte.
    "issue12502-crlf.conf": bytes.fromhex("5b626f6f745d0d0a73797374656d64203d20747275650d0a0d0a"),
    "issue12502-lf.conf": bytes.fromhex("5b626f6f745d0a73797374656d643d747275650a0a"),
    "section-spaces.conf": b"[interop]\nenabled = false\n[ interop ]\nappendWindowsPath = false\n"
                           b"[boot]\nsystemd = true\n",
    "static-ip.conf": b"[boot]\nsystemd=true\n[network]\nstatic_ip = 192.168.1.10\n[interop]\n"
                      b"appendWindowsPath=false\n",
    "semicolon.conf": b"[interop]\nenabled=false\n; a comment in other ini dialects\nappendWindowsPath=false\n",
    "invalid-escape.conf": b"[user]\ndefault=dev\n[boot]\ncommand = C:\\Users\\dev\\start.bat\n"
                           b"[interop]\nappendWindowsPath=false\n",
    "bom.conf": b"\xef\xbb\xbf[boot]\nsystemd=true\n[interop]\nappendWindowsPath=false\n",
    "trailing-semicolon.conf": b"[interop]\nappendWindowsPath = false ; note\nenabled=false\n",
    "quoted-space.conf": b"[interop]\nappendWindowsPath = \"false \"\nenabled = \"false\"\n",
    "duplicates.conf": b"[interop]\nenabled = false\nenabled = true\nappendWindowsPath = maybe\n"
                       b"appendWindowsPath = false\n[boot]\nsystemd=1\n[Boot]\nSystemd=0\n",
    "case.conf": b"[INTEROP]\nAPPENDWINDOWSPATH = FALSE\n[Boot]\nSystemd=True\n[AutoMount]\nENABLED=0\n",
    "comments-quotes.conf": b"# full-line comment\n[user]   # trailing comment on a header\n"
                            b"default = \"dev # not a comment\"  # a comment\n[boot]\n"
                            b"command = echo \\\"hi\\\"\\tthere \\\\ done   \n"
                            b"systemd = \"true\"\n",
    "continuation.conf": b"[boot]\ncommand = service docker \\\n    start\nsystemd = true\n",
    "unknown-key.conf": b"[interop]\nfoo = 1\nenabled=false\n[wsl2]\nmemory=4GB\n",
    "unclosed-quote.conf": b"[user]\ndefault = \"dev\n[interop]\nenabled=false\n",
    "automount-root.conf": b"[automount]\nroot = /windir\nenabled = false\n",
    "key-before-section.conf": b"systemd=true\n[interop]\nenabled=false\n",
    "header-trailing-text.conf": b"[interop] enabled=false\n[boot]\nsystemd=true\n",
    "invalid-int.conf": b"[boot]\ninitTimeout = 10s\nsystemd = true\n[automount]\ncgroups = v3\n",
    "crlf-continuation.conf": b"[boot]\r\ncommand = a \\\r\nb\r\nsystemd = true\r\n",
    "empty.conf": b"",
    "digit-key.conf": b"[interop]\n1enabled = false\nappendWindowsPath = false\n",
}
for name, data in conf.items():
    write("wslconf/" + name, data)


# --- .reg files ---------------------------------------------------------------------------------
def reg_hex(prefix, data):
    """Formats data as `reg export` does: lowercase byte pairs, ",\\" + CRLF + two spaces when a
    line reaches 77 characters (Wine programs/reg/export.c, MAX_HEX_CHARS)."""
    line = prefix
    out = []
    pairs = ["%02x" % b for b in data]
    for i, pair in enumerate(pairs):
        line += pair
        if i + 1 < len(pairs):
            line += ","
            if len(line) > 76:
                out.append(line + "\\")
                line = "  "
    out.append(line)
    return "\r\n".join(out)


def expand_sz(name, text):
    return reg_hex('"%s"=hex(2):' % name, u16(text) + b"\0\0")


def multi_sz(name, items):
    return reg_hex('"%s"=hex(7):' % name, b"".join(u16(s) + b"\0\0" for s in items) + b"\0\0")


def reg_file(blocks, encoding="utf-16"):
    text = "Windows Registry Editor Version 5.00\r\n"
    for key, values in blocks:
        text += "\r\n[%s]\r\n" % key
        for v in values:
            text += v + "\r\n"
    text += "\r\n"
    if encoding == "utf-16":
        return b"\xff\xfe" + u16(text)
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


# The facts' real HKEY_CURRENT_USER\Environment export, in reg export's own encoding.
facts_env = reg_file([("HKEY_CURRENT_USER\\Environment", [
    expand_sz("Path", "%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;"),
    expand_sz("TEMP", "%USERPROFILE%\\AppData\\Local\\Temp"),
    expand_sz("TMP", "%USERPROFILE%\\AppData\\Local\\Temp"),
    '"sd_posix"="C:\\\\_usr\\\\pos"',
    '"CMDER_ROOT"="C:\\\\_usr\\\\pos\\\\cmder"',
])])
expected_first = ('"Path"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,\\\r\n'
                  '  00,45,00,25,00,5c,00,41,00,70,00,70,00,44,00,61,00,74,00,61,00,5c,00,4c,00,\\\r\n')
assert u16(expected_first) in facts_env, "line wrapping differs from the facts sample"
write("registry/hkcu-environment.reg", facts_env)

machine_blocks = [
    ("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", [
        '"SystemRoot"="C:\\\\WINDOWS"',
    ]),
    ("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion", [
        '"ProgramFilesDir"="C:\\\\Program Files"',
        '"ProgramFilesDir (x86)"="C:\\\\Program Files (x86)"',
    ]),
    ("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList", [
        expand_sz("ProgramData", "%SystemDrive%\\ProgramData"),
    ]),
    ("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", [
        '"ComSpec"=hex(2):' + reg_hex("", u16("%SystemRoot%\\system32\\cmd.exe") + b"\0\0"),
        expand_sz("Path", "%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;"
                          "C:\\Program Files\\Go\\bin;%ProgramFiles%\\Git\\cmd"),
        '"GOROOT"="C:\\\\Program Files\\\\Go"',
        '"OS"="Windows_NT"',
        expand_sz("TEMP", "%SystemRoot%\\TEMP"),
        '"NUMBER_OF_PROCESSORS"="8"',
        '"Literal"="%SystemRoot%\\\\not-expanded"',
    ]),
    ("HKEY_CURRENT_USER\\Volatile Environment", [
        '"USERPROFILE"="C:\\\\Users\\\\dev"',
        '"APPDATA"="C:\\\\Users\\\\dev\\\\AppData\\\\Roaming"',
        '"LOCALAPPDATA"="C:\\\\Users\\\\dev\\\\AppData\\\\Local"',
        '"USERNAME"="dev"',
        '"HOMEDRIVE"="C:"',
        '"HOMEPATH"="\\\\Users\\\\dev"',
    ]),
    ("HKEY_CURRENT_USER\\Volatile Environment\\1", [
        '"SESSIONNAME"="Console"',
    ]),
    ("HKEY_CURRENT_USER\\Environment", [
        expand_sz("Path", "%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;"
                          "%GOBIN%;%UNDEFINED_VAR%\\bin"),
        '"GOPATH"="%USERPROFILE%\\\\go"',
        '"GOBIN"="D:\\\\tools\\\\bin"',
        '"GOROOT"="C:\\\\Users\\\\dev\\\\sdk\\\\go1.22.6"',
        expand_sz("TEMP", "%USERPROFILE%\\AppData\\Local\\Temp"),
        expand_sz("OneDrive", "%LOCALAPPDATA%\\..\\OneDrive"),
        '"WSLENV"="GOPATH/l:USERPROFILE/pu:DISPLAY:WT_SESSION/x"',
    ]),
]
write("registry/machine.reg", reg_file(machine_blocks))

lxss = ("Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss]\r\n"
        '"DefaultDistribution"="{2506e37c-8479-4433-9ea8-7549090aa5bf}"\r\n'
        '"DefaultVersion"=dword:00000002\r\n\r\n'
        "[HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss\\{2506e37c-8479-4433-9ea8-7549090aa5bf}]\r\n"
        '"State"=dword:00000001\r\n'
        '"DistributionName"="Ubuntu-20.04"\r\n'
        '"Version"=dword:00000002\r\n'
        '"BasePath"="\\\\\\\\?\\\\C:\\\\Users\\\\User\\\\AppData\\\\Local\\\\Packages\\\\CanonicalGroupLimited.Ubuntu20.04onWindows_79rhkp1fndgsc\\\\LocalState"\r\n'
        '"Flags"=dword:0000000f\r\n'
        '"DefaultUid"=dword:000003e8\r\n'
        '"PackageFamilyName"="CanonicalGroupLimited.Ubuntu20.04onWindows_79rhkp1fndgsc"\r\n'
        '"KernelCommandLine"="BOOT_IMAGE=/kernel init=/init"\r\n'
        + multi_sz("DefaultEnvironment", ["HOSTTYPE=x86_64", "LANG=en_US.UTF-8",
                                          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                                          "TERM=xterm-256color"]) + "\r\n"
        + reg_hex('"Quota"=hex(b):', bytes.fromhex("0000000001000000")) + "\r\n"
        + reg_hex('"Blob"=hex:', bytes(range(40))) + "\r\n"
        + '"Empty"=hex(0):\r\n'
        + '@="default value"\r\n'
        + "\r\n")
write("registry/lxss-utf8.reg", lxss.encode("utf-8"))
write("registry/lxss-utf8-bom.reg", b"\xef\xbb\xbf" + lxss.encode("utf-8"))
write("registry/lxss-utf16.reg", b"\xff\xfe" + u16(lxss))

deletions = reg_file([
    ("HKEY_CURRENT_USER\\Software\\GoDualTest\\Keep", ['"a"="1"', '"b"="2"']),
    ("HKEY_CURRENT_USER\\Software\\GoDualTest\\Gone", ['"x"="1"']),
    ("HKEY_CURRENT_USER\\Software\\GoDualTest\\Gone\\Child", ['"y"="1"']),
    ("-HKEY_CURRENT_USER\\Software\\GoDualTest\\Gone", []),
    ("HKCU\\Software\\GoDualTest\\keep", ['"A"=-', '"c"="3"', '"b"="two"']),
], encoding="utf-8")
write("registry/deletions.reg", deletions)

bad = {
    "no-header.reg": b"[HKEY_CURRENT_USER\\Environment]\r\n\"a\"=\"b\"\r\n",
    "regedit4.reg": b"REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n\"a\"=\"b\"\r\n",
    "truncated-continuation.reg": b"\xff\xfe" + u16("Windows Registry Editor Version 5.00\r\n\r\n"
                                                    "[HKEY_CURRENT_USER\\Environment]\r\n"
                                                    "\"Path\"=hex(2):25,00,55,00,\\\r\n"),
    "bad-dword.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"
                     b"\"ok\"=\"fine\"\r\n\"n\"=dword:xyz\r\n",
    "bad-hex.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"
                   b"\"p\"=hex(2):25,00,zz,00\r\n",
    "unterminated-string.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"
                               b"\"a\"=\"no end\r\n",
    "value-before-key.reg": b"Windows Registry Editor Version 5.00\r\n\r\n\"a\"=\"b\"\r\n",
    "bad-hive.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_NOWHERE\\Environment]\r\n",
    "unclosed-key.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment\r\n",
}
for name, data in bad.items():
    write("registry/bad/" + name, data)

print("fixtures written under", ROOT, file=sys.stderr)
