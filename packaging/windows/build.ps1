# Build the Windows installer of AntiCorr Desktop: PyInstaller bundle, its
# self-test, then Inno Setup. From the repository's top folder:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.12 (the py launcher) and Inno Setup 6; see BUILD.md beside this file.
param(
    [string]$PythonVersion = "3.12",
    [string]$Venv = "build\pyinstaller-venv"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$started = Get-Date

function Invoke-Checked {
    param([string]$Exe, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $Arguments failed with exit code $LASTEXITCODE" }
}

Write-Host "== build environment: $Venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Invoke-Checked py "-$PythonVersion" -m venv $Venv }
$py = "$Venv\Scripts\python.exe"
Invoke-Checked $py -m pip install -q --disable-pip-version-check --upgrade pip
# setuptools builds in the source tree: an old build\lib could bring back removed files.
Remove-Item -Recurse -Force build\lib -ErrorAction SilentlyContinue
Invoke-Checked $py -m pip install -q --disable-pip-version-check ".[packaging]"
Invoke-Checked $py -m pip install -q --disable-pip-version-check --no-deps --force-reinstall .
$version = (& $py -c "import anticorr_desktop; print(anticorr_desktop.__version__)").Trim()
Write-Host "AntiCorr Desktop $version"

Write-Host "== PyInstaller"
Remove-Item -Recurse -Force dist\anticorr -ErrorAction SilentlyContinue
Invoke-Checked "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\anticorr.spec

Invoke-Checked $py packaging\collect_licences.py --check build\pyinstaller\anticorr

Write-Host "== smoke test"
# anticorr-desktop.exe is a windowed program: it prints into this console and
# reports through its exit code.
$p = Start-Process -FilePath "dist\anticorr\anticorr-desktop.exe" -ArgumentList "--self-test" -NoNewWindow -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "anticorr-desktop.exe --self-test failed with exit code $($p.ExitCode)" }
Invoke-Checked "dist\anticorr\anticorr.exe" --version
$tmp = Join-Path $env:TEMP ("anticorr-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp | Out-Null
try {
    Invoke-Checked "dist\anticorr\anticorr.exe" --db "$tmp\demo.sqlite3" init --demo
    Invoke-Checked "dist\anticorr\anticorr.exe" --db "$tmp\demo.sqlite3" minutes 2024/4 --lang kk -o "$tmp\minutes-kk.pdf"
} finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}

Write-Host "== Inno Setup"
$iscc = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
Invoke-Checked $iscc /Q "/DAppVersion=$version" packaging\windows\anticorr.iss

$size = "{0:N0} MB" -f ((Get-ChildItem -Recurse dist\anticorr | Measure-Object Length -Sum).Sum / 1MB)
$setup = Get-Item "dist\AntiCorr-Desktop-$version-setup.exe"
Write-Host "== done"
Write-Host ("bundle:    dist\anticorr  $size")
Write-Host ("installer: $($setup.FullName)  {0:N0} MB" -f ($setup.Length / 1MB))
Write-Host ("time:      {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
