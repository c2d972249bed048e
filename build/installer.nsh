; NSIS additions for the Thana Register installer (electron-builder.yml: nsis.include).
; The register's data lives in %APPDATA%\Thana Register\data (electron/core/data-folder.ts), outside the install
; folder. deleteAppDataOnUninstall is false, so neither an upgrade nor an uninstall removes it; this include only
; tells the user, on a real uninstall (not during an upgrade), where the data stays and how to remove it by hand.

!macro customUnInstall
  ${ifNot} ${isUpdated}
    Push $R9
    ; The data is per user: look in the current user's %APPDATA% even when uninstalling for all users.
    ${if} $installMode == "all"
      SetShellVarContext current
    ${endif}
    StrCpy $R9 "$APPDATA\Thana Register\data"
    ${if} $installMode == "all"
      SetShellVarContext all
    ${endif}
    ${if} ${FileExists} "$R9\register.sqlite"
      DetailPrint `Register data kept: $R9`
      MessageBox MB_OK|MB_ICONINFORMATION `थाना शिकायत रजिस्टर हटा दिया गया है, पर रजिस्टर का डेटा नहीं हटाया गया। वह यहाँ सुरक्षित है:$\r$\n$R9$\r$\n$\r$\nदोबारा स्थापित करने पर वही रजिस्टर खुलेगा। डेटा सच में मिटाना हो तो पहले बैकअप लेकर यह फ़ोल्डर हाथ से हटाएँ।$\r$\n$\r$\nThana Register has been removed, but the register's data was kept in the folder above. Installing again opens the same register. To erase the data, back it up first and then delete that folder by hand.` /SD IDOK
    ${endif}
    Pop $R9
  ${endIf}
!macroend
