; Inno Setup script for the Maktab desk client (Inno Setup 6.5 or later).
;
; Build the onedir bundle on Windows first (make bundle, or
; pyinstaller --noconfirm --clean build.spec), then from this folder:
;
;   iscc maktab.iss                          -> ..\..\dist\maktab-<version>-setup.exe
;   iscc /DBundleDir=..\..\dist\maktab maktab.iss   (bundle folder, relative to this file)
;   iscc /DArabicIsl=C:\path\Arabic.isl maktab.iss  (Inno Setup older than 6.5)
;
; Machine-wide settings profile (read by the app from
; %PROGRAMDATA%\maktab\profile.json, platformdirs.site_config_dir("maktab")):
;   * interactively: tick "Write a machine-wide settings profile" and fill in
;     the two pages that follow;
;   * silently with a prepared file:
;       maktab-<version>-setup.exe /VERYSILENT /PROFILE="\\server\deploy\profile.json"
;   * silently from values:
;       maktab-<version>-setup.exe /VERYSILENT /TASKS="profile" /BRANCH=RYD /STATION=2
;         [/BRANCHNAME=... /BRANCHNAMEAR=... /DESKLANGUAGE=ar|en|pl /TIMEZONE=Asia/Riyadh
;          /PHONEREGION=SA /SERVERURL=https://desk.example.org]
; The profile stays when the program is uninstalled (it is the administrator's).
;
; This file holds Arabic and Polish text: keep it UTF-8 with a byte-order mark,
; which is how Inno Setup recognises a Unicode script.

#define AppName "Maktab"
#ifndef BundleDir
  #define BundleDir "..\..\dist\maktab"
#endif
#define BundlePath AddBackslash(SourcePath) + BundleDir
#if !FileExists(BundlePath + "\maktab.exe")
  #error No maktab.exe in BundleDir: build the bundle on Windows first ("make bundle" or "pyinstaller build.spec")
#endif
#ifndef AppVersion
  ; build.spec stamps the version from pyproject.toml into maktab.exe.
  #define AppVersion GetFileProductVersionString(BundlePath + "\maktab.exe")
#endif
#ifndef ArabicIsl
  #define ArabicIsl "compiler:Languages\Arabic.isl"
  #if !FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
    #error This Inno Setup has no Languages\Arabic.isl (6.5 and later ship it): upgrade, or pass /DArabicIsl=path
  #endif
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{D35DF774-7146-48F9-82A4-A0E45BFBB307}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Program Files and %PROGRAMDATA% both need an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=maktab-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; A reinstall must not tick the profile task again on its own and overwrite a profile.
UsePreviousTasks=no
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\maktab.exe
UninstallDisplayName={#AppName}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ar"; MessagesFile: "{#ArabicIsl}"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
en.AdminGroup=Administration:
ar.AdminGroup=الإدارة:
pl.AdminGroup=Administracja:
en.ProfileTask=Write a machine-wide settings &profile (branch and language for every user of this computer)
ar.ProfileTask=كتابة &ملف إعدادات عام للجهاز (الفرع واللغة لكل مستخدمي هذا الجهاز)
pl.ProfileTask=Zapisz &profil ustawień komputera (oddział i język dla wszystkich użytkowników)
en.BranchTitle=Settings profile: branch
ar.BranchTitle=ملف الإعدادات: الفرع
pl.BranchTitle=Profil ustawień: oddział
en.RegionTitle=Settings profile: language and region
ar.RegionTitle=ملف الإعدادات: اللغة والمنطقة
pl.RegionTitle=Profil ustawień: język i region
en.ProfileDescription=What every user of this computer starts with
ar.ProfileDescription=الإعدادات التي يبدأ بها كل مستخدم لهذا الجهاز
pl.ProfileDescription=Ustawienia początkowe każdego użytkownika tego komputera
en.ProfileIntro=Written to %1 (a profile already there is kept as profile.json.bak). A user's own settings still come first.
ar.ProfileIntro=تُكتب هذه القيم في %1 (ويُحفظ أي ملف سابق باسم profile.json.bak). تبقى إعدادات المستخدم الخاصة هي الغالبة.
pl.ProfileIntro=Zapis do %1 (istniejący profil zostanie zachowany jako profile.json.bak). Własne ustawienia użytkownika nadal mają pierwszeństwo.
en.BranchCode=Branch code (letters and digits, e.g. HQ, RYD):
ar.BranchCode=رمز الفرع (أحرف لاتينية وأرقام، مثل HQ أو RYD):
pl.BranchCode=Kod oddziału (litery i cyfry, np. HQ, RYD):
en.BranchName=Branch name:
ar.BranchName=اسم الفرع (بالإنجليزية):
pl.BranchName=Nazwa oddziału:
en.BranchNameAr=Branch name in Arabic:
ar.BranchNameAr=اسم الفرع بالعربية:
pl.BranchNameAr=Nazwa oddziału po arabsku:
en.Station=Station (only where a branch has several desk computers, e.g. 2):
ar.Station=المحطة (فقط إذا كان في الفرع أكثر من جهاز، مثل 2):
pl.Station=Stanowisko (tylko gdy oddział ma kilka komputerów, np. 2):
en.DeskLanguage=Language of the program: ar, en or pl (empty follows Windows):
ar.DeskLanguage=لغة البرنامج: ar أو en أو pl (اتركه فارغًا لاتباع لغة Windows):
pl.DeskLanguage=Język programu: ar, en lub pl (puste = język systemu Windows):
en.TimeZone=Time zone of the branch (IANA name, e.g. Asia/Riyadh):
ar.TimeZone=المنطقة الزمنية للفرع (اسم IANA، مثل Asia/Riyadh):
pl.TimeZone=Strefa czasowa oddziału (nazwa IANA, np. Europe/Warsaw):
en.PhoneRegion=Region for local phone numbers (two letters, e.g. SA, PL):
en.ServerUrl=Sync server address (empty: this office works on its own):
ar.ServerUrl=عنوان خادم المزامنة (اتركه فارغًا إذا كان المكتب يعمل وحده):
pl.ServerUrl=Adres serwera synchronizacji (puste: biuro pracuje samodzielnie):
ar.PhoneRegion=منطقة أرقام الهاتف المحلية (حرفان، مثل SA أو PL):
pl.PhoneRegion=Region lokalnych numerów telefonów (dwie litery, np. SA, PL):
en.NoBranchCode=Enter a branch code.
ar.NoBranchCode=أدخل رمز الفرع.
pl.NoBranchCode=Podaj kod oddziału.
en.BadLanguage=The language must be ar, en, pl or empty.
ar.BadLanguage=يجب أن تكون اللغة ar أو en أو pl أو فارغة.
pl.BadLanguage=Język musi mieć wartość ar, en, pl lub pozostać pusty.
en.ProfileWriteFailed=Could not write the settings profile %1.
ar.ProfileWriteFailed=تعذّرت كتابة ملف الإعدادات %1.
pl.ProfileWriteFailed=Nie udało się zapisać profilu ustawień %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "profile"; Description: "{cm:ProfileTask}"; GroupDescription: "{cm:AdminGroup}"; Flags: unchecked; Check: ProfileFileNotGiven

[Files]
Source: "{#BundlePath}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; /PROFILE=<file>: a prepared profile, copied as it is.
Source: "{param:PROFILE}"; DestDir: "{commonappdata}\maktab"; DestName: "profile.json"; Flags: external ignoreversion uninsneveruninstall; Check: ProfileFileGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\maktab.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\maktab.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\maktab.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
var
  BranchPage: TInputQueryWizardPage;
  RegionPage: TInputQueryWizardPage;

function ProfileFileGiven: Boolean;
begin
  Result := ExpandConstant('{param:PROFILE|}') <> '';
end;

function ProfileFileNotGiven: Boolean;
begin
  Result := not ProfileFileGiven;
end;

function ProfilePath: String;
begin
  Result := ExpandConstant('{commonappdata}\maktab\profile.json');
end;

procedure InitializeWizard;
var
  Intro: String;
begin
  Intro := FmtMessage(CustomMessage('ProfileIntro'), [ProfilePath]);
  BranchPage := CreateInputQueryPage(wpSelectTasks, CustomMessage('BranchTitle'),
    CustomMessage('ProfileDescription'), Intro);
  BranchPage.Add(CustomMessage('BranchCode'), False);
  BranchPage.Add(CustomMessage('BranchName'), False);
  BranchPage.Add(CustomMessage('BranchNameAr'), False);
  BranchPage.Add(CustomMessage('Station'), False);
  BranchPage.Values[0] := ExpandConstant('{param:BRANCH|HQ}');
  BranchPage.Values[1] := ExpandConstant('{param:BRANCHNAME|Head Office}');
  BranchPage.Values[2] := ExpandConstant('{param:BRANCHNAMEAR|المكتب الرئيسي}');
  BranchPage.Values[3] := ExpandConstant('{param:STATION|}');

  RegionPage := CreateInputQueryPage(BranchPage.ID, CustomMessage('RegionTitle'),
    CustomMessage('ProfileDescription'), Intro);
  RegionPage.Add(CustomMessage('DeskLanguage'), False);
  RegionPage.Add(CustomMessage('TimeZone'), False);
  RegionPage.Add(CustomMessage('PhoneRegion'), False);
  RegionPage.Add(CustomMessage('ServerUrl'), False);
  // The installer's own language is the likely choice for the program too.
  RegionPage.Values[0] := ExpandConstant('{param:DESKLANGUAGE|' + ActiveLanguage + '}');
  RegionPage.Values[1] := ExpandConstant('{param:TIMEZONE|Asia/Riyadh}');
  RegionPage.Values[2] := ExpandConstant('{param:PHONEREGION|SA}');
  RegionPage.Values[3] := ExpandConstant('{param:SERVERURL|}');
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := ((PageID = BranchPage.ID) or (PageID = RegionPage.ID))
    and not WizardIsTaskSelected('profile');
end;

function IsDeskLanguage(const Value: String): Boolean;
begin
  Result := (Value = '') or (Value = 'ar') or (Value = 'en') or (Value = 'pl');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = BranchPage.ID) and (Trim(BranchPage.Values[0]) = '') then
  begin
    MsgBox(CustomMessage('NoBranchCode'), mbError, MB_OK);
    Result := False;
  end
  else if (CurPageID = RegionPage.ID)
    and not IsDeskLanguage(Lowercase(Trim(RegionPage.Values[0]))) then
  begin
    MsgBox(CustomMessage('BadLanguage'), mbError, MB_OK);
    Result := False;
  end;
end;

// A JSON string literal in plain ASCII: everything else becomes \uXXXX (UTF-16
// code units, as JSON wants), so the file needs no byte-order mark - the app
// reads it as UTF-8, where a mark would make the JSON invalid.
function JsonString(const Value: String): String;
var
  I, Code: Integer;
begin
  Result := '"';
  for I := 1 to Length(Value) do
  begin
    Code := Ord(Value[I]);
    if (Code = 34) or (Code = 92) then
      Result := Result + '\' + Value[I]
    else if (Code < 32) or (Code > 126) then
      Result := Result + Format('\u%.4x', [Code])
    else
      Result := Result + Value[I];
  end;
  Result := Result + '"';
end;

procedure WriteProfile;
var
  FileName, Json, Lang: String;
begin
  FileName := ProfilePath;
  Lang := Lowercase(Trim(RegionPage.Values[0]));
  if not IsDeskLanguage(Lang) then
    Lang := '';
  Json := '{' + #13#10 +
    '  "language": ' + JsonString(Lang) + ',' + #13#10 +
    '  "server_url": ' + JsonString(Trim(RegionPage.Values[3])) + ',' + #13#10 +
    '  "branch": {' + #13#10 +
    '    "code": ' + JsonString(Uppercase(Trim(BranchPage.Values[0]))) + ',' + #13#10 +
    '    "name": ' + JsonString(Trim(BranchPage.Values[1])) + ',' + #13#10 +
    '    "name_ar": ' + JsonString(Trim(BranchPage.Values[2])) + ',' + #13#10 +
    '    "station": ' + JsonString(Trim(BranchPage.Values[3])) + ',' + #13#10 +
    '    "time_zone": ' + JsonString(Trim(RegionPage.Values[1])) + ',' + #13#10 +
    '    "phone_region": ' + JsonString(Uppercase(Trim(RegionPage.Values[2]))) + #13#10 +
    '  }' + #13#10 +
    '}' + #13#10;
  ForceDirectories(ExtractFileDir(FileName));
  if FileExists(FileName) then
  begin
    DeleteFile(FileName + '.bak');
    RenameFile(FileName, FileName + '.bak');
  end;
  if SaveStringToFile(FileName, Json, False) then
    Log('Wrote the settings profile ' + FileName)
  else
    SuppressibleMsgBox(FmtMessage(CustomMessage('ProfileWriteFailed'), [FileName]),
      mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('profile') then
    WriteProfile;
end;
