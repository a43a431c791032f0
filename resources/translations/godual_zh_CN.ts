<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GoDual::ArchiveExtractor</name>
    <message>
        <location filename="../../installers/archiveextractor.cpp" line="+199"/>
        <source>%1 already exists; GoDual only extracts into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot extract into %1: its parent folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot set the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create link %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ArchiveExtractor::Private</name>
    <message>
        <location line="-177"/>
        <source>%1: not a .tar.gz or .zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: folders nested deeper than 256 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: entry &apos;%2&apos; has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: entry &apos;%2&apos; is neither a file, a folder nor a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unpacks to more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: link &apos;%2&apos; points to &apos;%3&apos;, outside the archive&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry &apos;%2&apos; ends early (the archive is truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ArchivePath</name>
    <message>
        <location filename="../../installers/archivepath.cpp" line="+23"/>
        <source>an archive entry has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archive entry &apos;%1&apos; has an empty, &apos;.&apos; or &apos;..&apos; component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::Cli</name>
    <message>
        <location filename="../../app/cli/availablecommand.cpp" line="+54"/>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ARCHIVE FOR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>godual available: unknown option &apos;%1&apos;; usage: godual available [--json] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>godual available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>godual available: note: %1; showing the release index cached at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go releases from the release index (stable only unless --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+21"/>
        <source>usage: godual [COMMAND [OPTIONS]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, godual opens the control panel window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>godual: unknown command &apos;%1&apos;; &apos;godual --help&apos; lists the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+18"/>
        <source>scan every side and report the problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the sides, their Go installations and the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/diagnosecommand.cpp" line="+24"/>
        <source>godual diagnose: no such side on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scanrun.cpp" line="+26"/>
        <source>--side needs a side: windows, local or wsl:&lt;distro&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/guiunavailable.cpp" line="+11"/>
        <source>godual: this build has no window (built with GODUAL_BUILD_UI=OFF); see &apos;godual --help&apos; for the commands it has
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::DownloadJob</name>
    <message>
        <location filename="../../installers/downloadjob.cpp" line="+66"/>
        <source>the download of %1 has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 redirected elsewhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 answered with Content-Range &quot;%2&quot; instead of the range asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 sent more than the %2 bytes the release index lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>the download of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 refused to resume (HTTP 416)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2, which is not the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the SHA-256 of %1 does not match the release index: expected %2, received %3 (%n byte(s)); the download was deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+25"/>
        <source>GoDual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoDual control panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go on Windows and in every WSL distro, side by side.
The panes arrive with the next releases; until then &apos;godual diagnose&apos; reports what GoDual finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GoDual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About GoDual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GoDual %1&lt;/h3&gt;&lt;p&gt;A control panel for developers who run Go both on Windows and inside WSL distros.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ProbeParser</name>
    <message>
        <location filename="../../app/scan/probeparser.cpp" line="+114"/>
        <source>probe output line %1: text after the end record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>probe output line %1: unknown record &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: &apos;%2&apos; has %3 fields, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>probe output line %1: not the output of GoDual&apos;s probe version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>probe output line %1: file bytes without a file record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe output line %1: malformed hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>probe output line %1: the end record belongs to another probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: a second start record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: &apos;%2&apos; has a malformed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the probe printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the probe&apos;s output stops after line %1 (it was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ProcessRunner</name>
    <message>
        <location filename="../../app/platform/processrunner.cpp" line="+52"/>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::RegFile</name>
    <message>
        <location filename="../../app/platform/regfileparser.cpp" line="+31"/>
        <source>this is a REGEDIT4 (ANSI) file; export the key again with `reg export`, which writes &apos;Windows Registry Editor Version 5.00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a registry export: the first line must be &apos;Windows Registry Editor Version 5.00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a value before the first [key] line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value inside a [-key] deletion block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected line &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a key line must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; does not start with a registry hive such as HKEY_CURRENT_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the value name has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;=&apos; after the value name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the string value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text after the string value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a dword (up to 8 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown value data &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a valid hex(N) type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a hex byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the hex data is cut off: a line continuation is followed by a blank line or the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/platform/regfileregistry.cpp" line="+58"/>
        <source>cannot read the registry file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>the registry file %1 is larger than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ReleaseIndex</name>
    <message>
        <location filename="../../installers/releaseindex.cpp" line="+23"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+71"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+53"/>
        <location line="+76"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+139"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+167"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-163"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;version&apos; &quot;%1&quot; is not a Go version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;version&apos; &quot;%1&quot; differs from the release&apos;s &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;filename&apos; &quot;%1&quot; is not an official Go file name for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;os&apos; &quot;%1&quot; is not a GOOS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;arch&apos; &quot;%1&quot; is not a GOARCH name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;sha256&apos; is not 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;size&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;size&apos; is not a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;kind&apos; &quot;%1&quot; is not archive, installer or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;version&apos; &quot;%2&quot; is not a Go version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the release index is not valid JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the release index is %1, not an array of releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::ReleaseIndexClient</name>
    <message>
        <location filename="../../installers/releaseindexclient.cpp" line="+35"/>
        <source>the release index has not been fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+171"/>
        <source>%1 sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>there is no state folder to keep the release index in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 redirected elsewhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>%1 sent more than %2 bytes, which is not a release index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent an unusable release index: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; no cached copy of the release index is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::Rules</name>
    <message>
        <location filename="../../models/diagnosis/rules_goenv.cpp" line="+18"/>
        <source>the go env file sets GOROOT=%1 (%2); GOROOT belongs to the toolchain, not to a user setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;go env -u GOROOT&apos; on this side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2 in the go env file (%3) but %4 in the environment (%5), which wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one: run &apos;go env -u %1&apos;, or remove the setting at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>module checksums are not verified against the checksum database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these settings; list only private module paths in GOPRIVATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is set to %2 at %3 and to %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 in one start-up file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_goroot.cpp" line="+26"/>
        <source>GOROOT is %1 (set at %2) but the go on PATH, %3, belongs to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the GOROOT setting at %1 (Go finds its own root), or point it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>that folder holds no Go toolchain (no VERSION file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its bin folder holds no %1 for this side (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GOROOT %1 (set at %2) is not usable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix or remove the GOROOT setting at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is %2 (from %3), a path on the other side of the WSL boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this side its own %1 on its own file system; change or remove it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GOPATH entry %1 (from %2) lies inside GOROOT %3 (from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move GOPATH out of the Go installation, e.g. to the default ~/go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is %2 (from %3), on a Windows drive mounted into the distro: builds and module downloads there are many times slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a folder in the distro&apos;s own file system, such as ~/go; change it at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VS Code&apos;s go.goroot is %1 (%2), a toolchain on the other side of the WSL boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VS Code&apos;s go.goroot is %1 (%2), which holds no Go toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove go.goroot from %1 so the Go extension uses the go on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_path.cpp" line="+37"/>
        <source>the first Go on PATH is Windows&apos; %1 in %2 (added by %3), not a Linux toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off appendWindowsPath in /etc/wsl.conf, or install Go inside the distro and put its bin folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from PATH at %2, or put a Linux Go&apos;s bin folder before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 Go bin folders on PATH: %2 wins, %3 never runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one Go bin folder on PATH; remove the others where they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PATH entry %1 (from %2) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PATH entry %1 (from %2) is the same folder as entry %3, %4 (from %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the second one at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (from %2) is not on PATH, so tools installed with &apos;go install&apos; are not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to PATH in the side&apos;s start-up file or user Path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds %2 but is stored as REG_SZ, so Windows never expands it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store %1 as REG_EXPAND_SZ (GoDual&apos;s fix keeps the text and changes the type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the combined Path is %1 characters; tools that read it through older APIs cut it at 2047</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove entries that are missing or repeated, or shorten them with variables such as %USERPROFILE%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_wsl.cpp" line="+29"/>
        <source>translated between Windows and Linux paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, only from Windows into WSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, only from WSL into Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, in both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSLENV entry %1 (from %2) forwards %3 across the WSL boundary (%4), so one side&apos;s Go setting overrides the other&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 from WSLENV at %2; give each side its own %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>appendWindowsPath is on (%1): WSL adds %2 Windows Path entries to the end of PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set appendWindowsPath=false under [interop] in /etc/wsl.conf if the distro should not see Windows programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct the line in /etc/wsl.conf, then run &apos;wsl --terminate %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[interop] enabled=false (%1), yet %2 relies on interop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either enable interop or remove the settings that rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/lib/modules/%1 does not exist, so kernel modules such as overlay cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update WSL (&apos;wsl --update&apos;), which ships the modules for its kernel, or use a kernel with its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is stopped and was not started for this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan it with &apos;godual diagnose --wake&apos; or the window&apos;s Scan action (this starts the distro).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::Scanner</name>
    <message>
        <location filename="../../app/scan/scanner.cpp" line="+86"/>
        <source>could not list the WSL distros with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not list the WSL distros: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::SideBuilder</name>
    <message>
        <location filename="../../app/scan/sidebuilder.cpp" line="+251"/>
        <source>the login shell %1 did not finish its start-up files within 10 s; the environment shown may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login shell %1 exited with status %2 before its environment could be read; showing the environment without its start-up files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::SideId</name>
    <message>
        <location filename="../../models/sideid.cpp" line="+33"/>
        <source>&apos;%1&apos; is not a side: use windows, local, wsl:&lt;distro&gt; or a distro name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::SideProbe</name>
    <message>
        <location filename="../../app/scan/sideprobe.cpp" line="+54"/>
        <source>could not probe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not read the probe of %1 (exit code %2): %3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::TextReport</name>
    <message>
        <location filename="../../app/cli/textreport.cpp" line="+46"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not fully read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none on PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::UrlPolicy</name>
    <message>
        <location filename="../../installers/urlpolicy.cpp" line="+30"/>
        <source>refusing %1: only https is allowed (plain http only on this machine&apos;s loopback address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::WindowsSideReader</name>
    <message>
        <location filename="../../app/scan/windowssidereader.cpp" line="+76"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::WslConf</name>
    <message>
        <location filename="../../app/platform/wslconfparser.cpp" line="+288"/>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: WSL does not know the setting %3 and ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 is already set on line %4; WSL keeps the first one and ignores this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1:%2: WSL stops reading the file at this line (%3); nothing after it is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2: WSL stops reading the file at this line (%3); every later setting keeps its default, so these are ignored: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: the file has Windows (CRLF) line endings; released WSL builds (2.3.26 among them) ignore such a file, so its settings may not apply. Save it with LF line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1:%2: &apos;%3&apos; is not a valid value for %4 (WSL accepts %5); the default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true, false, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v1 or v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;;&apos; does not start a comment in wsl.conf, &apos;#&apos; does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line must start with a key (a letter), &apos;[&apos; or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section header must be letters and digits directly inside [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a &apos;#&apos; comment may follow a section header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key must be letters and digits followed by &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backslash at the end of a line must be followed by an LF line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;\%1&apos; is not an escape WSL accepts (write &apos;\\&apos; for a backslash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file starts with a UTF-8 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoDual::WslList</name>
    <message>
        <location filename="../../app/platform/wsllistparser.cpp" line="+23"/>
        <source>%1 failed with exit code %2 and printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2 (error code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+52"/>
        <source>%1 printed an unexpected line %2: &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
