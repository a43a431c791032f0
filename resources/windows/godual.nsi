; GoDual's per-user installer (NSIS). Installs without elevation into
; %LOCALAPPDATA%\Programs\GoDual, adds a Start-menu entry and an entry in "Installed apps", and an
; uninstaller that removes the program and nothing else: the caches, change journal and backups in
; %LOCALAPPDATA%\godual stay, so an undo is still possible after a reinstall.
; makensis -DVERSION=0.1.0 -DSTAGE=<folder with godual.exe> -DOUTFILE=<setup.exe> -DICON=<godual.ico>
; A 64-bit installer for a 64-bit program (it also runs where no 32-bit subsystem is installed).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define PRODUCT "GoDual"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GoDual"
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\godual.exe"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
Icon "${ICON}"
UninstallIcon "${ICON}"
InstallDir "$LOCALAPPDATA\Programs\GoDual"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "GoDual"
    SetShellVarContext current
    SetOutPath "$INSTDIR"
    File /r "${STAGE}/*.*"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    CreateShortcut "$SMPROGRAMS\GoDual.lnk" "$INSTDIR\godual.exe"
    ; Win+R and `start godual` find it without a change to Path (which GoDual never rewrites
    ; behind the user's back).
    WriteRegStr HKCU "${APP_PATHS_KEY}" "" "$INSTDIR\godual.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "GoDual"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\godual.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
    SetShellVarContext current
    Delete "$SMPROGRAMS\GoDual.lnk"
    DeleteRegKey HKCU "${APP_PATHS_KEY}"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    ; Only what the installer put there, then the folder if it is empty.
    RMDir /r "$INSTDIR\plugins"
    Delete "$INSTDIR\*.dll"
    Delete "$INSTDIR\godual.exe"
    Delete "$INSTDIR\godual.com"
    Delete "$INSTDIR\qt.conf"
    Delete "$INSTDIR\README.txt"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
SectionEnd
