@echo off
rem site build, site preview, site check output, site --help: the site command, started at once (Windows).
rem The first run publishes it (Release, ReadyToRun) into .site-bin\; later runs start that copy directly, until a
rem file under src\ (or a build setting) changes: the program notices (src\Site.Cli\Launcher.cs) and exits with
rem code 3 before doing anything, and this script publishes it again. Same as ./site on Linux and macOS.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "BIN=%ROOT%\.site-bin"
set "CLI=%BIN%\cli\site.dll"
set "SITE_LAUNCHER_ROOT=%ROOT%"
set "SITE_LAUNCHER_STAMP=%BIN%\stamp"

where dotnet >nul 2>nul
if errorlevel 1 (
  echo site: error: 'dotnet' was not found: install the .NET SDK ^(see README.md, 'Requirements'^) 1>&2
  exit /b 2
)

if not exist "%CLI%" goto first
if not exist "%SITE_LAUNCHER_STAMP%" goto first
dotnet "%CLI%" %*
if not "%ERRORLEVEL%"=="3" exit /b %ERRORLEVEL%
echo site: src\ changed since the site command was built; building it again (Release, about a minute)... 1>&2
goto publish

:first
echo site: building the site command once (Release, about a minute; later runs reuse it until src\ changes)... 1>&2

:publish
if not exist "%BIN%" mkdir "%BIN%"
type nul > "%BIN%\started"
if exist "%BIN%\cli.new" rmdir /s /q "%BIN%\cli.new"
if exist "%SITE_LAUNCHER_STAMP%" del /q "%SITE_LAUNCHER_STAMP%"
dotnet publish "%ROOT%\src\Site.Cli" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "%BIN%\cli.new" -nologo -v q > "%BIN%\publish.log" 2>&1
if errorlevel 1 (
  type "%BIN%\publish.log" 1>&2
  echo site: error: building the site command failed ^(above; also in .site-bin\publish.log^) 1>&2
  exit /b 1
)
if exist "%BIN%\cli" rmdir /s /q "%BIN%\cli"
move "%BIN%\cli.new" "%BIN%\cli" >nul
set "SITE_LAUNCHER_RECORD=1"
dotnet "%CLI%"
set "SITE_LAUNCHER_RECORD="
dotnet "%CLI%" %*
exit /b %ERRORLEVEL%
