; Inno Setup 6 script: a per-user installer of the frozen one-folder build (dist\kpu-desktop).
; Build the folder first (python installer\build.py), then:
;   iscc /DAppVersion=0.1.0 installer\windows\kpu-desktop.iss
; build.py prints the exact command with the version from kpu_desktop.__version__.
;
; The data folder (%LOCALAPPDATA%\kpu-desktop: database, backups, logs, identity) is created by the
; application, not by this installer, so the uninstaller never removes it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z kpu-desktop.iss
#endif

#define AppName "kpu-desktop"
#define AppExe "kpu-desktop.exe"

[Setup]
; Fixed for every release: Windows recognises upgrades and the uninstaller by this id.
AppId={{24489CE8-488C-454E-A0FB-18DB5CB2F673}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kpu-desktop maintainers
; Per-user install without administrator rights: {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\kpu-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kpu-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
