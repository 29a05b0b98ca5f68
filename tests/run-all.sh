#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the default build (workstation, tools,
# core and ui tests) and the AddressSanitizer + UBSan build of core and its tests.
# Benchmarks are not run here: `ctest --preset bench` (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash packaging/scripts/install-deps.sh

jobs=$(nproc)
for preset in default asan; do
    echo "== build: $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
done

echo "== formatting (clang-format, .clang-format)"
cmake --build --preset default --target format-check

# The build must not write into the source tree (STYLE.md §13).
if git rev-parse --git-dir >/dev/null 2>&1 && [[ -n "$(git status --porcelain --untracked-files=normal -- . ':!build')" ]]; then
    echo "run-all: the build changed files in the source tree:" >&2
    git status --porcelain -- . ':!build' >&2
    exit 1
fi

echo "== tests under AddressSanitizer + UBSan (core)"
ctest --preset asan --output-on-failure
echo "== tests (core, ui, tools)"
ctest --preset default --output-on-failure
echo "== fuzzing the parsers briefly (clang 14 + libFuzzer; long runs: tests/fuzz/run-fuzz.sh 3600)"
bash tests/fuzz/run-fuzz.sh 10
echo "== Debian packages (lintian without errors, AppStream metainfo valid)"
bash packaging/scripts/build-debs.sh
echo "run-all: done in $(( $(date +%s) - started )) s; screenshots in build/default/artifacts/"
