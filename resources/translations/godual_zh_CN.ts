<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GoDual</name>
    <message>
        <location filename="../../models/changeset.cpp" line="+25"/>
        <source>%1 is not base64 text</source>
        <translation>%1 不是 base64 文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid base64</source>
        <translation>%1 不是有效的 base64</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no registry type</source>
        <translation>%1 没有注册表类型</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the change set has no id</source>
        <translation>变更集没有 id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change %1 of change set %2</source>
        <translation>变更集 %2 的第 %1 项变更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no valid kind or side</source>
        <translation>%1 没有有效的类型或环境</translation>
    </message>
    <message>
        <location filename="../../app/write/distrorestart.cpp" line="+21"/>
        <source>could not restart %1 (%2); run &apos;wsl --terminate %1&apos; yourself</source>
        <translation>无法重启 %1（%2）；请自行运行 “wsl --terminate %1”</translation>
    </message>
    <message>
        <location filename="../../models/versionmanager.cpp" line="+143"/>
        <source>gvm has no environment file %1environments/%2 to copy</source>
        <translation>gvm 没有可复制的环境文件 %1environments/%2</translation>
    </message>
</context>
<context>
    <name>GoDual::ArchiveExtractor</name>
    <message>
        <location filename="../../installers/archiveextractor.cpp" line="+76"/>
        <source>%1: not a .tar.gz or .zip archive</source>
        <translation>%1：不是 .tar.gz 或 .zip 归档文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the archive: %2</source>
        <translation>%1：无法读取归档文件：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+58"/>
        <source>%1: more than %2 entries</source>
        <translation>%1：条目超过 %2 个</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1: entry &apos;%2&apos; appears twice</source>
        <translation>%1：条目 &apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: hard link &apos;%2&apos; names &apos;%3&apos;, which is not an earlier file of the archive</source>
        <translation>%1：硬链接 &apos;%2&apos; 指向 &apos;%3&apos;，它不是归档中更早出现的文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+46"/>
        <source>%1: entry &apos;%2&apos; is neither a file, a folder nor a link</source>
        <translation>%1：条目 &apos;%2&apos; 既不是文件、文件夹，也不是链接</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1: folders nested deeper than 256 levels</source>
        <translation>%1：文件夹嵌套超过 256 层</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: entry &apos;%2&apos; has a negative size</source>
        <translation>%1：条目 &apos;%2&apos; 的大小为负数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: unpacks to more than %2 bytes</source>
        <translation>%1：解压后超过 %2 字节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: link &apos;%2&apos; points to &apos;%3&apos;, outside the archive&apos;s folder</source>
        <translation>%1：链接 &apos;%2&apos; 指向 &apos;%3&apos;，位于解压目标文件夹之外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry &apos;%2&apos; ends early (the archive is truncated or damaged)</source>
        <translation>%1：条目 &apos;%2&apos; 提前结束（归档文件被截断或已损坏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 already exists; GoDual only extracts into a new folder</source>
        <translation>%1 已存在；GoDual 只会解压到新文件夹中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot extract into %1: its parent folder does not exist</source>
        <translation>无法解压到 %1：其父文件夹不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1: cannot read entry &apos;%2&apos;</source>
        <translation>%1：无法读取条目 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot set the permissions of %1</source>
        <translation>无法设置 %1 的权限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create link %1 -&gt; %2</source>
        <translation>无法创建链接 %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>GoDual::ArchivePath</name>
    <message>
        <location filename="../../installers/archivepath.cpp" line="+23"/>
        <source>an archive entry has an empty name</source>
        <translation>归档文件中有条目的名称为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; contains a NUL character</source>
        <translation>归档条目 &apos;%1&apos; 包含 NUL 字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; is an absolute path</source>
        <translation>归档条目 &apos;%1&apos; 是绝对路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive entry &apos;%1&apos; contains a backslash</source>
        <translation>归档条目 &apos;%1&apos; 包含反斜杠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archive entry &apos;%1&apos; has an empty, &apos;.&apos; or &apos;..&apos; component</source>
        <translation>归档条目 &apos;%1&apos; 的路径中含有空段、&apos;.&apos; 或 &apos;..&apos;</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeApplier</name>
    <message>
        <location filename="../../app/write/changeapplier.cpp" line="+48"/>
        <source>stopped by the fault-injection hook (a simulated crash)</source>
        <translation>被故障注入钩子停止（模拟崩溃）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interrupted after journaling change set %1</source>
        <translation>已记录变更集 %1 后中断</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted after writing %1</source>
        <translation>写入 %1 后中断</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1; restoring the files already written failed too, the change set stays journaled for the next start to restore: %2</source>
        <translation>%1；恢复已写入的文件也失败了，变更集保留在日志中，下次启动时恢复：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; nothing was changed</source>
        <translation>%1；未做任何更改</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no change set %1 (godual undo --list shows them)</source>
        <translation>没有变更集 %1（godual undo --list 可列出变更集）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change set %1 is %2, not applied: there is nothing of it to undo</source>
        <translation>变更集 %1 的状态为 %2，并未应用：没有可撤销的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo %1 (%2)</source>
        <translation>撤销 %1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>change set %1 was interrupted and cannot be restored yet: %2</source>
        <translation>变更集 %1 被中断，暂时无法恢复：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change set %1 (%2) was interrupted; every file and value it touched is back as it was</source>
        <translation>变更集 %1（%2）曾被中断；它涉及的每个文件和值都已恢复原样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet journaled in full</source>
        <translation>尚未完整记录</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeController</name>
    <message>
        <location filename="../../ui/changecontroller.cpp" line="+27"/>
        <source>Stop appending Windows&apos; Path (recommended)</source>
        <translation>停止追加 Windows 的 Path（推荐）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep appending, filter Windows&apos; Go out</source>
        <translation>继续追加，但过滤掉 Windows 的 Go</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Fix %1 on %2</source>
        <translation>修复 %2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>修复 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的内容。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restart %1</source>
        <translation>重启 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not installed on %2.</source>
        <translation>%2 上没有安装 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use %1 on %2</source>
        <translation>在 %2 上使用 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be read again</source>
        <translation>无法再次读取 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now runs %2.</source>
        <translation>%1 现在运行 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not run %2: %3. GoDual undoes the change.</source>
        <translation>%1 没有运行 %2：%3。GoDual 会撤销这项更改。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The switch did not take effect</source>
        <translation>切换没有生效</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The change was not made</source>
        <translation>未进行更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing of it is in effect: every file and registry value has its earlier content.</source>
        <translation>%1

这项更改没有生效：每个文件和注册表值都保持原来的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was undone. Undo anyway? What was written to these targets since is lost.</source>
        <translation>%1

没有撤销任何内容。仍要撤销吗？之后写入这些目标的内容将会丢失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo &amp;anyway</source>
        <translation>仍然撤销(&amp;A)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read the changed sides again.</source>
        <translation>已重新读取更改过的环境。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Fixed: a new scan no longer finds %n problem(s).</source>
        <translation>
            <numerusform>已修复：重新扫描不再发现这 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new scan still finds %1: %2 sees the change when it restarts.</source>
        <translation>重新扫描仍发现 %1：%2 重启后才会看到更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new scan still finds %1.</source>
        <translation>重新扫描仍发现：%1。</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/changehistorymodel.cpp" line="+57"/>
        <source>Change set %1</source>
        <translation>更改集 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sides</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeHistoryPanel</name>
    <message>
        <location filename="../../ui/changehistorypanel.cpp" line="+81"/>
        <source>GoDual has changed nothing on this machine yet.</source>
        <translation>GoDual 尚未更改这台计算机上的任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo…</source>
        <translation>撤销(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore every file and registry value this change set changed, byte for byte</source>
        <translation>逐字节恢复此更改集改动过的每个文件和注册表值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change history</source>
        <translation>更改历史</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeJournal</name>
    <message>
        <location filename="../../app/write/changejournal.cpp" line="+27"/>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>GoDual has no state folder to keep its change journal in (set GODUAL_STATE_DIR)</source>
        <translation>GoDual 没有保存变更日志的状态文件夹（请设置 GODUAL_STATE_DIR）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change set %1 is journaled already</source>
        <translation>变更集 %1 已在日志中</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+23"/>
        <source>there is no change set %1 in %2</source>
        <translation>%2 中没有变更集 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no known status</source>
        <translation>%1 中没有已知的状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 不是有效的 JSON（偏移 %2）：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangePreviewDialog</name>
    <message>
        <location filename="../../ui/changepreviewdialog.cpp" line="+40"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Files and registry values to change</source>
        <translation>要更改的文件和注册表值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1

%n target(s) change. Each is backed up first and written in one step; Change history undoes the whole set.</source>
        <translation>
            <numerusform>%1

将更改 %n 个目标。每个目标先备份，再一次写入；“更改历史”可撤销整组更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not included:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1 after applying, so the change takes effect at once (programs running there end)</source>
        <translation>应用后重启 %1，使更改立即生效（其中正在运行的程序会结束）</translation>
    </message>
</context>
<context>
    <name>GoDual::ChangeSetReport</name>
    <message>
        <location filename="../../app/cli/changesetreport.cpp" line="+45"/>
        <source>%1 (%2, for %3)</source>
        <translation>%1（%2，用于 %3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Takes effect when these distros restart (their running programs end): %1</source>
        <translation>这些发行版重启后生效（其中正在运行的程序会结束）：%1</translation>
    </message>
</context>
<context>
    <name>GoDual::Cli</name>
    <message>
        <location filename="../../app/cli/availablecommand.cpp" line="+56"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ARCHIVE FOR %1</source>
        <translation>归档文件 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stable</source>
        <translation>稳定版</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unstable</source>
        <translation>非稳定版</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lists the Go releases of the official release index.</source>
        <translation>列出官方发布索引中的 Go 版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every release, not only the current stable ones.</source>
        <translation>所有版本，而不仅是当前的稳定版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>godual available: unexpected argument &apos;%1&apos; (godual available --help)</source>
        <translation>godual available：意外的参数“%1”（参见 godual available --help）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>godual available: %1</source>
        <translation>godual available: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>godual available: note: %1; showing the release index cached at %2</source>
        <translation>godual available: 注意：%1；以下显示于 %2 缓存的发布索引</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go releases from the release index (stable only unless --all)</source>
        <translation>列出发布索引中的 Go 版本（默认仅列出稳定版，--all 列出全部）</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+24"/>
        <source>usage: godual [COMMAND [OPTIONS]]</source>
        <translation>用法：godual [命令 [选项]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, godual opens the control panel window.</source>
        <translation>不带命令运行时，godual 会打开控制面板窗口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>godual: unknown command &apos;%1&apos;; &apos;godual --help&apos; lists the commands</source>
        <translation>godual: 未知命令 &apos;%1&apos;；运行 &apos;godual --help&apos; 可查看命令列表</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+23"/>
        <source>scan every side and report the problems found</source>
        <translation>扫描所有环境并报告发现的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the sides, their Go installations and the active one</source>
        <translation>列出各个环境、其中的 Go 安装以及当前使用的 Go 安装</translation>
    </message>
    <message>
        <location filename="../../app/cli/diagnosecommand.cpp" line="+19"/>
        <source>Reads every side (or the ones given) and reports the Go installations, the environment with the origin of every value, and the problems found.</source>
        <translation>读取每一端（或指定的端），报告 Go 安装、环境（附每个值的来源）以及发现的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>godual diagnose: no such side on this machine</source>
        <translation>godual diagnose: 本机上没有这个环境</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lists the sides and their Go installations.</source>
        <translation>列出各端及其 Go 安装。</translation>
    </message>
    <message>
        <location filename="../../app/guiunavailable.cpp" line="+11"/>
        <source>godual: this build has no window (built with GODUAL_BUILD_UI=OFF); see &apos;godual --help&apos; for the commands it has
</source>
        <translation>godual: 此构建不包含窗口界面（使用 GODUAL_BUILD_UI=OFF 构建）；运行 &apos;godual --help&apos; 查看它支持的命令
</translation>
    </message>
    <message>
        <location filename="../../app/cli/installcommand.cpp" line="+47"/>
        <source>  %1/s</source>
        <translation>  %1/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 s left</source>
        <translation>  剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Downloads Go VERSION from the official release index, checks its checksum and unpacks it into the side&apos;s SDK folder (~/sdk/VERSION, %USERPROFILE%\sdk\VERSION on Windows).</source>
        <translation>从官方发布索引下载 Go VERSION，校验其校验和，并解压到该端的 SDK 文件夹（~/sdk/VERSION，Windows 上为 %USERPROFILE%\sdk\VERSION）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>godual install: %1</source>
        <translation>godual install: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>godual install: interrupted; nothing was installed (a partial download is kept and resumed next time)</source>
        <translation>godual install：已中断；未安装任何内容（未完成的下载会保留，下次继续）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>download, verify and install a Go release into ~/sdk/VERSION (local side or a WSL distro)</source>
        <translation>下载、校验并安装 Go 版本到 ~/sdk/VERSION（本机或 WSL 发行版）</translation>
    </message>
    <message>
        <location filename="../../app/cli/removecommand.cpp" line="+33"/>
        <source>%1 is a link; GoDual removes only SDK folders it can identify</source>
        <translation>%1 是一个链接；GoDual 只删除它能识别的 SDK 文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no %1 in %2</source>
        <translation>%2 中没有 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a Go SDK of %2 (its VERSION file does not say %2); not removed</source>
        <translation>%1 不是 %2 的 Go SDK（其 VERSION 文件不是 %2）；未删除</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+45"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>godual remove: %1</source>
        <translation>godual remove: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>godual remove: %1 is the active Go (%2 is the first go.exe on Path); pass --force to remove it</source>
        <translation>godual remove：%1 是当前使用的 Go（%2 是 Path 中的第一个 go.exe）；如需删除请加 --force</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot tell which Go is active on %1 (%2); pass --force to remove it anyway</source>
        <translation>无法确定 %1 上当前使用的是哪个 Go（%2）；如仍要删除请加 --force</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removes a Go SDK that GoDual installed on the side (its folder under ~/sdk).</source>
        <translation>删除 GoDual 在该端安装的 Go SDK（其在 ~/sdk 下的文件夹）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>godual remove: %1 is the active Go (%2 is the first go on PATH); pass --force to remove it</source>
        <translation>godual remove: %1 是当前使用的 Go（%2 是 PATH 上的第一个 go）；如需删除请加 --force</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>godual remove: cannot move %1 aside to remove it</source>
        <translation>godual remove: 无法将 %1 移开以便删除</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 has no bin/%2, so it is not a Go SDK; not removed</source>
        <translation>%1 中没有 bin/%2，因此不是 Go SDK；未删除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>godual remove: %1 was taken out of use but could not be deleted completely: %2</source>
        <translation>godual remove: %1 已停止使用，但未能完全删除：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>delete an SDK GoDual installed (refuses the active one without --force)</source>
        <translation>删除 GoDual 安装的 SDK（不加 --force 时拒绝删除当前使用的版本）</translation>
    </message>
    <message>
        <location filename="../../app/cli/sdkcommandargs.cpp" line="+19"/>
        <source>A Go version, such as go1.22.6.</source>
        <translation>Go 版本，例如 go1.22.6。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The side: windows, local or wsl:&lt;distro&gt; (required).</source>
        <translation>端：windows、local 或 wsl:&lt;发行版&gt;（必需）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the distro when it is stopped.</source>
        <translation>发行版已停止时启动它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it even when it is the Go the side runs now.</source>
        <translation>即使它是该端当前运行的 Go 也删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one VERSION and --side ID (godual %1 --help)</source>
        <translation>请给出一个 VERSION 和 --side ID（参见 godual %1 --help）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a Go version such as go1.22.6</source>
        <translation>&apos;%1&apos; 不是 go1.22.6 这样的 Go 版本</translation>
    </message>
    <message>
        <location filename="../../app/cli/changerun.cpp" line="+34"/>
        <source>Apply these changes? [y/N] </source>
        <translation>应用这些更改吗？[y/N] </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the plan and change nothing.</source>
        <translation>显示计划，不做任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply without asking.</source>
        <translation>不询问，直接应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not restart the distros a change needs restarted.</source>
        <translation>不重启需要重启的发行版。</translation>
    </message>
    <message>
        <location filename="../../app/cli/availablecommand.cpp" line="-52"/>
        <location filename="../../app/cli/changerun.cpp" line="+1"/>
        <location filename="../../app/cli/scanrun.cpp" line="+17"/>
        <source>Print one JSON document on stdout.</source>
        <translation>在标准输出上输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+15"/>
        <source>Print this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location filename="../../app/cli/changerun.cpp" line="+31"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was changed: pass --yes to apply the changes without a terminal to ask on</source>
        <translation>未做任何更改：没有可供询问的终端时，请加 --yes 以应用更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applied change set %1; &apos;godual undo %1&apos; restores every byte.</source>
        <translation>已应用变更集 %1；&apos;godual undo %1&apos; 可逐字节恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarted: %1</source>
        <translation>已重启：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect when these distros restart: %1 (wsl --terminate NAME)</source>
        <translation>这些发行版重启后生效：%1（wsl --terminate NAME）</translation>
    </message>
    <message>
        <location filename="../../app/cli/fixcommand.cpp" line="+25"/>
        <source>Plans the fixes of the findings with these ids (every fixable one when no id is given) as one change set, shows it and applies it.</source>
        <translation>将具有这些 id 的问题（未指定 id 时为所有可修复的问题）的修复规划为一个变更集，显示并应用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A finding id, such as windows-path-appended.</source>
        <translation>问题 id，例如 windows-path-appended。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix only on this side (repeatable).</source>
        <translation>只修复此环境（可重复）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For fixes with alternatives: which one.</source>
        <translation>对于有多种方案的修复：选择哪一种。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/usecommand.cpp" line="+31"/>
        <source>Also change machine-wide registry values (needs an elevated GoDual).</source>
        <translation>同时修改全机范围的注册表值（需要以管理员身份运行 GoDual）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start stopped distros to scan them.</source>
        <translation>启动已停止的发行版以便扫描。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>godual fix: &apos;%1&apos; is not a finding id (docs/diagnostics.md lists them)</source>
        <translation>godual fix：&apos;%1&apos; 不是问题 id（docs/diagnostics.md 列出了所有 id）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>godual fix: there is no side %1 on this machine</source>
        <translation>godual fix：本机上没有环境 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>godual fix: not fixed: %1</source>
        <translation>godual fix：未修复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fixable finding.</source>
        <translation>没有可修复的问题。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verified by a new scan: every fixed finding is gone.</source>
        <translation>新的扫描已确认：所有已修复的问题都已消失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new scan still finds: %1 (a distro listed as pending sees the change after it restarts)</source>
        <translation>新的扫描仍发现：%1（列为待重启的发行版在重启后才会看到更改）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fix findings as one change set: previewed, journaled, undoable</source>
        <translation>将问题修复为一个变更集：可预览、有日志、可撤销</translation>
    </message>
    <message>
        <location filename="../../app/cli/undocommand.cpp" line="+40"/>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GoDual has changed nothing yet.</source>
        <translation>GoDual 尚未做过任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restores what the newest change set not yet undone (or CHANGESET) changed, byte for byte.</source>
        <translation>逐字节恢复最新一个尚未撤销的变更集（或 CHANGESET）所做的更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id of a change set (godual undo --list).</source>
        <translation>变更集的 id（godual undo --list）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the change sets, newest first.</source>
        <translation>列出变更集，最新的在前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo even where a target changed since.</source>
        <translation>即使目标在此后被修改过也撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>godual undo: one change set at a time</source>
        <translation>godual undo：一次只能撤销一个变更集</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>restore what a change set changed, byte for byte</source>
        <translation>逐字节恢复某个变更集所做的更改</translation>
    </message>
    <message>
        <location filename="../../app/cli/usecommand.cpp" line="-6"/>
        <source>Makes VERSION, installed on that side, the Go a new terminal (a new process on Windows) of that side runs, as one change set: previewed, journaled, undoable with godual undo.</source>
        <translation>让该环境中已安装的 VERSION 成为该环境新终端（在 Windows 上为新进程）运行的 Go，作为一个更改集：先预览、记入日志，可用 godual undo 撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installed Go version, such as go1.22.6 or 1.22.</source>
        <translation>已安装的 Go 版本，例如 go1.22.6 或 1.22。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The side to switch (required).</source>
        <translation>要切换的环境（必填）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the distro to read it when it is stopped.</source>
        <translation>发行版已停止时先启动它再读取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>godual use: give one VERSION and --side ID (godual use --help)</source>
        <translation>godual use：请给出一个 VERSION 和 --side ID（参见 godual use --help）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>godual use: there is no side %1 on this machine</source>
        <translation>godual use：这台计算机上没有环境 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>godual use: %1 was not read (%2); pass --wake to start it</source>
        <translation>godual use：未读取 %1（%2）；加上 --wake 以启动它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is stopped</source>
        <translation>它已停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>godual use: %1 is not installed on %2; installed there: %3 (&apos;godual install VERSION --side %2&apos; installs another)</source>
        <translation>godual use：%2 上没有安装 %1；那里已安装：%3（“godual install VERSION --side %2” 可安装其他版本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verified by a new probe: a new terminal of %1 runs %2 from %3.</source>
        <translation>已通过重新探测验证：%1 的新终端运行来自 %3 的 %2。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 could not be read again</source>
        <translation>无法再次读取 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>godual use: %1 is not in effect: %2; the change set was undone</source>
        <translation>godual use：%1 没有生效：%2；更改集已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>godual use: %1 is not in effect: %2; undoing it failed: run &apos;godual undo %3&apos;</source>
        <translation>godual use：%1 没有生效：%2；撤销失败：请运行 “godual undo %3”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>make an installed Go version the one a side runs, as one undoable change set</source>
        <translation>让已安装的某个 Go 版本成为某个环境运行的版本，作为一个可撤销的更改集</translation>
    </message>
    <message>
        <location filename="../../app/cli/scanrun.cpp" line="+1"/>
        <source>Only this side (windows, local or wsl:&lt;distro&gt;); repeatable.</source>
        <translation>仅此端（windows、local 或 wsl:&lt;发行版&gt;）；可重复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start stopped distros to read them.</source>
        <translation>启动已停止的发行版以读取它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit 1 for warnings too, not only for errors.</source>
        <translation>遇到警告时也以 1 退出，而不仅是错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos; (godual %2 --help)</source>
        <translation>意外的参数“%1”（参见 godual %2 --help）</translation>
    </message>
</context>
<context>
    <name>GoDual::DownloadJob</name>
    <message>
        <location filename="../../installers/downloadjob.cpp" line="+68"/>
        <source>the download of %1 has not finished</source>
        <translation>%1 的下载尚未完成</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 redirected elsewhere: %2</source>
        <translation>%1 被重定向到了不允许的地址：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 answered with Content-Range &quot;%2&quot; instead of the range asked for</source>
        <translation>%1 返回的 Content-Range 为 &quot;%2&quot;，与请求的范围不符</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 sent more than the %2 bytes the release index lists</source>
        <translation>%1 发送的数据超过了发布索引中列出的 %2 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>the download of %1 was cancelled</source>
        <translation>%1 的下载已取消</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 refused to resume (HTTP 416)</source>
        <translation>%1 拒绝断点续传（HTTP 416）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 返回了 HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回了 HTTP %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 已有 %2 秒没有发送任何数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2, which is not the file</source>
        <translation>%1 返回了 HTTP %2，而不是文件内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation>%1 在传输了 %3 字节中的 %2 字节后关闭了连接</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1（尝试 %n 次后放弃）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the SHA-256 of %1 does not match the release index: expected %2, received %3 (%n byte(s)); the download was deleted</source>
        <translation>
            <numerusform>%1 的 SHA-256 与发布索引不符：应为 %2，实际收到的是 %3（%n 字节）；已删除下载的文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
</context>
<context>
    <name>GoDual::DpkgAlternatives</name>
    <message>
        <location filename="../../models/dpkgalternatives.cpp" line="+29"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected the mode, auto or manual</source>
        <translation>此处应为模式：auto 或 manual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the master link, an absolute path</source>
        <translation>此处应为主链接（绝对路径）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the list of slave links does not end with an empty line</source>
        <translation>从属链接列表未以空行结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slave %1 has no link</source>
        <translation>从属项 %1 没有链接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choice %1 has no priority</source>
        <translation>候选项 %1 没有优先级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choice %1 lacks its slave paths</source>
        <translation>候选项 %1 缺少从属路径</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no choice is registered for %1</source>
        <translation>%1 没有注册任何候选项</translation>
    </message>
</context>
<context>
    <name>GoDual::EnvironmentModel</name>
    <message>
        <location filename="../../models/itemmodels/environmentmodel.cpp" line="+30"/>
        <source>WSL ignores %1 (unknown flag)</source>
        <translation>WSL 忽略 %1（未知标志）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 crosses the WSL boundary</source>
        <translation>%1 跨越了 WSL 边界</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a Windows program inside the distro</source>
        <translation>发行版中的 Windows 程序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overrides %1</source>
        <translation>覆盖了 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the go env file says %1 (%2)</source>
        <translation>go env 配置文件中为 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no toolchain found there</source>
        <translation>该处没有找到工具链</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the go on PATH belongs to %1</source>
        <translation>PATH 上的 go 属于 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>on the other side of the WSL boundary</source>
        <translation>位于 WSL 边界的另一侧</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not set on %1</source>
        <translation>%1 上未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>go on PATH</source>
        <translation>PATH 上的 go</translation>
    </message>
</context>
<context>
    <name>GoDual::FindingsModel</name>
    <message>
        <location filename="../../models/itemmodels/findingsmodel.cpp" line="+33"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>GoDual::FixActions</name>
    <message>
        <location filename="../../models/fix/fixactions.cpp" line="+42"/>
        <source>%1\%2 is a machine-wide value: pass --system (and run GoDual as administrator) to change it</source>
        <translation>%1\%2 是全机范围的值：要修改它请加 --system（并以管理员身份运行 GoDual）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+108"/>
        <location line="+180"/>
        <location line="+123"/>
        <location line="+96"/>
        <source>the scan did not read %1\%2</source>
        <translation>扫描没有读取 %1\%2</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>GoDual cannot tell which entries of %1\%2 the scan&apos;s Path entries come from (one of them expands to several folders or to none); edit it by hand</source>
        <translation>GoDual 无法判断扫描到的 Path 条目来自 %1\%2 的哪些条目（其中某个条目展开为多个文件夹或为空）；请手动编辑</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: GoDual does not know which start-up file the login shell reads</source>
        <translation>%1：GoDual 不知道登录 shell 读取哪个启动文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GoDual cannot tell where Windows sets WSLENV</source>
        <translation>GoDual 无法确定 Windows 在哪里设置 WSLENV</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 comes from %2, which GoDual cannot change</source>
        <translation>%1 来自 %2，GoDual 无法修改它</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no WSL interop settings to change</source>
        <translation>%1 没有可修改的 WSL 互操作设置</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>GoDual cannot tell which registry value adds %1 to Path</source>
        <translation>GoDual 无法判断是哪个注册表值把 %1 加入 Path</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+21"/>
        <source>%1 is not a missing PATH entry in the scan</source>
        <translation>扫描结果中 %1 不是缺失的 PATH 条目</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 comes from Windows&apos; Path (appendWindowsPath); fix it on the Windows side</source>
        <translation>%1 来自 Windows 的 Path（appendWindowsPath）；请在 Windows 一侧修复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not missing: %2 stores it as REG_SZ, so Windows never expands it (path-unexpanded-variable&apos;s fix makes the value REG_EXPAND_SZ)</source>
        <translation>%1 并未缺失：%2 以 REG_SZ 存储它，因此 Windows 从不展开它（path-unexpanded-variable 的修复会把该值改为 REG_EXPAND_SZ）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>%1 is not a repeated PATH entry in the scan</source>
        <translation>扫描结果中 %1 不是重复的 PATH 条目</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the repeated %1 comes from Windows&apos; Path (appendWindowsPath); fix it on the Windows side</source>
        <translation>重复的 %1 来自 Windows 的 Path（appendWindowsPath）；请在 Windows 一侧修复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoDual&apos;s block would drop every %1 from PATH, the first one too; remove the later one at %2 by hand</source>
        <translation>GoDual 的块会从 PATH 中删除所有 %1，包括第一个；请在 %2 手动删除后面那个</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only Windows&apos; Path has a length limit</source>
        <translation>只有 Windows 的 Path 有长度限制</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>only %1 holds entries to remove or shorten: pass --system (and run GoDual as administrator) to change it</source>
        <translation>只有 %1 含有可删除或可缩短的条目：请加上 --system（并以管理员身份运行 GoDual）来修改它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path holds no missing or repeated entry and none GoDual can shorten; remove entries by hand</source>
        <translation>Path 中没有缺失或重复的条目，也没有 GoDual 能缩短的条目；请手动删除条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the combined Path stays %1 characters after this change, above 2,047; remove entries by hand</source>
        <translation>此更改后合并的 Path 仍有 %1 个字符，超过 2,047；请手动删除条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the combined Path stays %1 characters after this change, above 2,047; --system would also change %2, or remove entries by hand</source>
        <translation>此更改后合并的 Path 仍有 %1 个字符，超过 2,047；加上 --system 还会修改 %2，或请手动删除条目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not one of the user&apos;s own start-up files</source>
        <translation>%1 不是用户自己的启动文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>%1 has no line %2</source>
        <translation>%1 没有第 %2 行</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1:%2 does more than set %3; change it by hand</source>
        <translation>%1:%2 除了设置 %3 还做了其他事情；请手动修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was not read on %2</source>
        <translation>未在 %2 上读取 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoDual does not know which VS Code settings file sets go.goroot</source>
        <translation>GoDual 不知道是哪个 VS Code 设置文件设置了 go.goroot</translation>
    </message>
</context>
<context>
    <name>GoDual::FixPlanner</name>
    <message>
        <location filename="../../models/fix/fixplanner.cpp" line="+71"/>
        <source>the go env file does not set %1</source>
        <translation>go env 文件没有设置 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1&apos;s final value does not come from a start-up file</source>
        <translation>%1 的最终值并非来自启动文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not the bin folder of a Go installation GoDual found; remove it by hand</source>
        <translation>%1 不是 GoDual 找到的某个 Go 安装的 bin 文件夹；请手动删除</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GoDual has no fix for %1</source>
        <translation>GoDual 没有针对 %1 的修复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WSL stops adding Windows&apos; Path to the distro; GoDual adds back only the folders of Windows tools such as VS Code&apos;s code and explorer.exe. Takes effect when the distro restarts.</source>
        <translation>WSL 不再把 Windows 的 Path 加入发行版；GoDual 只加回 Windows 工具所在的文件夹，例如 VS Code 的 code 和 explorer.exe。发行版重启后生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSL keeps adding Windows&apos; Path; a block in the start-up file removes the Windows Go folders and go shims from it. Takes effect in new terminals.</source>
        <translation>WSL 继续追加 Windows 的 Path；启动文件中的一个块会从中移除 Windows 的 Go 文件夹和 go 垫片。在新终端中生效。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the side is not in the scan</source>
        <translation>该环境不在扫描结果中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of its choices (%2)</source>
        <translation>%1 不是它的可选方案之一（%2）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>fix %1</source>
        <translation>修复 %1</translation>
    </message>
</context>
<context>
    <name>GoDual::GoEnvFileEdit</name>
    <message>
        <location filename="../../models/edit/goenvfileedit.cpp" line="+40"/>
        <source>&apos;%1&apos; is not a go env variable name</source>
        <translation>&apos;%1&apos; 不是 go env 变量名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go env: %1 cannot be modified</source>
        <translation>go env: %1 不能修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go env: %1 can only be set using the OS environment</source>
        <translation>go env: %1 只能通过操作系统环境变量设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go env: GOPATH entry cannot start with shell metacharacter &apos;~&apos;: &quot;%1&quot;</source>
        <translation>go env: GOPATH 条目不能以 shell 元字符 &apos;~&apos; 开头：&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>go env: %1 entry is relative; must be absolute path: &quot;%2&quot;</source>
        <translation>go env: %1 条目是相对路径；必须是绝对路径：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go env: invalid newline in %1=... value</source>
        <translation>go env: %1=... 的值中含有无效的换行符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go env: invalid NUL in %1=... value</source>
        <translation>go env: %1=... 的值中含有无效的 NUL 字符</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>go env: %1 is both set and unset</source>
        <translation>go env: %1 不能同时设置和取消设置</translation>
    </message>
</context>
<context>
    <name>GoDual::InstallDialog</name>
    <message>
        <location filename="../../ui/installdialog.cpp" line="+100"/>
        <source>GoDual cannot install on this side yet</source>
        <translation>GoDual 暂时无法在此环境中安装</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installs into %1</source>
        <translation>安装到 %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Loading the release index…</source>
        <translation>正在加载发布索引…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The release index could not be read: %1</source>
        <translation>无法读取发布索引：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: cached index from %1</source>
        <translation>离线：使用 %1 缓存的索引</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n release(s) from %1, fetched %2</source>
        <translation>
            <numerusform>来自 %1 的 %n 个发布版本，获取于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Install Go</source>
        <translation>安装 Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search versions, e.g. 1.22</source>
        <translation>搜索版本，例如 1.22</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search versions</source>
        <translation>搜索版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all releases (betas and release candidates too)</source>
        <translation>显示全部发布版本（包括测试版和候选版）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go releases</source>
        <translation>Go 发布版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install on:</source>
        <translation>安装到：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GoDual::InstallJob</name>
    <message>
        <location filename="../../installers/installjob.cpp" line="+37"/>
        <source>the archive has no go/VERSION file</source>
        <translation>归档文件中没有 go/VERSION 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive&apos;s go/VERSION says &apos;%1&apos;, not %2</source>
        <translation>归档文件的 go/VERSION 为 &apos;%1&apos;，而不是 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive has no executable %1</source>
        <translation>归档文件中没有可执行文件 %1</translation>
    </message>
    <message>
        <location filename="../../installers/archivetree.cpp" line="+30"/>
        <source>the extracted files differ from the archive&apos;s listing (missing: %1; unexpected: %2)</source>
        <translation>解包出的文件与归档文件的清单不一致（缺少：%1；多出：%2）</translation>
    </message>
    <message>
        <location filename="../../installers/installjob.cpp" line="+63"/>
        <location line="+13"/>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1: entry &apos;%2&apos; is outside the archive&apos;s go/ folder</source>
        <translation>%1：条目 &apos;%2&apos; 不在归档文件的 go/ 文件夹中</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: only .tar.gz and .zip archives can be installed</source>
        <translation>%1：只能安装 .tar.gz 和 .zip 压缩包</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+157"/>
        <location line="+12"/>
        <location line="+40"/>
        <location line="+23"/>
        <location line="+56"/>
        <location line="+42"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move the extracted SDK to %1</source>
        <translation>无法将解包出的 SDK 移动到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: only .tar.gz archives can be installed on %2</source>
        <translation>%1：在 %2 上只能安装 .tar.gz 压缩包</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Waiting for another install of this version</source>
        <translation>正在等待此版本的另一个安装完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the release index</source>
        <translation>正在读取发布索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decompressing</source>
        <translation>正在解压缩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>正在解包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the side</source>
        <translation>正在检查目标一侧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the install of %1 has not finished</source>
        <translation>%1 的安装尚未完成</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no Go version to install</source>
        <translation>没有要安装的 Go 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SDK folder or state folder to install into</source>
        <translation>没有可用于安装的 SDK 文件夹或状态文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already installed in %2</source>
        <translation>%1 已安装在 %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is not in the release index %2</source>
        <translation>发布索引 %2 中没有 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the release index has no %1 archive for %2/%3</source>
        <translation>发布索引中没有适用于 %2/%3 的 %1 归档文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough free space in %1 for %2: it needs about %3, %4 are free</source>
        <translation>%1 的可用空间不足以安装 %2：约需 %3，仅剩 %4</translation>
    </message>
</context>
<context>
    <name>GoDual::InstallsMatrixModel</name>
    <message>
        <location filename="../../models/itemmodels/installsmatrixmodel.cpp" line="+73"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not installed on %2</source>
        <translation>%2 上未安装 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>GoDual::JobsModel</name>
    <message>
        <location filename="../../ui/jobsmodel.cpp" line="+187"/>
        <source>change set %1</source>
        <translation>更改集 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarted %1</source>
        <translation>已重启 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes effect when %1 restarts</source>
        <translation>%1 重启后生效</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing changes</source>
        <translation>正在写入更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarting distros</source>
        <translation>正在重启发行版</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarted</source>
        <translation>已重启</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>GoDual::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+97"/>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cancel installing %1 on %2</source>
        <translation>取消在 %2 上安装 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear &amp;finished</source>
        <translation>清除已结束的任务(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>GoDual::Jsonc</name>
    <message>
        <location filename="../../models/jsonc.cpp" line="+33"/>
        <source>the settings must be one JSON object, starting with &apos;{&apos;</source>
        <translation>设置必须是一个以 &apos;{&apos; 开头的 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the object is not closed with &apos;}&apos;</source>
        <translation>对象没有以 &apos;}&apos; 结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+149"/>
        <source>expected &apos;:&apos; after the key</source>
        <translation>键之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>结尾的 &apos;}&apos; 之后有多余的文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the comment is not closed with &apos;*/&apos;</source>
        <translation>注释没有以 &apos;*/&apos; 结束</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a string in double quotes</source>
        <translation>此处应为双引号括起的字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the string is not closed on its line</source>
        <translation>字符串没有在本行内结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the string is not closed</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the string is not valid JSON (an escape or a control character)</source>
        <translation>字符串不是有效的 JSON（转义序列或控制字符有误）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>expected a value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>expected &apos;%1&apos;</source>
        <translation>此处应为 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>GoDual::JsoncEdit</name>
    <message>
        <location filename="../../models/edit/jsoncedit.cpp" line="+54"/>
        <source>editing %1 would leave the settings unreadable (%2)</source>
        <translation>修改 %1 会使设置文件无法读取（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>editing %1 would change other settings; the file is left as it is</source>
        <translation>修改 %1 会改变其他设置；文件保持不变</translation>
    </message>
</context>
<context>
    <name>GoDual::LanguageMenu</name>
    <message>
        <location filename="../../ui/languagemenu.cpp" line="+76"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
</context>
<context>
    <name>GoDual::LineEdit</name>
    <message>
        <location filename="../../models/edit/lineedit.cpp" line="+13"/>
        <source>line %1 is outside the file (%2 lines)</source>
        <translation>第 %1 行不在文件范围内（文件共 %2 行）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new text of line %1 holds a line break</source>
        <translation>第 %1 行的新文本中含有换行符</translation>
    </message>
</context>
<context>
    <name>GoDual::LinuxFileWriter</name>
    <message>
        <location filename="../../app/write/linuxfilewriter.cpp" line="+90"/>
        <source>%1: cannot start %2: %3</source>
        <translation>%1：无法启动 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: writing the files took too long and was stopped</source>
        <translation>%1：写入文件耗时过长，已停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed after GoDual read it; nothing was written (scan again and retry)</source>
        <translation>%1 在 GoDual 读取之后被修改过；未写入任何内容（请重新扫描后重试）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the files could not be written (exit %2): %3</source>
        <translation>%1：无法写入文件（退出码 %2）：%3</translation>
    </message>
</context>
<context>
    <name>GoDual::MachineChangeTargets</name>
    <message>
        <location filename="../../app/write/machinechangetargets.cpp" line="+27"/>
        <source>%1: there is no wsl.exe to write through</source>
        <translation>%1：没有可用于写入的 wsl.exe</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: cannot delete it</source>
        <translation>%1：无法删除它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入它：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 changed after GoDual read it; nothing was written (scan again and retry)</source>
        <translation>%1 在 GoDual 读取之后被修改过；未写入任何内容（请重新扫描后重试）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: its folder does not exist</source>
        <translation>%1：其文件夹不存在</translation>
    </message>
</context>
<context>
    <name>GoDual::MachineSeams</name>
    <message>
        <location filename="../../app/scan/machineseams.cpp" line="+44"/>
        <source>there is no registry to read on this system</source>
        <translation>此系统上没有可读取的注册表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no registry to change on this system</source>
        <translation>此系统上没有可修改的注册表</translation>
    </message>
</context>
<context>
    <name>GoDual::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+251"/>
        <source>GoDual</source>
        <translation>GoDual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoDual control panel</source>
        <translation>GoDual 控制面板</translation>
    </message>
    <message numerus="yes">
        <location line="-165"/>
        <source>Scanning… %n side(s) read</source>
        <translation>
            <numerusform>正在扫描… 已读取 %n 个环境</numerusform>
        </translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Sides</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go installations</source>
        <translation>Go 安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH lookup order</source>
        <translation>PATH 查找顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go &amp;installations</source>
        <translation>Go 安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PATH</source>
        <translation>&amp;PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roblems</source>
        <translation>问题(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change history</source>
        <translation>更改历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install Go…</source>
        <translation>安装 Go(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a Go release from the official index</source>
        <translation>从官方索引安装 Go 发布版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every side again</source>
        <translation>重新读取所有环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GoDual</source>
        <translation>关于 GoDual(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n side(s) scanned, %1</source>
        <translation>
            <numerusform>已扫描 %n 个环境，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PATH of %1, in lookup order</source>
        <translation>%1 的 PATH（按查找顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not read: %2</source>
        <translation>未读取 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is stopped</source>
        <translation>它已停止</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Scan this distro (starts it)</source>
        <translation>扫描此发行版（会启动它）(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scan this side again</source>
        <translation>重新扫描此环境(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 runs on %2</source>
        <translation>%2 正在运行 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use on %1…</source>
        <translation>在 %1 上使用(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Install and use on %1…</source>
        <translation>在 %1 上安装并使用(&amp;I)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a Go release</source>
        <translation>%1 不是 Go 的发布版本</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>About GoDual</source>
        <translation>关于 GoDual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GoDual %1&lt;/h3&gt;&lt;p&gt;A control panel for developers who run Go both on Windows and inside WSL distros.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GoDual %1&lt;/h3&gt;&lt;p&gt;为同时在 Windows 和 WSL 发行版中使用 Go 的开发者打造的控制面板。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/guientry.cpp" line="+40"/>
        <source>Interrupted change rolled back</source>
        <translation>已回滚被中断的更改</translation>
    </message>
</context>
<context>
    <name>GoDual::ManagedBlock</name>
    <message>
        <location filename="../../models/edit/managedblock.cpp" line="+20"/>
        <source>line %1: a second &quot;%2&quot; before the &quot;%3&quot; of line %4</source>
        <translation>第 %1 行：在第 %4 行的 &quot;%3&quot; 之前出现了第二个 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: a second GoDual block (the first is at lines %2-%3)</source>
        <translation>第 %1 行：第二个 GoDual 块（第一个位于第 %2-%3 行）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: &quot;%2&quot; without a &quot;%3&quot; before it</source>
        <translation>第 %1 行：&quot;%2&quot; 之前没有 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: the GoDual block is not closed (no &quot;%2&quot; follows)</source>
        <translation>第 %1 行：GoDual 块没有结束（后面没有 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>line %1 of the block holds a line break</source>
        <translation>块的第 %1 行含有换行符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of the block is a block marker</source>
        <translation>块的第 %1 行是块标记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 is outside the file (%2 lines)</source>
        <translation>第 %1 行不在文件范围内（文件共 %2 行）</translation>
    </message>
</context>
<context>
    <name>GoDual::MiseToolsEdit</name>
    <message>
        <location filename="../../models/edit/misetoolsedit.cpp" line="+53"/>
        <source>line %1 is a [tools.go] table</source>
        <translation>第 %1 行是一个 [tools.go] 表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 sets tools with a dotted key</source>
        <translation>第 %1 行用带点的键设置 tools</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 gives go a value that is not one version string</source>
        <translation>第 %1 行给 go 的值不是单个版本字符串</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;%1&apos; is not a version mise&apos;s config can hold as written</source>
        <translation>“%1”不是 mise 配置能按原样保存的版本</translation>
    </message>
</context>
<context>
    <name>GoDual::PathModel</name>
    <message>
        <location filename="../../models/itemmodels/pathmodel.cpp" line="+39"/>
        <source>%1 runs from here</source>
        <translation>从此处运行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 here is shadowed</source>
        <translation>此处的 %1 被遮蔽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has %1</source>
        <translation>含有 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows drive</source>
        <translation>Windows 驱动器</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (links to %2)</source>
        <translation>%1（链接到 %2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added by</source>
        <translation>添加来源</translation>
    </message>
</context>
<context>
    <name>GoDual::PlanDraft</name>
    <message>
        <location filename="../../models/fix/plandraft.cpp" line="+64"/>
        <location line="+37"/>
        <location line="+262"/>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>%1: no start-up file is known to hold GoDual&apos;s block</source>
        <translation>%1：不知道哪个启动文件可以放置 GoDual 的块</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1\%2 was replaced by another fix of this plan</source>
        <translation>%1\%2 已被本计划中的另一项修复替换</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: the side is not in the scan</source>
        <translation>%1：该环境不在扫描结果中</translation>
    </message>
</context>
<context>
    <name>GoDual::ProbeParser</name>
    <message>
        <location filename="../../app/scan/probeparser.cpp" line="+119"/>
        <source>probe output line %1: text after the end record</source>
        <translation>探测输出第 %1 行：结束记录之后还有文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>probe output line %1: unknown record &apos;%2&apos;</source>
        <translation>探测输出第 %1 行：未知记录 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: &apos;%2&apos; has %3 fields, expected %4</source>
        <translation>探测输出第 %1 行：&apos;%2&apos; 有 %3 个字段，应为 %4 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>probe output line %1: not the output of GoDual&apos;s probe version 1</source>
        <translation>探测输出第 %1 行：不是 GoDual 第 1 版探测程序的输出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>probe output line %1: file bytes without a file record</source>
        <translation>探测输出第 %1 行：文件字节数据之前没有文件记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe output line %1: malformed hex bytes</source>
        <translation>探测输出第 %1 行：十六进制字节格式错误</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>probe output line %1: malformed trace state</source>
        <translation>探测输出第 %1 行：跟踪状态格式错误</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>probe output line %1: the end record belongs to another probe</source>
        <translation>探测输出第 %1 行：结束记录属于另一次探测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: a second start record</source>
        <translation>探测输出第 %1 行：出现了第二个开始记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe output line %1: &apos;%2&apos; has a malformed number</source>
        <translation>探测输出第 %1 行：&apos;%2&apos; 中的数字格式错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the probe printed nothing</source>
        <translation>探测程序没有任何输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the probe&apos;s output stops after line %1 (it was cut short)</source>
        <translation>探测程序的输出在第 %1 行之后中断（输出不完整）</translation>
    </message>
</context>
<context>
    <name>GoDual::ProblemsPane</name>
    <message>
        <location filename="../../ui/problemspane.cpp" line="+83"/>
        <location line="+1"/>
        <source>Filter problems</source>
        <translation>筛选问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem details</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix…</source>
        <translation>修复(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview GoDual&apos;s fix of the selected problem</source>
        <translation>预览 GoDual 对所选问题的修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix &amp;all…</source>
        <translation>全部修复(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the fixes of every problem GoDual can fix, as one change</source>
        <translation>将 GoDual 能修复的所有问题作为一次更改进行预览</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoDual can make this fix for you: **Fix…** shows every change first, and Change history undoes it.</source>
        <translation>GoDual 可以替你完成这项修复：**修复…** 会先显示每一处更改，“更改历史”可以撤销它。</translation>
    </message>
</context>
<context>
    <name>GoDual::ProcessRunner</name>
    <message>
        <location filename="../../app/platform/processrunner.cpp" line="+106"/>
        <location line="+112"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 未在 %2 秒内完成</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>GoDual::RegFile</name>
    <message>
        <location filename="../../app/platform/regfileparser.cpp" line="+32"/>
        <source>this is a REGEDIT4 (ANSI) file; export the key again with `reg export`, which writes &apos;Windows Registry Editor Version 5.00&apos;</source>
        <translation>这是 REGEDIT4 (ANSI) 格式的文件；请使用 `reg export` 重新导出该注册表项，它会写出 &apos;Windows Registry Editor Version 5.00&apos; 格式的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a registry export: the first line must be &apos;Windows Registry Editor Version 5.00&apos;</source>
        <translation>不是注册表导出文件：第一行必须是 &apos;Windows Registry Editor Version 5.00&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a value before the first [key] line</source>
        <translation>值出现在第一个 [key] 行之前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value inside a [-key] deletion block</source>
        <translation>值位于 [-key] 删除块中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected line &apos;%1&apos;</source>
        <translation>无法识别的行 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a key line must end with &apos;]&apos;</source>
        <translation>注册表项行必须以 &apos;]&apos; 结尾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; does not start with a registry hive such as HKEY_CURRENT_USER</source>
        <translation>&apos;%1&apos; 没有以注册表配置单元（如 HKEY_CURRENT_USER）开头</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the value name has no closing quote</source>
        <translation>值名称缺少右引号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;=&apos; after the value name</source>
        <translation>值名称后面应为 &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the string value has no closing quote</source>
        <translation>字符串值缺少右引号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text after the string value</source>
        <translation>字符串值后面有多余的文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a dword (up to 8 hex digits)</source>
        <translation>&apos;%1&apos; 不是 dword 值（最多 8 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown value data &apos;%1&apos;</source>
        <translation>未知的值数据 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a valid hex(N) type</source>
        <translation>&apos;%1&apos; 不是有效的 hex(N) 类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 后面应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a hex byte</source>
        <translation>&apos;%1&apos; 不是十六进制字节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the hex data is cut off: a line continuation is followed by a blank line or the end of the file</source>
        <translation>十六进制数据被截断：续行符后面是空行或文件末尾</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot read the registry file %1: %2</source>
        <translation>无法读取注册表文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the registry file %1 is larger than 64 MiB</source>
        <translation>注册表文件 %1 超过 64 MiB</translation>
    </message>
    <message>
        <location filename="../../app/platform/regfileeditor.cpp" line="+74"/>
        <source>cannot change %1 in the registry file %2: the edited file does not read back as intended</source>
        <translation>无法修改注册表文件 %2 中的 %1：修改后的文件读回的内容与预期不符</translation>
    </message>
</context>
<context>
    <name>GoDual::ReleaseIndex</name>
    <message>
        <location filename="../../installers/releaseindex.cpp" line="+23"/>
        <source>null</source>
        <translation>空值 (null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+71"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+53"/>
        <location line="+76"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+139"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+167"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>missing</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is missing</source>
        <translation>缺少 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is %2, not %3</source>
        <translation>&apos;%1&apos; 是%2，而不是%3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is %1, not an object</source>
        <translation>是%1，而不是对象</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;version&apos; &quot;%1&quot; is not a Go version</source>
        <translation>&apos;version&apos; &quot;%1&quot; 不是 Go 版本号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;version&apos; &quot;%1&quot; differs from the release&apos;s &quot;%2&quot;</source>
        <translation>&apos;version&apos; &quot;%1&quot; 与所属发布的 &quot;%2&quot; 不一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;filename&apos; &quot;%1&quot; is not an official Go file name for %2</source>
        <translation>&apos;filename&apos; &quot;%1&quot; 不是 %2 的官方 Go 文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;os&apos; &quot;%1&quot; is not a GOOS name</source>
        <translation>&apos;os&apos; &quot;%1&quot; 不是有效的 GOOS 名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;arch&apos; &quot;%1&quot; is not a GOARCH name</source>
        <translation>&apos;arch&apos; &quot;%1&quot; 不是有效的 GOARCH 名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;sha256&apos; is not 64 lowercase hex digits</source>
        <translation>&apos;sha256&apos; 不是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;size&apos; is negative</source>
        <translation>&apos;size&apos; 为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;size&apos; is not a whole number of bytes</source>
        <translation>&apos;size&apos; 不是整数字节数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;kind&apos; &quot;%1&quot; is not archive, installer or source</source>
        <translation>&apos;kind&apos; &quot;%1&quot; 不是 archive、installer 或 source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>release %1</source>
        <translation>发布条目 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 是%2，而不是对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;version&apos; &quot;%2&quot; is not a Go version</source>
        <translation>%1: &apos;version&apos; &quot;%2&quot; 不是 Go 版本号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release %1 (%2)</source>
        <translation>发布条目 %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, file %2: %3</source>
        <translation>%1 的文件 %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the release index is not valid JSON (at byte %1: %2)</source>
        <translation>发布索引不是有效的 JSON（位于第 %1 字节：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the release index is %1, not an array of releases</source>
        <translation>发布索引是%1，而不是由各个发布组成的数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
</context>
<context>
    <name>GoDual::ReleaseIndexClient</name>
    <message>
        <location filename="../../installers/releaseindexclient.cpp" line="+35"/>
        <source>the release index has not been fetched yet</source>
        <translation>尚未获取发布索引</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+171"/>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 已有 %2 秒没有发送任何数据</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>there is no state folder to keep the release index in</source>
        <translation>没有可用于保存发布索引的状态文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 redirected elsewhere: %2</source>
        <translation>%1 被重定向到了不允许的地址：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>%1 sent more than %2 bytes, which is not a release index</source>
        <translation>%1 发送的数据超过 %2 字节，不可能是发布索引</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回了 HTTP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent an unusable release index: %2</source>
        <translation>%1 发送的发布索引无法使用：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; no cached copy of the release index is available</source>
        <translation>%1；且没有可用的发布索引缓存副本</translation>
    </message>
</context>
<context>
    <name>GoDual::ReleaseListModel</name>
    <message>
        <location filename="../../models/itemmodels/releaselistmodel.cpp" line="+49"/>
        <source>none for %1</source>
        <translation>%1 没有可用归档</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stable</source>
        <translation>稳定版</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-release</source>
        <translation>预发布版</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archives</source>
        <translation>归档文件</translation>
    </message>
</context>
<context>
    <name>GoDual::RestartBanner</name>
    <message>
        <location filename="../../ui/restartbanner.cpp" line="+58"/>
        <source>A change takes effect in %1 when it restarts. Restarting ends the programs running in it.</source>
        <translation>%1 重启后更改才会生效。重启会结束其中正在运行的程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1 now</source>
        <translation>立即重启 %1</translation>
    </message>
</context>
<context>
    <name>GoDual::Rules</name>
    <message>
        <location filename="../../models/diagnosis/rules_goenv.cpp" line="+20"/>
        <source>the go env file sets GOROOT=%1 (%2); GOROOT belongs to the toolchain, not to a user setting</source>
        <translation>go env 配置文件设置了 GOROOT=%1（%2）；GOROOT 应由工具链自身决定，不应作为用户设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;go env -u GOROOT&apos; on this side.</source>
        <translation>在此环境中运行 &apos;go env -u GOROOT&apos;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is %2 in the go env file (%3) but %4 in the environment (%5), which wins</source>
        <translation>%1 在 go env 配置文件（%3）中为 %2，但在环境变量（%5）中为 %4，以环境变量为准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one: run &apos;go env -u %1&apos;, or remove the setting at %2.</source>
        <translation>只保留其中一处：运行 &apos;go env -u %1&apos;，或删除 %2 处的设置。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>module checksums are not verified against the checksum database: %1</source>
        <translation>模块校验和未经校验和数据库验证：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these settings; list only private module paths in GOPRIVATE.</source>
        <translation>删除这些设置；GOPRIVATE 中只应列出私有模块路径。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is set to %2 at %3 and to %4 at %5</source>
        <translation>%1 在 %3 中设置为 %2，又在 %5 中设置为 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 in one start-up file only.</source>
        <translation>只在一个启动文件中设置 %1。</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_goroot.cpp" line="+28"/>
        <source>GOROOT is %1 (set at %2) but the go on PATH, %3, belongs to %4</source>
        <translation>GOROOT 为 %1（在 %2 中设置），但 PATH 中的 go（%3）属于 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the GOROOT setting at %1 (Go finds its own root), or point it at %2.</source>
        <translation>删除 %1 中的 GOROOT 设置（Go 能自行找到其根目录），或将其指向 %2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>that folder holds no Go toolchain (no VERSION file)</source>
        <translation>该文件夹中没有 Go 工具链（没有 VERSION 文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its bin folder holds no %1 for this side (found: %2)</source>
        <translation>其 bin 文件夹中没有适用于此环境的 %1（找到的是：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GOROOT %1 (set at %2) is not usable: %3</source>
        <translation>GOROOT %1（在 %2 中设置）不可用：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix or remove the GOROOT setting at %1.</source>
        <translation>修正或删除 %1 中的 GOROOT 设置。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is %2 (from %3), a path on the other side of the WSL boundary</source>
        <translation>%1 为 %2（来自 %3），这是 WSL 边界另一侧的路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this side its own %1 on its own file system; change or remove it at %2.</source>
        <translation>为此环境在其自身的文件系统上单独设置 %1；在 %2 中修改或删除该设置。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GOPATH entry %1 (from %2) lies inside GOROOT %3 (from %4)</source>
        <translation>GOPATH 条目 %1（来自 %2）位于 GOROOT %3（来自 %4）之内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move GOPATH out of the Go installation, e.g. to the default ~/go.</source>
        <translation>将 GOPATH 移出 Go 安装目录，例如改用默认的 ~/go。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 (from %3), on a Windows drive mounted into the distro: builds and module downloads there are many times slower</source>
        <translation>%1 为 %2（来自 %3），位于挂载到发行版中的 Windows 驱动器上：在此处构建和下载模块会慢很多倍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a folder in the distro&apos;s own file system, such as ~/go; change it at %1.</source>
        <translation>请使用发行版自身文件系统中的文件夹，例如 ~/go；在 %1 中修改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VS Code&apos;s go.goroot is %1 (%2), a toolchain on the other side of the WSL boundary</source>
        <translation>VS Code 的 go.goroot 为 %1（%2），这是 WSL 边界另一侧的工具链</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VS Code&apos;s go.goroot is %1 (%2), which holds no Go toolchain</source>
        <translation>VS Code 的 go.goroot 为 %1（%2），其中没有 Go 工具链</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove go.goroot from %1 so the Go extension uses the go on PATH.</source>
        <translation>从 %1 中删除 go.goroot，让 Go 扩展使用 PATH 中的 go。</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_path.cpp" line="+69"/>
        <source>the first Go on PATH is Windows&apos; %1 in %2 (added by %3): the Windows installation %4 (%5), not a Linux toolchain</source>
        <translation>PATH 中的第一个 Go 是 Windows 的 %1，位于 %2（由 %3 添加）：即 Windows 上的安装 %4（%5），而不是 Linux 工具链</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first Go on PATH is Windows&apos; %1 in %2 (added by %3), not a Linux toolchain</source>
        <translation>PATH 中的第一个 Go 是 Windows 的 %1，位于 %2（由 %3 添加），而不是 Linux 工具链</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off appendWindowsPath in /etc/wsl.conf, or install Go inside the distro and put its bin folder first.</source>
        <translation>在 /etc/wsl.conf 中关闭 appendWindowsPath，或在发行版中安装 Go 并将其 bin 文件夹放在 PATH 最前面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from PATH at %2, or put a Linux Go&apos;s bin folder before it.</source>
        <translation>在 %2 中将 %1 从 PATH 中删除，或将 Linux 版 Go 的 bin 文件夹放在它前面。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 Go bin folders on PATH: %2 wins, %3 never runs</source>
        <translation>PATH 中有 %1 个 Go bin 文件夹：%2 优先生效，%3 中的 go 永远不会被运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one Go bin folder on PATH; remove the others where they are added.</source>
        <translation>PATH 中只保留一个 Go bin 文件夹；在添加其余文件夹的位置将它们删除。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PATH entry %1 (from %2) does not exist</source>
        <translation>PATH 条目 %1（来自 %2）不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it at %1.</source>
        <translation>在 %1 中将其删除。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PATH entry %1 (from %2) is the same folder as entry %3, %4 (from %5)</source>
        <translation>PATH 条目 %1（来自 %2）与 PATH[%3] 条目 %4（来自 %5）是同一个文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the second one at %1.</source>
        <translation>在 %1 中删除后一个条目。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (from %2) is not on PATH, so tools installed with &apos;go install&apos; are not found</source>
        <translation>%1（来自 %2）不在 PATH 中，因此找不到用 &apos;go install&apos; 安装的工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to PATH in the side&apos;s start-up file or user Path.</source>
        <translation>在此环境的启动文件或用户 Path 中将 %1 添加到 PATH。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds %2 but is stored as REG_SZ, so Windows never expands it</source>
        <translation>%1 包含 %2，但存储类型为 REG_SZ，因此 Windows 永远不会展开它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store %1 as REG_EXPAND_SZ (GoDual&apos;s fix keeps the text and changes the type).</source>
        <translation>将 %1 存储为 REG_EXPAND_SZ（GoDual 的修复会保留文本内容，只更改类型）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the combined Path is %1 characters; tools that read it through older APIs cut it at 2047</source>
        <translation>合并后的 Path 长度为 %1 个字符；通过旧版 API 读取它的工具会在第 2047 个字符处将其截断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove entries that are missing or repeated, or shorten them with variables such as %USERPROFILE%.</source>
        <translation>删除不存在或重复的条目，或使用 %USERPROFILE% 等变量缩短条目。</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis/rules_wsl.cpp" line="+31"/>
        <source>translated between Windows and Linux paths</source>
        <translation>在 Windows 路径与 Linux 路径之间转换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copied verbatim</source>
        <translation>原样复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, only from Windows into WSL</source>
        <translation>，仅从 Windows 传入 WSL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, only from WSL into Windows</source>
        <translation>，仅从 WSL 传入 Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, in both directions</source>
        <translation>，双向传递</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSLENV entry %1 (from %2) forwards %3 across the WSL boundary (%4), so one side&apos;s Go setting overrides the other&apos;s</source>
        <translation>WSLENV 条目 %1（来自 %2）会将 %3 跨 WSL 边界传递（%4），导致一个环境的 Go 设置覆盖另一个环境的设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from WSLENV where Windows sets it (its user environment variables); give each side its own %2.</source>
        <translation>在 Windows 设置 WSLENV 的位置（其用户环境变量）中删除 %1；让每一侧使用自己的 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from WSLENV at %2; give each side its own %3.</source>
        <translation>在 %2 中从 WSLENV 删除 %1；为每个环境分别设置各自的 %3。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>appendWindowsPath is on (%1): WSL adds %2 Windows Path entries to the end of PATH</source>
        <translation>appendWindowsPath 已开启（%1）：WSL 将 %2 个 Windows Path 条目追加到 PATH 末尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the login shell drops all of them again, so a new terminal does not see them</source>
        <translation>；登录 shell 又将它们全部去掉，所以新终端看不到它们</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the login shell drops %1 of them again</source>
        <translation>；登录 shell 又去掉了其中 %1 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set appendWindowsPath=false under [interop] in /etc/wsl.conf if the distro should not see Windows programs.</source>
        <translation>如果不希望发行版看到 Windows 程序，请在 /etc/wsl.conf 的 [interop] 下设置 appendWindowsPath=false。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct the line in /etc/wsl.conf, then run &apos;wsl --terminate %1&apos;.</source>
        <translation>修正 /etc/wsl.conf 中的这一行，然后运行 &apos;wsl --terminate %1&apos;。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[interop] enabled=false (%1), yet %2 relies on interop</source>
        <translation>[interop] enabled=false（%1），但 %2 依赖互操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either enable interop or remove the settings that rely on it.</source>
        <translation>启用互操作，或删除依赖互操作的设置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/lib/modules/%1 does not exist, so kernel modules such as overlay cannot be loaded</source>
        <translation>/lib/modules/%1 不存在，因此无法加载 overlay 等内核模块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update WSL (&apos;wsl --update&apos;), which ships the modules for its kernel, or use a kernel with its modules.</source>
        <translation>更新 WSL（&apos;wsl --update&apos;），新版本会附带其内核对应的模块；或者改用带有配套模块的内核。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is stopped and was not started for this scan</source>
        <translation>%1 已停止，本次扫描未启动它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not scanned: %2</source>
        <translation>未扫描 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wsl.exe did not say whether it runs</source>
        <translation>wsl.exe 未说明它是否在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan it with &apos;godual diagnose --wake&apos; or the window&apos;s Scan action (this starts the distro).</source>
        <translation>使用 &apos;godual diagnose --wake&apos; 或窗口中的“扫描”操作扫描它（这会启动该发行版）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan again once the distro is ready; &apos;wsl.exe -l -v&apos; shows its state.</source>
        <translation>待发行版就绪后重新扫描；&apos;wsl.exe -l -v&apos; 会显示其状态。</translation>
    </message>
</context>
<context>
    <name>GoDual::Scanner</name>
    <message>
        <location filename="../../app/scan/scanner.cpp" line="+59"/>
        <source>%1 does not exist, so GoDual cannot list or reach WSL distros; WSL is not installed on this Windows (install it with &apos;wsl --install&apos; from an administrator&apos;s terminal)</source>
        <translation>%1 不存在，因此 GoDual 无法列出或访问 WSL 发行版；此 Windows 未安装 WSL（请在管理员终端中运行 &apos;wsl --install&apos; 安装）</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>not scanned: wsl.exe did not list the distros, so whether %1 runs is unknown; it is registered in %2</source>
        <translation>未扫描：wsl.exe 未能列出发行版，因此无法得知 %1 是否在运行；它登记在 %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>not scanned: wsl.exe lists %1 as &apos;%2&apos;</source>
        <translation>未扫描：wsl.exe 将 %1 列为 &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GoDual::SdkPlan</name>
    <message>
        <location filename="../../app/sdk/sdkplan.cpp" line="+24"/>
        <source>GoDual reaches the Windows side&apos;s SDKs only through GODUAL_REGISTRY and GODUAL_WINDOWS_ROOT so far; set both to install or remove SDKs there</source>
        <translation>GoDual 目前只能通过 GODUAL_REGISTRY 和 GODUAL_WINDOWS_ROOT 访问 Windows 一侧的 SDK；请同时设置这两项后再在那里安装或删除 SDK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the Windows registry (%1) sets no USERPROFILE, so there is no %USERPROFILE%\sdk</source>
        <translation>Windows 注册表（%1）未设置 USERPROFILE，因此没有 %USERPROFILE%\sdk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Windows user folder %1 does not exist</source>
        <translation>Windows 用户文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no wsl.exe on this machine, so %1 cannot be reached</source>
        <translation>本机没有 wsl.exe，无法访问 %1</translation>
    </message>
</context>
<context>
    <name>GoDual::ShellSyntax</name>
    <message>
        <location filename="../../models/edit/shellsyntax.cpp" line="+13"/>
        <source>&apos;%1&apos; is not a variable name a shell accepts</source>
        <translation>&apos;%1&apos; 不是 shell 接受的变量名</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the value &apos;%1&apos; holds a line break, which a start-up file line cannot hold safely</source>
        <translation>值 &apos;%1&apos; 含有换行符，启动文件的一行无法安全地容纳它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value holds a NUL character</source>
        <translation>值中含有 NUL 字符</translation>
    </message>
</context>
<context>
    <name>GoDual::SideBuilder</name>
    <message>
        <location filename="../../app/scan/sidebuilder.cpp" line="+353"/>
        <source>the login shell %1 did not finish its start-up files within 10 s; the environment shown may be incomplete</source>
        <translation>登录 shell %1 未能在 10 秒内执行完其启动文件；显示的环境变量可能不完整</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login shell %1 exited with status %2 before its environment could be read; showing the environment without its start-up files</source>
        <translation>登录 shell %1 在其环境变量被读取之前就以状态 %2 退出；显示的是未经启动文件处理的环境变量</translation>
    </message>
</context>
<context>
    <name>GoDual::SideId</name>
    <message>
        <location filename="../../models/sideid.cpp" line="+33"/>
        <source>&apos;%1&apos; is not a side: use windows, local, wsl:&lt;distro&gt; or a distro name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&apos;%1&apos; 不是有效的环境：请使用 windows、local、wsl:&lt;distro&gt; 或发行版名称（由字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos; 组成）</translation>
    </message>
</context>
<context>
    <name>GoDual::SideListModel</name>
    <message>
        <location filename="../../models/itemmodels/sidelistmodel.cpp" line="+39"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uninstalling</source>
        <translation>正在卸载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WSL %1</source>
        <translation>WSL %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSL</source>
        <translation>WSL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>GoDual::SideName</name>
    <message>
        <location filename="../../models/itemmodels/sidename.cpp" line="+11"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>GoDual::SideProbe</name>
    <message>
        <location filename="../../app/scan/sideprobe.cpp" line="+54"/>
        <location line="+8"/>
        <source>could not probe %1: %2</source>
        <translation>无法探测 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read the probe of %1 (exit code %2): %3%4</source>
        <translation>无法读取 %1 的探测结果（退出码 %2）：%3%4</translation>
    </message>
</context>
<context>
    <name>GoDual::TarInflater</name>
    <message>
        <location filename="../../installers/tarinflater.cpp" line="+26"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the gzip data is damaged or ends early: %2</source>
        <translation>%1：gzip 数据已损坏或提前结束：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the gzip data ends early or has trailing bytes</source>
        <translation>%1：gzip 数据提前结束或末尾有多余字节</translation>
    </message>
</context>
<context>
    <name>GoDual::TarNames</name>
    <message>
        <location filename="../../installers/tarnames.cpp" line="+116"/>
        <source>%1: not a valid tar at byte %2: %3</source>
        <translation>%1：在第 %2 字节处不是有效的 tar：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the file ends inside a header (truncated)</source>
        <translation>文件在头部中途结束（已截断）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 of %2 bytes is larger than allowed</source>
        <translation>%2 字节的 %1 超过了允许的大小</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>the file ends inside a member (truncated)</source>
        <translation>文件在成员中途结束（已截断）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a PAX record has no length</source>
        <translation>PAX 记录缺少长度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a PAX record has a bad length</source>
        <translation>PAX 记录的长度无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a PAX record has no key</source>
        <translation>PAX 记录缺少键</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file ends without the end-of-archive blocks (truncated)</source>
        <translation>文件结尾缺少归档结束块（已截断）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header checksum mismatch</source>
        <translation>头部校验和不匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the size field is not a number</source>
        <translation>大小字段不是数字</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PAX record &apos;%1&apos; is not supported</source>
        <translation>不支持 PAX 记录“%1”</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a PAX size record is not a number</source>
        <translation>PAX size 记录不是数字</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>GoDual::TextReport</name>
    <message>
        <location filename="../../app/cli/textreport.cpp" line="+35"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uninstalling</source>
        <translation>正在卸载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>, default</source>
        <translation>, 默认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not fully read: </source>
        <translation>未完整读取: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none on PATH)</source>
        <translation>(PATH 中没有)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>installs</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(none found)</source>
        <translation>(未找到)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (active)</source>
        <translation>  (当前使用)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fix: </source>
        <translation>修复: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
</context>
<context>
    <name>GoDual::UrlPolicy</name>
    <message>
        <location filename="../../installers/urlpolicy.cpp" line="+30"/>
        <source>refusing %1: only https is allowed (plain http only on this machine&apos;s loopback address)</source>
        <translation>拒绝访问 %1：只允许使用 https（仅本机回环地址允许使用普通 http）</translation>
    </message>
</context>
<context>
    <name>GoDual::UsePlanner</name>
    <message>
        <location filename="../../models/use/useplanner.cpp" line="+58"/>
        <source>%1: no start-up file is known to hold GoDual&apos;s block</source>
        <translation>%1：没有已知的启动文件可以容纳 GoDual 的块</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>update-alternatives --set %1 %2 (as root): %3 is update-alternatives&apos; link, so switching it changes the go every user and program of this distro runs%4.</source>
        <translation>update-alternatives --set %1 %2（以 root 身份）：%3 是 update-alternatives 的链接，切换它会改变此发行版中每个用户和程序运行的 go%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; GoDual&apos;s block sets GOROOT to %1, since GOROOT is set on this side</source>
        <translation>；由于此端设置了 GOROOT，GoDual 的块将 GOROOT 设为 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1; change it with `%2`</source>
        <translation>%1；请用 `%2` 修改</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1&apos;s global version in %2 (what `%3` writes): a new terminal&apos;s go is %1&apos;s %4, so %1 picks the version; a project folder&apos;s own version file still picks its own there.</source>
        <translation>%1 在 %2 中的全局版本（即 `%3` 写入的内容）：新终端的 go 是 %1 的 %4，因此由 %1 选择版本；项目文件夹中自己的版本文件仍会在该文件夹中选择它自己的版本。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>gvm&apos;s default environment %1 becomes a copy of %2&apos;s (what `%3` does): a new terminal loads it through %4, which puts that version&apos;s bin folder first on PATH and sets GOROOT and GOPATH to its own; a .go-version in a project folder still picks its own there.</source>
        <translation>gvm 的默认环境 %1 改为 %2 的环境的副本（即 `%3` 所做的）：新终端通过 %4 加载它，它把该版本的 bin 文件夹放在 PATH 最前面，并把 GOROOT 和 GOPATH 设为该版本自己的；项目文件夹中的 .go-version 仍会在那里选择它自己的版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shim %1</source>
        <translation>shim %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (a new terminal&apos;s go is one of gvm&apos;s versions, but the terminal does not load gvm through %1, so its default environment decides nothing)</source>
        <translation>（新终端的 go 是 gvm 的版本之一，但该终端不通过 %1 加载 gvm，因此它的默认环境不起作用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a new terminal loads gvm&apos;s %1 after its default environment, through a `gvm use` in a start-up file or a .go-version in the home folder, and that wins)</source>
        <translation>（新终端在默认环境之后加载 gvm 的 %1，来自启动文件中的 `gvm use` 或主文件夹中的 .go-version，它会胜出）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (gvm has no environment file %1environments/%2 for it)</source>
        <translation>（gvm 没有它的环境文件 %1environments/%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 is not one of gvm&apos;s versions in %2)</source>
        <translation>（%1 不是 %2 中 gvm 的版本之一）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (%1 is one of gvm&apos;s versions, but a new terminal does not load gvm through %2, so it is put first like any SDK)</source>
        <translation>（%1 是 gvm 的版本之一，但新终端不通过 %2 加载 gvm，因此像任何 SDK 一样把它放在最前面）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 is one of %2&apos;s versions, but the %2 that would pick it, %3, is not there, so it is put first like any SDK)</source>
        <translation>（%1 是 %2 的版本之一，但本应选择它的 %2（%3）不存在，因此像任何 SDK 一样把它放在最前面）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on the login PATH</source>
        <translation>登录 PATH 上的 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (update-alternatives&apos; record of go could not be read: %1)</source>
        <translation>（无法读取 update-alternatives 中 go 的记录：%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (update-alternatives does not list %1/bin/go as a choice of %2)</source>
        <translation>（update-alternatives 未将 %1/bin/go 列为 %2 的候选项）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new terminal&apos;s go is %1, which `mise activate` puts first on PATH again at every prompt, so GoDual&apos;s block cannot win there%2</source>
        <translation>新终端的 go 是 %1，`mise activate` 会在每次显示提示符时再次把它放在 PATH 最前面，因此 GoDual 的块在那里无法生效%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GoDual&apos;s block at the end of %1, which a new terminal reads last, puts %2 first on PATH%3; switching again rewrites only that block%4.</source>
        <translation>%1 末尾的 GoDual 块（新终端最后读取它）将 %2 放在 PATH 最前面%3；再次切换只会改写该块%4。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>use %1 on %2</source>
        <translation>在 %2 上使用 %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> and sets GOROOT to %1, since GOROOT is set on this side</source>
        <translation>，并把 GOROOT 设为 %1（因为这个环境设置了 GOROOT）</translation>
    </message>
    <message>
        <location line="-61"/>
        <source> (a new terminal&apos;s go is %1&apos;s shim %2, but the %1 it runs, %3, is not there, so the shim fails; the block puts the SDK ahead of it)</source>
        <translation>（新终端的 go 是 %1 的 shim %2，但它运行的 %1（%3）不存在，因此该 shim 会失败；块把 SDK 放在它前面）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1=%2 is set for new terminals and wins over %3&apos;s global version)</source>
        <translation>（新终端设置了 %1=%2，它优先于 %3 的全局版本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 is not one of %2&apos;s versions in %3)</source>
        <translation>（%1 不是 %3 中 %2 的版本之一）</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a new terminal finds no go on PATH</source>
        <translation>新终端在 PATH 中找不到 go</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new terminal runs %1 (%2)</source>
        <translation>新终端运行 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new terminal runs %1 (%2), which %3 puts on PATH first</source>
        <translation>新终端运行 %1（%2），它由 %3 放在 PATH 的最前面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GOROOT is %1 (from %2)</source>
        <translation>GOROOT 为 %1（来自 %2）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no side %1 in the scan</source>
        <translation>扫描结果中没有环境 %1</translation>
    </message>
    <message>
        <location filename="../../models/use/usewindows.cpp" line="+126"/>
        <source>GoDual cannot tell which entries of %1\Path the scan&apos;s Path entries come from (one of them expands to several folders or to none); edit it by hand</source>
        <translation>GoDual 无法判断扫描到的 Path 条目来自 %1\Path 的哪些条目（其中某个条目展开为多个文件夹或为空）；请手动编辑</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 in the system Path (%2) holds a go.exe shim that runs another Go before anything in the user Path; GoDual does not remove a folder of shims (other programs&apos; shims are in it too): remove that go shim by hand</source>
        <translation>系统 Path（%2）中的 %1 含有一个 go.exe 垫片，它会先于用户 Path 中的任何条目运行另一个 Go；GoDual 不会删除垫片文件夹（其中也有其他程序的垫片）：请手动删除那个 go 垫片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the system Path (%2) comes before the user Path in every new process, so no change of the user Path can make %3 win; pass --system (and run GoDual as administrator) to remove it from the system Path</source>
        <translation>在每个新进程中，系统 Path（%2）中的 %1 都排在用户 Path 之前，因此修改用户 Path 无法让 %3 生效；请加上 --system（并以管理员身份运行 GoDual）把它从系统 Path 中删除</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 sets GOROOT to %2 for every user, which a new process would use; pass --system (and run GoDual as administrator) to delete it</source>
        <translation>%1 为所有用户把 GOROOT 设为 %2，新进程会使用它；请加上 --system（并以管理员身份运行 GoDual）来删除它</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sets GOROOT to %2; run &apos;go env -u GOROOT&apos; first</source>
        <translation>%1 把 GOROOT 设为 %2；请先运行 &apos;go env -u GOROOT&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shims in %1, first in the user Path (%2), already run %3&apos;s go.exe, so the user Path keeps its order.</source>
        <translation>%1 中的 shim 位于用户 Path（%2）的最前面，已经运行 %3 的 go.exe，因此用户 Path 保持原有顺序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 goes first in the user Path (%2), which a new process searches right after the system Path; switching again changes only that value.</source>
        <translation>%1 放在用户 Path（%2）的最前面，新进程会紧接在系统 Path 之后搜索它；再次切换只会修改这一个值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system Path (%1), which a new process searches first, finds %2 before any other Go, so the user Path does not get it again.</source>
        <translation>新进程最先搜索的系统 Path（%1）会先于其他任何 Go 找到 %2，因此不再把它加入用户 Path。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --system, the system Path, which comes before the user Path, loses %1.</source>
        <translation>由于加上了 --system，排在用户 Path 之前的系统 Path 中的 %1 会被删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 named another GOROOT, so it is deleted.</source>
        <translation>%1 指向另一个 GOROOT，因此将其删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version is Scoop&apos;s: GoDual names its folder instead of running &apos;scoop reset&apos;, which would change Scoop&apos;s current link and shims outside this preview and its undo; while this entry comes first, &apos;scoop update go&apos; does not change the Go that runs.</source>
        <translation>这是 Scoop 的版本：GoDual 直接写入它的文件夹，而不运行 &apos;scoop reset&apos;，因为后者会在此预览及其撤销之外更改 Scoop 的 current 链接和 shim；只要这一项排在最前，&apos;scoop update go&apos; 就不会改变所运行的 Go。</translation>
    </message>
</context>
<context>
    <name>GoDual::WindowsPathEdit</name>
    <message>
        <location filename="../../models/fix/windowspathedit.cpp" line="+31"/>
        <source>%1 is not a string value, so GoDual does not edit it</source>
        <translation>%1 不是字符串值，因此 GoDual 不编辑它</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the new Path value would be %1 characters, more than the 32,767 Windows holds</source>
        <translation>新的 Path 值将有 %1 个字符，超过 Windows 能容纳的 32,767 个</translation>
    </message>
</context>
<context>
    <name>GoDual::WindowsSideReader</name>
    <message>
        <location filename="../../app/scan/windowssidereader.cpp" line="+164"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
</context>
<context>
    <name>GoDual::WritableRegistry</name>
    <message>
        <location filename="../../app/platform/win32registry.cpp" line="+126"/>
        <source>could not tell running programs that the environment changed (WM_SETTINGCHANGE): %1 (Win32 error %2); programs started from Explorer may see the change only after the next sign-in</source>
        <translation>无法通知正在运行的程序环境已更改（WM_SETTINGCHANGE）：%1（Win32 错误 %2）；从资源管理器启动的程序可能要在下次登录后才能看到更改</translation>
    </message>
    <message>
        <location filename="../../app/platform/writableregfileregistry.cpp" line="+58"/>
        <source>cannot change %1: cannot write the registry file %2: %3</source>
        <translation>无法修改 %1：无法写入注册表文件 %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/platform/writableregistry.cpp" line="+12"/>
        <source>&apos;%1&apos; is not a registry key: it must start with a hive such as HKEY_CURRENT_USER</source>
        <translation>“%1”不是注册表项：它必须以 HKEY_CURRENT_USER 等根键开头</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 would be %2 characters long, more than the %3 a registry string GoDual writes may hold (what an environment variable can hold); it was not changed, and GoDual never cuts a value short</source>
        <translation>%1 将有 %2 个字符，超过了 GoDual 写入的注册表字符串最多可容纳的 %3 个字符（即环境变量可容纳的长度）；它未被修改，GoDual 绝不会截断值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(Default)</source>
        <translation>(默认)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot change %1: administrator rights are needed (Win32 error 5); start GoDual as administrator to change system values</source>
        <translation>无法修改 %1：需要管理员权限（Win32 错误 5）；请以管理员身份运行 GoDual 来修改系统值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot change %1: %2 (Win32 error %3)</source>
        <translation>无法修改 %1：%2（Win32 错误 %3）</translation>
    </message>
</context>
<context>
    <name>GoDual::WslCli</name>
    <message>
        <location filename="../../app/platform/wslcli.cpp" line="+127"/>
        <location line="+10"/>
        <source>could not list the WSL distros with %1: %2</source>
        <translation>无法用 %1 列出 WSL 发行版：%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>could not list the WSL distros: %1</source>
        <translation>无法列出 WSL 发行版：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not list the running WSL distros with %1: %2</source>
        <translation>无法用 %1 列出正在运行的 WSL 发行版：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not list the running WSL distros: %1</source>
        <translation>无法列出正在运行的 WSL 发行版：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not stop %3 with %1: %2</source>
        <translation>无法用 %1 停止 %3：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not stop %1 (wsl.exe --terminate, exit code %2): %3</source>
        <translation>无法停止 %1（wsl.exe --terminate，退出码 %2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wsl.exe printed nothing</source>
        <translation>wsl.exe 没有输出任何内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wsl.exe refused the command line as a usage error, so it is probably too old for it: %1</source>
        <translation>wsl.exe 以用法错误拒绝了该命令行，它可能太旧，不支持此调用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (error code %2)</source>
        <translation>%1（错误代码 %2）</translation>
    </message>
</context>
<context>
    <name>GoDual::WslConf</name>
    <message>
        <location filename="../../models/wslconfparser.cpp" line="+304"/>
        <source>%1 (line %2)</source>
        <translation>%1 (第 %2 行)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: WSL does not know the setting %3 and ignores it</source>
        <translation>%1:%2: WSL 无法识别设置 %3，将忽略它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 is already set on line %4; WSL keeps the first one and ignores this line</source>
        <translation>%1:%2: %3 已在第 %4 行设置过；WSL 采用第一个设置并忽略此行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1:%2: WSL stops reading the file at this line (%3); nothing after it is read</source>
        <translation>%1:%2: WSL 在此行停止读取文件（%3）；此行之后的内容都不会被读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and %1 more</source>
        <translation> 以及另外 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2: WSL stops reading the file at this line (%3); every later setting keeps its default, so these are ignored: %4</source>
        <translation>%1:%2: WSL 在此行停止读取文件（%3）；之后的所有设置都保持默认值，因此以下设置被忽略：%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: the file has Windows (CRLF) line endings; released WSL builds (2.3.26 among them) ignore such a file, so its settings may not apply. Save it with LF line endings</source>
        <translation>%1:%2: 该文件使用 Windows (CRLF) 换行符；已发布的 WSL 版本（包括 2.3.26）会忽略这样的文件，因此其中的设置可能不会生效。请以 LF 换行符保存该文件</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1:%2: &apos;%3&apos; is not a valid value for %4 (WSL accepts %5); the default applies</source>
        <translation>%1:%2: &apos;%3&apos; 不是 %4 的有效值（WSL 接受 %5）；将使用默认值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true, false, 1 or 0</source>
        <translation>true、false、1 或 0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v1 or v2</source>
        <translation>v1 或 v2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;;&apos; does not start a comment in wsl.conf, &apos;#&apos; does</source>
        <translation>在 wsl.conf 中，注释以 &apos;#&apos; 开头，而不是 &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line must start with a key (a letter), &apos;[&apos; or &apos;#&apos;</source>
        <translation>每行必须以键（字母）、&apos;[&apos; 或 &apos;#&apos; 开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section header must be letters and digits directly inside [ ]</source>
        <translation>节标题必须是直接写在 [ ] 内的字母和数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a &apos;#&apos; comment may follow a section header</source>
        <translation>节标题后面只能跟 &apos;#&apos; 注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key must be letters and digits followed by &apos;=&apos;</source>
        <translation>键必须由字母和数字组成，后跟 &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backslash at the end of a line must be followed by an LF line ending</source>
        <translation>行尾的反斜杠后面必须是 LF 换行符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;\%1&apos; is not an escape WSL accepts (write &apos;\\&apos; for a backslash)</source>
        <translation>&apos;\%1&apos; 不是 WSL 接受的转义序列（反斜杠本身请写作 &apos;\\&apos;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file starts with a UTF-8 byte order mark</source>
        <translation>文件以 UTF-8 字节顺序标记 (BOM) 开头</translation>
    </message>
</context>
<context>
    <name>GoDual::WslConfEdit</name>
    <message>
        <location filename="../../models/edit/wslconfedit.cpp" line="+20"/>
        <source>&apos;%1&apos; is not a valid wsl.conf %2 name (a letter, then letters and digits)</source>
        <translation>&apos;%1&apos; 不是有效的 wsl.conf %2名称（须以字母开头，后跟字母和数字）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>editing %1 would change other settings WSL reads from wsl.conf; the file is left as it is</source>
        <translation>修改 %1 会改变 WSL 从 wsl.conf 读取的其他设置；文件保持不变</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>wsl.conf starts with a UTF-8 byte order mark, so WSL reads none of it; no setting written into it would take effect</source>
        <translation>wsl.conf 以 UTF-8 字节顺序标记 (BOM) 开头，WSL 不会读取其中任何内容；写入其中的设置都不会生效</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a wsl.conf value cannot hold a line break or NUL character</source>
        <translation>wsl.conf 的值不能含有换行符或 NUL 字符</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+51"/>
        <source>section</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+51"/>
        <source>key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>GoDual::WslInstallTarget</name>
    <message>
        <location filename="../../app/sdk/wslinstalltarget.cpp" line="+52"/>
        <source>there is no wsl.exe on this machine, so %1 cannot be reached</source>
        <translation>本机没有 wsl.exe，无法访问 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+96"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1 is stopped; GoDual does not start a distro unless asked (--wake)</source>
        <translation>%1 已停止；除非明确要求（--wake），GoDual 不会启动发行版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, so nothing can be installed in it now</source>
        <translation>%1 处于“%2”状态，现在无法在其中安装</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no WSL distro named %1</source>
        <translation>没有名为 %1 的 WSL 发行版</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 in %2 failed: %3</source>
        <translation>在 %2 中%1失败：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the default user of %1 has no usable home folder (&apos;%2&apos;)</source>
        <translation>%1 的默认用户没有可用的主文件夹（“%2”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists in %2</source>
        <translation>%1 已存在于 %2 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create %1 in %2</source>
        <translation>无法在 %2 中创建 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tar in %1 could not extract the archive into %2: %3</source>
        <translation>%1 中的 tar 无法将压缩包解压到 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive&apos;s go/VERSION says &apos;%1&apos;, not the version asked for</source>
        <translation>压缩包的 go/VERSION 写的是“%1”，不是所要求的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive has no executable %1</source>
        <translation>压缩包中没有可执行文件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot move the extracted SDK to %1 in %2</source>
        <translation>无法将解压后的 SDK 移动到 %2 中的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link; GoDual removes only SDK folders it can identify</source>
        <translation>%1 是一个链接；GoDual 只删除能够识别的 SDK 文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no %1 in %2</source>
        <translation>%2 中没有 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Go SDK of that version (its VERSION file does not name it); not removed</source>
        <translation>%1 不是该版本的 Go SDK（其 VERSION 文件未写明该版本）；未删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no bin/go, so it is not a Go SDK; not removed</source>
        <translation>%1 没有 bin/go，不是 Go SDK；未删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is the active Go in %1 (%2 is the first go on PATH there); pass --force to remove it</source>
        <translation>它是 %1 中正在使用的 Go（%2 是那里 PATH 上的第一个 go）；如需删除请加 --force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot move %1 aside to remove it</source>
        <translation>无法将 %1 移开以便删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SDK was taken out of use but could not be deleted completely: %1</source>
        <translation>SDK 已停止使用，但未能完全删除：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in %2 failed (exit code %3): %4</source>
        <translation>在 %2 中%1失败（退出码 %3）：%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking the SDK folder</source>
        <translation>检查 SDK 文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not say where its SDK folder is</source>
        <translation>%1 未说明其 SDK 文件夹的位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>extracting the archive</source>
        <translation>解压压缩包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verifying the SDK</source>
        <translation>校验 SDK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not confirm the install</source>
        <translation>%1 未确认安装完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>removing the staging folder</source>
        <translation>删除暂存文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removing the SDK</source>
        <translation>删除 SDK</translation>
    </message>
</context>
<context>
    <name>GoDual::WslList</name>
    <message>
        <location filename="../../app/platform/wsllistparser.cpp" line="+23"/>
        <source>%1 failed with exit code %2 and printed nothing</source>
        <translation>%1 执行失败，退出码为 %2，且没有任何输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 执行失败，退出码为 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2 (error code %3)</source>
        <translation>%1 执行失败：%2（错误代码 %3）</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+36"/>
        <source>%1 printed an unexpected line %2: &apos;%3&apos;</source>
        <translation>%1 输出的第 %2 行无法识别：&apos;%3&apos;</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 was refused as a usage error, so this wsl.exe is probably too old for it: %2</source>
        <translation>%1 被视为用法错误而拒绝，此 wsl.exe 可能版本过旧：%2</translation>
    </message>
</context>
</TS>
