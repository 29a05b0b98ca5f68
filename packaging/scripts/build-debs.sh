#!/usr/bin/env bash
# Builds the Debian packages (varde, varde-server, varde-common) into build/default/debs and
# checks them: lintian must report no errors, and the AppStream metainfo and the desktop entry
# must validate. Install with: sudo apt-get install ./build/default/debs/varde_*.deb
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target varde vardectl varde-server varde-icons package-docs \
    -j "$(nproc)"
rm -rf build/default/debs
(cd build/default && cpack -G DEB >/dev/null)
mapfile -t debs < <(ls build/default/debs/*.deb)
printf 'built %s\n' "${debs[@]}"

status=0
for deb in "${debs[@]}"; do
    # Errors fail the build; warnings are printed for the next engineer to weigh.
    if ! lintian --fail-on error --suppress-tags-from-file packaging/debian/lintian-accepted \
        "$deb"; then
        status=1
    fi
done
appstreamcli validate --no-net build/default/app/varde/no.varde.Varde.metainfo.xml || status=1
exit $status
