; Inno Setup 6 script: the Windows installer of SealDesk.
; Build the one-folder app first (dist\sealdesk, see docs/packaging.md), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\sealdesk.iss
; The version comes from sealdesk.__version__ (the CI workflow passes it). Output:
; dist\SealDesk-<version>-setup.exe. Not tested on this project's Linux machine.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<sealdesk.__version__> sealdesk.iss
#endif
#define DistDir "..\..\dist\sealdesk"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{B3407CEC-CE58-4904-970A-E8F6849A314C}
AppName=SealDesk
AppVersion={#AppVersion}
AppVerName=SealDesk {#AppVersion}
AppPublisher=SealDesk developers
DefaultDirName={autopf}\SealDesk
DefaultGroupName=SealDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=SealDesk-{#AppVersion}-setup
SetupIconFile=sealdesk.ico
UninstallDisplayIcon={app}\SealDesk.exe
UninstallDisplayName=SealDesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Thai messages; its unofficial Thai translation (Thai.isl from
; https://jrsoftware.org/files/istrans/) is used when it is placed next to this script.
#if FileExists(AddBackslash(SourcePath) + "Thai.isl")
Name: "thai"; MessagesFile: "Thai.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SealDesk"; Filename: "{app}\SealDesk.exe"
Name: "{autodesktop}\SealDesk"; Filename: "{app}\SealDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SealDesk.exe"; Description: "{cm:LaunchProgram,SealDesk}"; Flags: nowait postinstall skipifsilent

; Workspaces live in the user's data folder (%LOCALAPPDATA%\SealDesk), never under {app}:
; the uninstaller leaves them alone on purpose.
