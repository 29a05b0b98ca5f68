#!/usr/bin/env bash
# Installs the Build-Depends of packaging/debian/control that are missing, and nothing else.
# Idempotent: a second run installs nothing. Works as root or through sudo.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
control="$here/packaging/debian/control"

mapfile -t wanted < <(sed -n '/^Build-Depends:/,/^$/p' "$control" | sed 's/^Build-Depends://' \
    | tr ',' '\n' | sed -E 's/\(.*\)//; s/^[[:space:]]+//; s/[[:space:]]+$//' \
    | grep -v '^debhelper-compat' | grep -v '^$')
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#wanted[@]} build dependencies are present"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
