#!/usr/bin/env bash
# Installs what is missing, builds the workstation, creates the demo store if there is none,
# and starts Varde on it. Demo user: demo, password: varde-demo (also users ingrid and ola).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target varde vardectl -j "$(nproc)"

store="${VARDE_DEMO_STORE:-$HOME/.local/share/varde/demo}"
export VARDE_PASSWORD="${VARDE_PASSWORD:-varde-demo}"
if [[ ! -f "$store/varde.keys" ]]; then
    mkdir -p "$(dirname "$store")"
    ./build/default/app/vardectl demo --store "$store" --patients 200 --days 90 --seed 1
fi
unset VARDE_PASSWORD

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run-demo: no display here. Start Varde from a desktop session with:" >&2
    echo "  ./build/default/app/varde/varde --store $store --user demo" >&2
    echo "or see it under Xvfb: xvfb-run -s '-screen 0 1600x900x24' ./build/default/app/varde/varde --store $store --user demo" >&2
    exit 2
fi
echo "Sign in as demo with the password varde-demo."
exec ./build/default/app/varde/varde --store "$store" --user demo
