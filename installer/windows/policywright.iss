; Inno Setup script for Policywright on Windows: a per-user install that needs no
; administrator rights, a Start-menu entry, the .policy file association, a clean uninstall.
;
; Built by installer/build.py on Windows after PyInstaller (it passes the defines below):
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\policywright-0.1.0 /DOutputDir=dist
;        /DIconFile=build\icons\policywright.ico installer\windows\policywright.iss
; Needs Inno Setup 6.3 or later (x64compatible). Not built or tested on Linux CI.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (installer/build.py does)
#endif
#ifndef BundleDir
  #error Pass the PyInstaller folder: iscc /DBundleDir=dist\policywright-X.Y.Z
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\policywright.ico"
#endif

#define AppName "Policywright"
#define AppExe "Policywright.exe"
#define ProgId "Policywright.Project"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{5C1E8A57-3B0F-4E0C-9A7D-2F6B1C4D8E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Policywright developers
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; HKA is HKCU\Software\Classes in a per-user install. Every key we create is removed on
; uninstall; the .policy key itself may be shared with other programs, so only our value goes.
Root: HKA; Subkey: "Software\Classes\.policy\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Policywright project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".policy"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing is written into {app} at run time; this only removes the folder if left empty.
; The user's projects and settings live elsewhere and are kept.
Type: dirifempty; Name: "{app}"
