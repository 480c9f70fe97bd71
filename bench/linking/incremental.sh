#!/usr/bin/env bash
# Incremental linking in the store: N synthetic ads ingested and analysed into a fresh SQLite store, then K new ads
# ingested and analysed again; prints each `ariadne analyze` summary (its "networks:" line holds the link stage's
# own time and its phases) and the wall time and peak RSS of the whole process.
# Usage: bench/linking/incremental.sh [N=1000000] [K=10000]
# BASE=/path/to/ariadne.db reuses an analysed store of the same N ads (seed 5) instead of building one (at 1M that
# saves ~15 min); it is copied, never changed. Each run then adds K ads of seed 6, and K more of seed 7.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
k=${2:-10000}
work=$(mktemp -d /tmp/ariadne-incr-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get install -y -q time >/dev/null; }
dotnet publish src/Ariadne.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v quiet >/dev/null
cli="$work/bin/ariadne"
store="sqlite:$work/store/ariadne.db"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); dotnet $(dotnet --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n "${BASE:-}" ]] || "$cli" synth --ads "$n" --seed 5 --out "$work/base" --no-images >/dev/null
"$cli" synth --ads "$k" --seed 6 --out "$work/new" --no-images >/dev/null
step() {
  local label=$1; shift
  local out
  out=$( { /usr/bin/time -f 'TIME %e %M' "$cli" --store "$store" "$@" 2>&1; } 2>&1 )
  echo "$out" | grep -v '^TIME' | sed "s/^/  [$label] /"
  echo "$out" | awk -v l="$label" '/^TIME/ { printf "  [%s] wall %.1f s, peak RSS %.0f MiB\n", l, $2, $3 / 1024 }'
}
if [[ -n "${BASE:-}" ]]; then
  mkdir -p "$work/store" && cp "$BASE" "$work/store/ariadne.db"
  # A store analysed before link state existed is linked in full once (the first run after the migration).
  step "analyze base" analyze
else
  step "ingest $n" ingest "$work/base/ads.jsonl"
  step "analyze $n" analyze
fi
step "ingest +$k" ingest "$work/new/ads.jsonl"
step "analyze +$k" analyze
"$cli" synth --ads "$k" --seed 7 --out "$work/new7" --no-images >/dev/null
step "ingest +$k (seed 7)" ingest "$work/new7/ads.jsonl"
step "analyze +$k (seed 7)" analyze
# The same store linked again from scratch, to compare what the two increments produced with a full run's answer.
step "analyze --relink" analyze --relink
