#!/usr/bin/env bash
# End to end through the command line: two demo stores from the same seed and end date hold the
# same clinical content although their files differ; a wrong password is refused with a clear
# message and exit 1; an existing store is never overwritten.
set -euo pipefail
vardectl="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VARDE_PASSWORD=test-passord

"$vardectl" demo --store "$work/a" --patients 30 --days 20 --seed 5 --end 2026-03-30 --fast-kdf >/dev/null
"$vardectl" demo --store "$work/b" --patients 30 --days 20 --seed 5 --end 2026-03-30 --fast-kdf >/dev/null
"$vardectl" demo --store "$work/c" --patients 30 --days 20 --seed 6 --end 2026-03-30 --fast-kdf >/dev/null

digest() { "$vardectl" info --store "$1" | sed -n 's/.*content digest //p'; }
a=$(digest "$work/a"); b=$(digest "$work/b"); c=$(digest "$work/c")
[[ -n "$a" ]] || { echo "no digest printed"; exit 1; }
[[ "$a" == "$b" ]] || { echo "same seed, different content: $a vs $b"; exit 1; }
[[ "$a" != "$c" ]] || { echo "different seeds gave the same content"; exit 1; }
cmp -s "$work/a/varde.db" "$work/b/varde.db" && { echo "two stores have identical bytes: keys not random?"; exit 1; }
"$vardectl" info --store "$work/a" | grep -q "30 patients" || { echo "info does not list 30 patients"; exit 1; }

set +e
out=$(VARDE_PASSWORD=feil-passord "$vardectl" info --store "$work/a" 2>&1); rc=$?
set -e
[[ $rc -eq 1 ]] || { echo "wrong password: exit $rc, expected 1"; exit 1; }
grep -q "wrong password" <<<"$out" || { echo "wrong password message unclear: $out"; exit 1; }
[[ "$(digest "$work/a")" == "$a" ]] || { echo "store changed after a wrong password"; exit 1; }

set +e
out=$("$vardectl" demo --store "$work/a" --patients 3 --days 2 --fast-kdf 2>&1); rc=$?
set -e
[[ $rc -ne 0 ]] || { echo "demo overwrote an existing store"; exit 1; }
grep -q "already exists" <<<"$out" || { echo "unclear message for an existing store: $out"; exit 1; }
[[ "$(digest "$work/a")" == "$a" ]] || { echo "existing store changed"; exit 1; }

set +e
"$vardectl" demo --store "$work/d" --patients many --fast-kdf >/dev/null 2>&1; rc=$?
set -e
[[ $rc -eq 2 ]] || { echo "bad option: exit $rc, expected 2"; exit 1; }

# vardectl patients --json: every patient with id, name, fødselsnummer, GP and HER-id, state.
"$vardectl" demo --store "$work/e" --patients 120 --days 60 --seed 5 --end 2026-03-30 --fast-kdf >/dev/null
"$vardectl" patients --store "$work/e" --json > "$work/patients.json"
python3 - "$work/patients.json" <<'PY'
import json, sys
patients = json.load(open(sys.argv[1]))["patients"]
assert len(patients) == 120, len(patients)
for p in patients:
    assert len(p["national_id"]) == 11 and p["national_id"].isdigit(), p
    assert p["name"] and p["id"] and p["gp"]["name"] and p["gp"]["her_id"].isdigit(), p
    assert p["state"] in ("trial", "active", "paused", "ended"), p
states = {p["state"] for p in patients}
assert {"trial", "active", "ended"} <= states, states
PY
echo "vardectl demo end to end: ok"
