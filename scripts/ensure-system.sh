#!/usr/bin/env bash
# Installs the Debian packages that tests and scripts run, when missing and installable.
#   bash scripts/ensure-system.sh                  what `npm test` needs (DEFAULT below, and the CJK font)
#   bash scripts/ensure-system.sh soffice python3  what a script needs beyond that (fixtures/make-documents.sh)
# test/system-programs.test.ts reads PACKAGE and DEFAULT: a program that a test or script runs must be in
# DEFAULT, or in PACKAGE and named by that script when it calls this one, or part of base Debian + Node.
set -euo pipefail

# program → the Debian package that provides it
declare -A PACKAGE=(
  [chromium]=chromium
  [fc-list]=fontconfig
  [soffice]=libreoffice-writer
  [python3]=python3
  # Not a program: the Python module of LibreOffice's UNO API that fixtures/encrypt-doc.py imports.
  [python3-uno]=python3-uno
  # Not a program: LibreOffice's spreadsheet module, without which soffice cannot open the workbook's .xlsx.
  [soffice-calc]=libreoffice-calc
)
# soffice: the bulletin's test opens the DOCX it writes in LibreOffice; soffice-calc: the workbook's
# test converts the .xlsx it gets to CSV with it.
DEFAULT=(chromium fc-list soffice soffice-calc)

if [ $# -gt 0 ]; then wanted=("$@"); else wanted=("${DEFAULT[@]}"); fi
missing=()
for program in "${wanted[@]}"; do
  if [ -z "${PACKAGE[$program]:-}" ]; then
    echo "ensure-system: no Debian package is known for '$program'; add it to PACKAGE in $0." >&2
    exit 2
  fi
  if [ "$program" = python3-uno ]; then
    /usr/bin/python3 -c "import uno" >/dev/null 2>&1 || missing+=("${PACKAGE[$program]}")
  elif [ "$program" = soffice-calc ]; then
    dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null | grep -q "ok installed" || missing+=(libreoffice-calc)
  else
    command -v "$program" >/dev/null 2>&1 || missing+=("${PACKAGE[$program]}")
  fi
done
# The browser tests and screenshots draw Chinese text.
if [ $# -eq 0 ]; then
  fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing+=(fonts-wqy-microhei)
fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${missing[*]}: install them (Debian: apt-get install -y ${missing[*]}) and rerun." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian…" >&2
apt-get update -qq
# Without recommends: LibreOffice's pull in Java and a desktop's worth of packages no test uses.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
