#!/usr/bin/env bash
# Macro benchmark for linking: `ariadne link` over synthetic corpora of increasing size (no images), timing the
# whole process with GNU time (wall seconds and peak RSS).
# Usage: [PROFILE=field|classic] bench/linking/run.sh [SIZES="100000 300000 1000000"]   (PROFILE defaults to field)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${1:-"100000 300000 1000000"}
profile=${PROFILE:-field}
work=$(mktemp -d /tmp/ariadne-link-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get install -y -q time >/dev/null; }
dotnet publish src/Ariadne.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v quiet >/dev/null
cli="$work/bin/ariadne"
echo "profile: $profile; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); dotnet $(dotnet --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  "$cli" synth --profile "$profile" --ads "$n" --seed 5 --out "$work/c$n" --no-images >/dev/null
  out=$( { /usr/bin/time -f 'TIME %e %M' "$cli" link --input "$work/c$n/ads.jsonl" --out "$work/c$n/clusters.jsonl" 2>&1 >/dev/null; } 2>&1 )
  secs=$(echo "$out" | awk '/^TIME/ {print $2}')
  kb=$(echo "$out" | awk '/^TIME/ {print $3}')
  summary=$(echo "$out" | grep '^ariadne: linked' || true)
  awk -v n="$n" -v s="$secs" -v k="$kb" 'BEGIN { printf "%8d ads: %7.2f s wall  %8.0f ads/s  peak RSS %6.0f MiB\n", n, s, n / s, k / 1024 }'
  echo "          $summary"
  rm -rf "$work/c$n"
done
