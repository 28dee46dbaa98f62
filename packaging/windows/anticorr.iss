; Inno Setup 6 script: AntiCorr Desktop for one user, without administrator rights.
;
; Build dist\anticorr with PyInstaller first (packaging\windows\build.ps1 does
; both), then from the repository's top folder:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\anticorr.iss
;
; The installer goes to dist\AntiCorr-Desktop-<version>-setup.exe.
;
; Installs into %LOCALAPPDATA%\Programs\AntiCorr Desktop. The user's data is
; elsewhere and is never touched by an upgrade or by the uninstaller:
;   %LOCALAPPDATA%\AntiCorr\AntiCorr\anticorr.sqlite3   the database
;   %LOCALAPPDATA%\AntiCorr\AntiCorr\backups\           its backups
;   %LOCALAPPDATA%\AntiCorr\AntiCorr\Logs\              the log
;   HKCU\Software\AntiCorr\AntiCorr Desktop             the window's settings

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\anticorr.iss
#endif

#define AppName "AntiCorr Desktop"
#define AppExe "anticorr-desktop.exe"
#define ProgId "AntiCorr.Backup"
#define Bundle "..\..\dist\anticorr"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{5B0E7C62-3A8D-4F19-9E47-2C6D81A4F3B0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AntiCorr Desktop developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=AntiCorr-Desktop-{#AppVersion}-setup
SetupIconFile=anticorr.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; An upgrade closes a running copy (and the uninstaller does too) through the Restart Manager.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Inno Setup ships no Kazakh translation of its own pages; Kazakh users get Russian.
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.AssocGroup=Файлы:
en.AssocGroup=Files:
ru.AssocTask=Открывать резервные копии (.acbak) в AntiCorr Desktop для восстановления базы
en.AssocTask=Open backups (.acbak) in AntiCorr Desktop to restore the database
ru.BackupType=Резервная копия AntiCorr Desktop
en.BackupType=AntiCorr Desktop backup

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"

[InstallDelete]
; An upgrade replaces the libraries as a whole: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER in a per-user install. Opening a backup runs
; "anticorr-desktop.exe --restore FILE": the program checks the file, asks for
; confirmation, backs the current database up and then restores.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --restore ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.acbak"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.acbak\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
; The program's own backups are .sqlite3 files: offered under "Open with", never made the default.
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
